import { and, eq } from 'drizzle-orm';
import { projectFacetNames } from '../../../common/project-fields.js';
import type {
  ProjectFilters,
  ProjectSearchQuery,
  ProjectSearchResult,
  ProjectSummary,
} from '../../../common/schemas/projects.js';
import type { Db } from '../../db/client.js';
import { network, networkMember, projectPartner } from '../../db/schema/index.js';
import type { EngineQuery, EngineSort } from '../../search/engine.js';
import { LiveIndex } from '../../search/live-index.js';
import { regionNames } from '../regions/service.js';
import * as repo from './repo.js';
import { dayMs, type ProjectIndexRow, projectSource } from './search-source.js';

type Facet = keyof ProjectSearchResult['facets'];

const indexes = new WeakMap<Db, LiveIndex<ProjectIndexRow>>();

/** The process's search index of published projects on `db` (built on first use). */
export function projectIndex(db: Db): LiveIndex<ProjectIndexRow> {
  let live = indexes.get(db);
  if (!live) {
    live = new LiveIndex(db, projectSource);
    indexes.set(db, live);
  }
  return live;
}

/**
 * The projects a search is limited to: those of a partner organisation and/or those in which a
 * member of a published network takes part; undefined when it is not limited.
 */
async function withinOf(db: Db, q: ProjectFilters): Promise<string[] | undefined> {
  const lists: Promise<string[]>[] = [];
  if (q.partner) {
    lists.push(
      db
        .select({ id: projectPartner.projectId })
        .from(projectPartner)
        .where(eq(projectPartner.organisationId, q.partner))
        .then((rows) => rows.map((r) => r.id)),
    );
  }
  if (q.network) {
    lists.push(
      db
        .selectDistinct({ id: projectPartner.projectId })
        .from(projectPartner)
        .innerJoin(networkMember, eq(networkMember.organisationId, projectPartner.organisationId))
        .innerJoin(network, eq(network.id, networkMember.networkId))
        .where(and(eq(networkMember.networkId, q.network), eq(network.state, 'published')))
        .then((rows) => rows.map((r) => r.id)),
    );
  }
  if (lists.length === 0) return undefined;
  const [first = [], ...rest] = await Promise.all(lists);
  return rest.reduce((kept, list) => {
    const other = new Set(list);
    return kept.filter((id) => other.has(id));
  }, first);
}

const sorts: Record<NonNullable<ProjectSearchQuery['sort']>, EngineSort> = {
  relevance: 'relevance',
  title: 'name',
  start: 'order',
  updated: 'updated',
};

/** The engine query of a project search: relevance first when there is text, else by title. */
function engineQuery(
  q: Omit<ProjectSearchQuery, 'page' | 'pageSize' | 'facets'>,
  offset: number,
  limit: number,
  facets: boolean,
  within: readonly string[] | undefined,
): EngineQuery {
  const text = q.q?.trim() || undefined;
  return {
    text,
    filters: {
      region: q.region,
      status: q.status,
      fundingProgramme: q.fundingProgramme,
      goal: q.goal?.map(String),
      theme: q.theme,
    },
    sort: sorts[q.sort ?? (text ? 'relevance' : 'title')],
    offset,
    limit,
    facets,
    within,
    overlaps: {
      from: dayMs(q.activeFrom) ?? undefined,
      to: dayMs(q.activeTo) ?? undefined,
    },
  };
}

/**
 * Published projects matching the filters, a page of them, and facet counts, from the process's
 * index (the matching, order and counts need no database); the page's rows are then read by key.
 */
export async function searchProjects(db: Db, q: ProjectSearchQuery): Promise<ProjectSearchResult> {
  const within = await withinOf(db, q);
  const index = await projectIndex(db).current();
  const result = index.search(
    engineQuery(q, (q.page - 1) * q.pageSize, q.pageSize, q.facets === 'true', within),
  );
  const rows = await repo.selectProjects(db, result.keys);
  return {
    items: await summaries(db, rows),
    total: result.total,
    page: q.page,
    pageSize: q.pageSize,
    facets: Object.fromEntries(
      projectFacetNames.map((n) => [n, result.facets?.[n] ?? []]),
    ) as Record<Facet, { value: string; count: number }[]>,
  };
}

/** The ids of every match of a search in its order (exports), at most `limit`. */
export async function searchProjectIds(
  db: Db,
  q: Omit<ProjectSearchQuery, 'page' | 'pageSize' | 'facets'>,
  limit: number,
): Promise<string[]> {
  const within = await withinOf(db, q);
  const index = await projectIndex(db).current();
  return index.search(engineQuery(q, 0, limit, false, within)).keys;
}

/** List rows with their regions' names and the lead organisation's name (two queries for all). */
export async function summaries(db: Db, rows: repo.ProjectRow[]): Promise<ProjectSummary[]> {
  const [names, leads] = await Promise.all([
    regionNames(
      db,
      rows.flatMap((r) => r.regionCodes),
    ),
    repo.selectOrganisationRefs(
      db,
      rows.flatMap((r) => (r.leadOrganisationId ? [r.leadOrganisationId] : [])),
    ),
  ]);
  const leadById = new Map(leads.map((o) => [o.id, o]));
  return rows.map((r) => {
    const lead = r.leadOrganisationId ? leadById.get(r.leadOrganisationId) : undefined;
    return {
      id: r.id,
      state: r.state as ProjectSummary['state'],
      title: r.data.title,
      status: r.data.status,
      startDate: r.data.startDate,
      endDate: r.data.endDate,
      fundingProgramme: r.data.fundingProgramme,
      regions: r.regionCodes.flatMap((code) => {
        const name = names.get(code);
        return name ? [{ code, name }] : [];
      }),
      national: r.national,
      lead:
        lead && lead.state === 'published'
          ? { id: lead.id, name: lead.name, nameSv: lead.nameSv, nameEn: lead.nameEn }
          : null,
      partnerCount: r.data.partners.length,
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}
