import { and, eq, sql } from 'drizzle-orm';
import type { Lang } from '../../../common/languages.js';
import {
  type FacetName,
  facetNames,
  type OrganisationFilters,
  type OrganisationSearchResult,
  type OrganisationSummary,
  type RegistryOverview,
  type Suggestions,
} from '../../../common/schemas/organisations.js';
import type { Db } from '../../db/client.js';
import { network, networkMember } from '../../db/schema/index.js';
import { rowsOf } from '../../db/sql.js';
import type { EngineQuery } from '../../search/engine.js';
import { suggestTerms } from '../../search/glossary.js';
import { LiveIndex } from '../../search/live-index.js';
import { GenerationCache, registryGeneration } from './cache.js';
import { publishedCountsByRegion } from './counts.js';
import { type OrganisationIndexRow, organisationSource } from './search-source.js';

const indexes = new WeakMap<Db, LiveIndex<OrganisationIndexRow>>();

/** The process's search index of the directory on `db` (one per database, built on first use). */
export function directoryIndex(db: Db): LiveIndex<OrganisationIndexRow> {
  let live = indexes.get(db);
  if (!live) {
    live = new LiveIndex(db, organisationSource);
    indexes.set(db, live);
  }
  return live;
}

/**
 * The organisations a search is limited to: the members of a published network (none when it is
 * not one); undefined when it is not limited.
 */
async function withinOf(db: Db, q: OrganisationFilters): Promise<string[] | undefined> {
  if (!q.network) return undefined;
  const rows = await db
    .select({ id: networkMember.organisationId })
    .from(networkMember)
    .innerJoin(network, eq(network.id, networkMember.networkId))
    .where(and(eq(networkMember.networkId, q.network), eq(network.state, 'published')));
  return rows.map((r) => r.id);
}

/** The engine query of a directory search (filters by facet name, text, order, page). */
function engineQuery(
  q: SearchOptions,
  offset: number,
  limit: number,
  within?: readonly string[],
): EngineQuery {
  const filters: EngineQuery['filters'] = {
    region: q.region,
    municipality: q.municipality,
    actorType: q.actorType,
    family: q.family,
    legalForm: q.legalForm,
    tolSection: q.tolSection,
    theme: q.theme,
    sdg: q.sdg?.map(String),
    targetGroup: q.targetGroup,
    recognition: q.recognition,
    meets: q.meets,
    status: q.status,
    partialWorkAbility: q.partialWorkAbility ? ['true'] : undefined,
  };
  const text = q.q?.trim() || undefined;
  return {
    text,
    filters,
    sort: q.sort ?? (text ? 'relevance' : 'name'),
    offset,
    limit,
    facets: q.facets === 'true',
    within,
  };
}

/** The ids of every match of a search in its order (exports), at most `limit`. */
export async function searchIds(db: Db, q: SearchOptions, limit: number) {
  const within = await withinOf(db, q);
  const index = await directoryIndex(db).current();
  const result = index.search({ ...engineQuery(q, 0, limit, within), facets: false });
  return { ids: result.keys, ranked: result.ranked };
}

export interface SearchOptions extends OrganisationFilters {
  sort?: 'relevance' | 'name' | 'updated' | undefined;
  page: number;
  pageSize: number;
  facets: 'true' | 'false';
}

/**
 * Results of the public directory search: one page of summaries, the total and facet counts, all
 * from the process's index (server/search); the page's summaries are then read by primary key.
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
  // A network's membership is not part of the registry's generation: such a search is not cached.
  if (q.network) return computeSearch(db, q);
  const generation = await registryGeneration(db);
  const key = JSON.stringify(q, Object.keys(q).sort());
  const cached = searchCache.get(key, generation);
  if (cached) return cached;
  // Identical searches arriving together are computed once (no stampede after a change).
  const flightKey = `${generation}:${key}`;
  const running = inFlight.get(flightKey);
  if (running) return running;
  const computing = computeSearch(db, q, generation)
    .then((result) => {
      searchCache.set(key, generation, result);
      return result;
    })
    .finally(() => inFlight.delete(flightKey));
  inFlight.set(flightKey, computing);
  return computing;
}

/**
 * The search itself, from the process's index (the benchmark times this as the bare work);
 * `generation` is one just read by the caller, which saves reading it again.
 */
export async function computeSearch(
  db: Db,
  q: SearchOptions,
  generation?: string,
): Promise<OrganisationSearchResult> {
  const within = await withinOf(db, q);
  const index = await directoryIndex(db).current(generation);
  const result = index.search(engineQuery(q, (q.page - 1) * q.pageSize, q.pageSize, within));
  const sort = result.ranked
    ? (q.sort ?? 'relevance')
    : q.sort === 'relevance' || !q.sort
      ? 'name'
      : q.sort;
  const facets = result.facets
    ? (Object.fromEntries(facetNames.map((n) => [n, result.facets?.[n] ?? []])) as Record<
        FacetName,
        { value: string; count: number }[]
      >)
    : undefined;
  return {
    items: result.keys.map((id) => index.payloadOf(id) as OrganisationSummary),
    total: result.total,
    page: q.page,
    pageSize: q.pageSize,
    sort,
    ...(facets ? { facets } : {}),
  };
}

/** Type-ahead: organisations whose names start like the text, then glossary terms to search with. */
export async function suggest(db: Db, text: string, lang: Lang): Promise<Suggestions> {
  const index = await directoryIndex(db).current();
  const organisations = index
    .suggest(text, 6)
    .map((o) => ({ kind: 'organisation' as const, id: o.key, label: o.label }));
  const terms = suggestTerms(text, lang, 10 - organisations.length).map((label) => ({
    kind: 'term' as const,
    label,
    lang,
  }));
  return { items: [...organisations, ...terms] };
}

const latestCache = new GenerationCache<string[]>(1);

/**
 * The registry at a glance (the front page): published organisations, the regions they are in and
 * the five added last, from the index and one small query cached per registry generation.
 */
export async function registryOverview(db: Db): Promise<RegistryOverview> {
  const generation = await registryGeneration(db);
  let latest = latestCache.get('latest', generation);
  if (!latest) {
    const result = await db.execute(sql`
      select id from organisation where state = 'published' order by created_at desc, id limit 5`);
    latest = rowsOf<{ id: string }>(result).map((r) => r.id);
    latestCache.set('latest', generation, latest);
  }
  const [index, regions] = await Promise.all([
    directoryIndex(db).current(generation),
    publishedCountsByRegion(db),
  ]);
  return {
    organisations: index.size,
    regions: [...regions.values()].filter((n) => n > 0).length,
    latest: latest.flatMap((id) => {
      const summary = index.payloadOf(id) as OrganisationSummary | undefined;
      return summary ? [summary] : [];
    }),
  };
}
