import { and, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client.js';
import { rowsOf } from './sql.js';

export type FacetList = { value: string; count: number }[];

/**
 * The filters of a list in SQL: `rest` apply to everything, `own` are the filters that have a
 * facet of their own. A facet counts its values over the list with every filter but its own, so
 * that more than one value of it can be chosen (Uusimaa or Pirkanmaa).
 */
export interface ListFilters<F extends string> {
  own: Partial<Record<F, SQL>>;
  rest: SQL[];
}

/** Every filter together: the list itself. */
export const allFilters = <F extends string>(f: ListFilters<F>) =>
  and(...f.rest, ...(Object.values(f.own) as SQL[]));

/**
 * Counts of each facet's values (`values`: an expression per facet, e.g. `unnest(region_codes)`)
 * over `table` with every filter but the facet's own, one query per facet, most common first.
 */
export async function facetCounts<F extends string>(
  db: Db,
  table: PgTable,
  values: Record<F, SQL>,
  filters: ListFilters<F>,
): Promise<Record<F, FacetList>> {
  const facets = Object.keys(values) as F[];
  const counts = await Promise.all(
    facets.map(async (facet) => {
      const where = and(
        ...filters.rest,
        ...(Object.entries(filters.own) as [F, SQL][])
          .filter(([name]) => name !== facet)
          .map(([, c]) => c),
      );
      const result = await db.execute(
        sql`select v.value, count(*)::int as n
            from (select ${values[facet]} as value from ${table} where ${where ?? sql`true`}) v
            where v.value is not null group by v.value order by n desc, v.value`,
      );
      return rowsOf<{ value: string; n: number }>(result).map((r) => ({
        value: String(r.value),
        count: Number(r.n),
      }));
    }),
  );
  return Object.fromEntries(facets.map((f, i) => [f, counts[i] ?? []])) as Record<F, FacetList>;
}

/** Every facet with no counts, for a list asked without them. */
export const noFacets = <F extends string>(values: Record<F, SQL>) =>
  Object.fromEntries(Object.keys(values).map((f) => [f, []])) as unknown as Record<F, FacetList>;

/** Escapes LIKE's wildcards so that a typed `%` or `_` matches itself, and wraps it in `%…%`. */
export const likeWord = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The words of a text filter, lower-cased in Finnish, at most ten. */
export const filterWords = (q: string | undefined) =>
  (q ?? '').toLocaleLowerCase('fi').split(/\s+/).filter(Boolean).slice(0, 10);
