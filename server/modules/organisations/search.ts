import { type SQL, sql } from 'drizzle-orm';
import {
  type FacetName,
  facetNames,
  type OrganisationFilters,
  type OrganisationSearchResult,
  type OrganisationSummary,
} from '../../../common/schemas/organisations.js';
import type { Db } from '../../db/client.js';
import { rowsOf, sqlArray } from '../../db/sql.js';
import { GenerationCache, registryGeneration } from './cache.js';
import { type ParsedQuery, parseQuery, queryWords } from './text.js';

const textArray = (values: readonly (string | number)[]) => sqlArray(values.map(String), 'text');
const intArray = (values: readonly number[]) => sqlArray(values, 'smallint');

/**
 * The WHERE clause of a directory search (published organisations only) and, when text was
 * given, its relevance expression.
 */
export function searchConditions(
  f: OrganisationFilters,
  parsed: ParsedQuery | undefined,
): { where: SQL; rank: SQL | null } {
  const c: SQL[] = [sql`o.state = 'published'`];
  const anyOf = (column: string, values: readonly string[] | undefined) => {
    if (values?.length) c.push(sql`${sql.raw(column)} = any(${textArray(values)})`);
  };
  const overlaps = (column: string, values: readonly string[] | undefined) => {
    if (values?.length) c.push(sql`${sql.raw(column)} && ${textArray(values)}`);
  };
  anyOf('o.region_code', f.region);
  anyOf('o.municipality_code', f.municipality);
  anyOf('o.family', f.family);
  anyOf('o.legal_form', f.legalForm);
  anyOf('o.tol_section', f.tolSection);
  anyOf('o.status', f.status);
  overlaps('o.actor_types', f.actorType);
  overlaps('o.themes', f.theme);
  overlaps('o.target_groups', f.targetGroup);
  overlaps('o.recognitions', f.recognition);
  overlaps('o.meets', f.meets);
  if (f.sdg?.length) c.push(sql`o.sdg_goals && ${intArray(f.sdg)}`);
  if (f.partialWorkAbility === 'true') c.push(sql`o.partial_work_ability`);

  let rank: SQL | null = null;
  if (parsed) {
    const prefix = sql`to_tsquery('simple', ${parsed.prefix})`;
    const exact = sql`to_tsquery('simple', ${parsed.exact})`;
    // Every word matches by one of its prefixes (inflected forms, accent-folded too); a word
    // that matches nothing that way is taken as a typo and matched by trigram word similarity
    // against the names (`<%`: pg_trgm.word_similarity_threshold, 0.6).
    for (const w of parsed.words) {
      c.push(
        w.typo
          ? sql`${w.word} <% o.search_names`
          : sql`o.search_doc @@ to_tsquery('simple', ${w.prefix})`,
      );
    }
    // Names weigh most (weight A): a prefix or, doubly, an exact hit in a name; with a typo, the
    // similarity of the whole query to the names ranks the organisation it obviously means first.
    // Trigram similarity is costly per row, so it ranks only when a typo was matched.
    const typos = parsed.words.some((w) => w.typo);
    rank = typos
      ? sql`(ts_rank(o.search_doc, ${prefix}) + 2 * ts_rank(o.search_doc, ${exact}) + 2 * word_similarity(${parsed.plain}, o.search_names))`
      : sql`(ts_rank(o.search_doc, ${prefix}) + 2 * ts_rank(o.search_doc, ${exact}))`;
  } else if (f.q?.trim()) {
    // Only punctuation was typed: nothing can match.
    c.push(sql`false`);
  }
  return { where: sql.join(c, sql` and `), rank };
}

const facetSql: Record<FacetName, string> = {
  region: `select 'region', region_code, count(*) from r where region_code is not null group by 2`,
  municipality: `select 'municipality', municipality_code, count(*) from r where municipality_code is not null group by 2`,
  actorType: `select 'actorType', x, count(*) from r, unnest(r.actor_types) x group by 2`,
  family: `select 'family', family, count(*) from r where family is not null group by 2`,
  legalForm: `select 'legalForm', legal_form, count(*) from r where legal_form is not null group by 2`,
  tolSection: `select 'tolSection', tol_section, count(*) from r where tol_section is not null group by 2`,
  theme: `select 'theme', x, count(*) from r, unnest(r.themes) x group by 2`,
  sdg: `select 'sdg', x::text, count(*) from r, unnest(r.sdg_goals) x group by 2`,
  targetGroup: `select 'targetGroup', x, count(*) from r, unnest(r.target_groups) x group by 2`,
  recognition: `select 'recognition', x, count(*) from r, unnest(r.recognitions) x group by 2`,
  meets: `select 'meets', x, count(*) from r, unnest(r.meets) x group by 2`,
  partialWorkAbility: `select 'partialWorkAbility', 'true', count(*) from r where partial_work_ability`,
  status: `select 'status', status, count(*) from r group by 2`,
};

/** The snowball stems (Finnish and Swedish, as PostgreSQL has them) of the query's words. */
async function stemsOf(db: Db, ws: string[]): Promise<Map<string, string[]>> {
  if (ws.length === 0) return new Map();
  const result = await db.execute(sql`
    select w, array_remove(array[(ts_lexize('finnish_stem', w))[1], (ts_lexize('swedish_stem', w))[1]], null) as stems
    from unnest(${textArray(ws)}) as w`);
  return new Map(
    rowsOf<{ w: string; stems: string[] }>(result).map((r) => [
      r.w,
      r.stems.filter((x) => [...x].length >= 4),
    ]),
  );
}

/** The conditions of a search, with the query's words stemmed first. */
export async function prepareSearch(db: Db, f: OrganisationFilters) {
  const ws = f.q ? queryWords(f.q) : [];
  const parsed = parseQuery(ws, await stemsOf(db, ws));
  if (parsed) {
    // Which words match nothing as prefixes: one cheap index probe each, in one query.
    const result = await db.execute(sql`
      select x.i::int as i, exists (
        select 1 from organisation o
        where o.state = 'published' and o.search_doc @@ to_tsquery('simple', x.p)
      ) as hit
      from unnest(${textArray(parsed.words.map((w) => w.prefix))}) with ordinality as x(p, i)`);
    for (const r of rowsOf<{ i: number; hit: boolean }>(result)) {
      const w = parsed.words[Number(r.i) - 1];
      if (w) w.typo = !r.hit;
    }
  }
  return searchConditions(f, parsed);
}

type PlaceName = { fi: string; sv?: string; en?: string };
interface SummaryRow {
  id: string;
  name: string;
  name_sv: string | null;
  name_en: string | null;
  business_id: string | null;
  actor_types: string[];
  legal_form: string | null;
  family: string | null;
  municipality_code: string | null;
  municipality_name: PlaceName | null;
  region_code: string | null;
  region_name: PlaceName | null;
  status: string;
  description: OrganisationSummary['description'];
  meets: string[];
  has_logo: boolean;
  updated_at: string | Date;
  version: number;
}

/** Columns of a search result row: short description excerpts, names of places. */
export const summaryColumns = sql.raw(`
  o.id, o.name, o.data->>'nameSv' as name_sv, o.data->>'nameEn' as name_en, o.business_id,
  o.actor_types, o.legal_form, o.family, o.municipality_code, m.name as municipality_name,
  o.region_code, g.name as region_name, o.status,
  jsonb_build_object('fi', left(o.data->'description'->>'fi', 280),
                     'sv', left(o.data->'description'->>'sv', 280),
                     'en', left(o.data->'description'->>'en', 280)) as description,
  o.meets, o.has_logo, o.updated_at, o.version`);

export const summaryJoins = sql.raw(
  'left join municipality m on m.code = o.municipality_code left join region g on g.code = o.region_code',
);

export function toSummary(r: Record<string, unknown>): OrganisationSummary {
  const row = r as unknown as SummaryRow;
  return {
    id: row.id,
    name: row.name,
    nameSv: row.name_sv,
    nameEn: row.name_en,
    businessId: row.business_id,
    actorTypes: row.actor_types,
    legalForm: row.legal_form,
    family: row.family,
    municipality:
      row.municipality_code && row.municipality_name
        ? { code: row.municipality_code, name: row.municipality_name }
        : null,
    region:
      row.region_code && row.region_name ? { code: row.region_code, name: row.region_name } : null,
    status: row.status as OrganisationSummary['status'],
    description: row.description,
    meets: row.meets as OrganisationSummary['meets'],
    logoUrl: row.has_logo
      ? `/api/v1/organisations/${row.id}/logo?v=${new Date(row.updated_at).getTime()}`
      : null,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export interface SearchOptions extends OrganisationFilters {
  sort?: 'relevance' | 'name' | 'updated' | undefined;
  page: number;
  pageSize: number;
  facets: 'true' | 'false';
}

export function orderBy(sort: 'relevance' | 'name' | 'updated', rank: SQL | null): SQL {
  if (sort === 'relevance' && rank) return sql`${rank} desc, o.sort_name, o.id`;
  if (sort === 'updated') return sql`o.updated_at desc, o.id`;
  return sql`o.sort_name, o.id`;
}

/** The ORDER BY of the search over the `r` rows (see searchOrganisations). */
function pageOrder(sort: 'relevance' | 'name' | 'updated', hasRank: boolean): SQL {
  if (sort === 'relevance' && hasRank) return sql`r.rank desc, r.sort_name, r.id`;
  if (sort === 'updated') return sql`r.updated_at desc, r.id`;
  return sql`r.sort_name, r.id`;
}

/**
 * The public directory search: one page of summaries, the total and facet counts over the result.
 * The matching rows are found once (a materialized CTE) and both the facets and the page are taken
 * from them; the page's summaries are then read by primary key.
 */
const searchCache = new GenerationCache<OrganisationSearchResult>(1000);
const inFlight = new Map<string, Promise<OrganisationSearchResult>>();

/**
 * The public directory search, answered from the cache while no organisation has changed since
 * the same search was last computed (results hold only public data, the same for everyone).
 */
export async function searchOrganisations(
  db: Db,
  q: SearchOptions,
): Promise<OrganisationSearchResult> {
  const generation = await registryGeneration(db);
  const key = JSON.stringify(q, Object.keys(q).sort());
  const cached = searchCache.get(key, generation);
  if (cached) return cached;
  // Identical searches arriving together are computed once (no stampede after a change).
  const flightKey = `${generation}:${key}`;
  const running = inFlight.get(flightKey);
  if (running) return running;
  const computing = computeSearch(db, q)
    .then((result) => {
      searchCache.set(key, generation, result);
      return result;
    })
    .finally(() => inFlight.delete(flightKey));
  inFlight.set(flightKey, computing);
  return computing;
}

/** The search itself, always from the database (the benchmark times this as the bare work). */
export async function computeSearch(db: Db, q: SearchOptions): Promise<OrganisationSearchResult> {
  const { where, rank } = await prepareSearch(db, q);
  // Relevance needs a text query; without one the order (and the answer) is by name.
  const sort = q.sort === 'relevance' && !rank ? 'name' : (q.sort ?? (rank ? 'relevance' : 'name'));
  const facets = q.facets === 'true';
  const unions = facets
    ? `${facetNames.map((n) => facetSql[n]).join(' union all ')} union all `
    : '';
  const result = await db.execute(sql`
    with r as materialized (
      select o.id, o.sort_name, o.updated_at, ${rank ?? sql`0`}::float8 as rank,
             o.region_code, o.municipality_code, o.actor_types, o.family, o.legal_form, o.tol_section,
             o.themes, o.sdg_goals, o.target_groups, o.recognitions, o.meets, o.partial_work_ability,
             o.status
      from organisation o where ${where}
    ),
    page as (
      select r.id, row_number() over (order by ${pageOrder(sort, rank !== null)}) as pos
      from r order by ${pageOrder(sort, rank !== null)}
      limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}
    )
    select f, v, n::int as n from (
      ${sql.raw(unions)}
      select '_total', '', count(*) from r
      union all select '_item', page.id::text, page.pos from page
    ) as t(f, v, n)`);
  const counts = Object.fromEntries(
    facetNames.map((n) => [n, [] as { value: string; count: number }[]]),
  );
  let total = 0;
  const ids: string[] = [];
  for (const row of rowsOf<{ f: string; v: string; n: number }>(result)) {
    const n = Number(row.n);
    if (row.f === '_total') total = n;
    else if (row.f === '_item') ids[n - 1 - (q.page - 1) * q.pageSize] = row.v;
    else if (n > 0) counts[row.f]?.push({ value: row.v, count: n });
  }
  for (const list of Object.values(counts)) {
    list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  const pageIds = ids.filter(Boolean);
  const rows =
    pageIds.length === 0
      ? []
      : rowsOf<Record<string, unknown>>(
          await db.execute(sql`
            select ${summaryColumns} from organisation o ${summaryJoins}
            where o.id = any(${sqlArray(pageIds, 'uuid')})`),
        );
  const byId = new Map(rows.map((r) => [r.id as string, r]));
  return {
    items: pageIds.flatMap((id) => {
      const r = byId.get(id);
      return r ? [toSummary(r)] : [];
    }),
    total,
    page: q.page,
    pageSize: q.pageSize,
    sort,
    ...(facets ? { facets: counts as Record<FacetName, { value: string; count: number }[]> } : {}),
  };
}
