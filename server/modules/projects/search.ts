import { asc, count, desc, eq, gte, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type {
  ProjectSearchQuery,
  ProjectSearchResult,
  ProjectSummary,
} from '../../../common/schemas/projects.js';
import type { Db } from '../../db/client.js';
import {
  allFilters,
  facetCounts,
  filterWords,
  type ListFilters,
  likeWord,
  noFacets,
} from '../../db/facets.js';
import { network, networkMember, project, projectPartner } from '../../db/schema/index.js';
import { sqlArray } from '../../db/sql.js';
import { regionNames } from '../regions/service.js';
import * as repo from './repo.js';

type Facet = keyof ProjectSearchResult['facets'];

/** The conditions of each filter, by facet (a facet counts with every filter but its own). */
function conditions(q: ProjectSearchQuery): ListFilters<Facet> {
  const rest: SQL[] = [eq(project.state, 'published')];
  for (const word of filterWords(q.q)) rest.push(sql`${project.searchText} like ${likeWord(word)}`);
  if (q.partner) {
    rest.push(
      sql`exists (select 1 from ${projectPartner} where ${projectPartner.projectId} = ${project.id} and ${projectPartner.organisationId} = ${q.partner})`,
    );
  }
  if (q.network) {
    rest.push(
      sql`exists (select 1 from ${projectPartner} join ${networkMember} on ${networkMember.organisationId} = ${projectPartner.organisationId} join ${network} on ${network.id} = ${networkMember.networkId} where ${projectPartner.projectId} = ${project.id} and ${networkMember.networkId} = ${q.network} and ${network.state} = 'published')`,
    );
  }
  if (q.activeFrom) {
    rest.push(or(isNull(project.endDate), gte(project.endDate, q.activeFrom)) as SQL);
  }
  if (q.activeTo) {
    rest.push(or(isNull(project.startDate), lte(project.startDate, q.activeTo)) as SQL);
  }
  const own: Partial<Record<Facet, SQL>> = {};
  if (q.region?.length) own.region = sql`${project.regionCodes} && ${sqlArray(q.region, 'text')}`;
  if (q.status?.length) own.status = sql`${project.status} = any(${sqlArray(q.status, 'text')})`;
  if (q.fundingProgramme?.length) {
    own.fundingProgramme = sql`${project.fundingProgramme} = any(${sqlArray(q.fundingProgramme, 'text')})`;
  }
  if (q.goal?.length) own.goal = sql`${project.goals} && ${sqlArray(q.goal, 'smallint')}`;
  if (q.theme?.length) own.theme = sql`${project.themes} && ${sqlArray(q.theme, 'text')}`;
  return { own, rest };
}

const facetValue: Record<Facet, SQL> = {
  region: sql`unnest(${project.regionCodes})`,
  status: sql`${project.status}`,
  fundingProgramme: sql`${project.fundingProgramme}`,
  goal: sql`unnest(${project.goals})::text`,
  theme: sql`unnest(${project.themes})`,
};

const orderBy = {
  title: [asc(project.sortTitle), asc(project.id)],
  start: [sql`${project.startDate} desc nulls last`, asc(project.sortTitle)],
  updated: [desc(project.updatedAt), asc(project.id)],
};

/** Published projects matching the filters, a page of them, and facet counts. */
export async function searchProjects(db: Db, q: ProjectSearchQuery): Promise<ProjectSearchResult> {
  const filters = conditions(q);
  const all = allFilters(filters);
  const [rows, [total], facets] = await Promise.all([
    db
      .select()
      .from(project)
      .where(all)
      .orderBy(...orderBy[q.sort ?? 'title'])
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(project).where(all),
    q.facets === 'true' ? facetCounts(db, project, facetValue, filters) : noFacets(facetValue),
  ]);
  return {
    items: await summaries(db, rows),
    total: Number(total?.n ?? 0),
    page: q.page,
    pageSize: q.pageSize,
    facets,
  };
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
