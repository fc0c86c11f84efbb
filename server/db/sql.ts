import { type SQL, sql } from 'drizzle-orm';

/** Rows of a raw `db.execute` query (both drivers answer with `rows`). */
export const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** A PostgreSQL array of bound values, e.g. for `= any(…)`, `&&` or `unnest(…)`. */
export function sqlArray(
  values: readonly (string | number | null)[],
  type: 'text' | 'smallint' | 'uuid',
): SQL {
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::${sql.raw(type)}[]`;
}
