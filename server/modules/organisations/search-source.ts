/**
 * The directory as a search source: which organisations are searchable (published ones), their
 * texts with weights (names above descriptions above tags), facet values, and the rows written
 * since a process last looked (search/live-index.ts).
 */
import { sql } from 'drizzle-orm';
import type { Lang } from '../../../common/languages.js';
import { codes, vocabularies, vocabularyLabel } from '../../../common/organisations.js';
import {
  definitionIds,
  type FacetName,
  facetNames,
  type OrganisationData,
  type OrganisationSummary,
} from '../../../common/schemas/organisations.js';
import type { Db } from '../../db/client.js';
import type { ReferenceName } from '../../db/schema/regions.js';
import { rowsOf } from '../../db/sql.js';
import { analyser } from '../../search/analysis.js';
import { type FacetSpec, type IndexDocument, SearchIndex } from '../../search/engine.js';
import { glossaryTranslator } from '../../search/glossary.js';
import type { ChangeBatch, IndexSource } from '../../search/live-index.js';
import { registryGeneration } from './cache.js';

export interface OrganisationIndexRow {
  id: string;
  state: string;
  data: OrganisationData;
  legal_form: string | null;
  family: string | null;
  actor_types: string[];
  municipality_code: string | null;
  municipality_name: ReferenceName | null;
  region_code: string | null;
  region_name: ReferenceName | null;
  tol_section: string | null;
  themes: string[];
  sdg_goals: number[];
  target_groups: string[];
  recognitions: string[];
  meets: string[];
  partial_work_ability: boolean;
  status: string;
  has_logo: boolean;
  updated_at: string | Date;
  change_xid: string;
}

const langs: Lang[] = ['fi', 'sv', 'en'];
/** Field weights: a word in a name counts three times one in a description; tags least. */
export const fieldWeights = { name: 3, description: 1, tags: 0.4 } as const;

/** Facets with a closed list of codes are bit masks in the index (several values a document). */
const closedLists: Partial<Record<FacetName, readonly string[]>> = {
  actorType: codes.actorTypes,
  theme: codes.themes,
  sdg: Array.from({ length: 17 }, (_, i) => String(i + 1)),
  targetGroup: codes.targetGroups,
  recognition: codes.recognitions,
  meets: definitionIds,
};
export const organisationFacets: FacetSpec[] = facetNames.map((name) => {
  const values = closedLists[name];
  return values ? { name, values } : { name };
});

function placeNames(name: ReferenceName | null): string[] {
  return name ? (Object.values(name).filter(Boolean) as string[]) : [];
}

export function organisationDocument(row: OrganisationIndexRow): IndexDocument | null {
  if (row.state !== 'published') return null;
  const data = row.data;
  const legalForm = vocabularies.legalForms.find((f) => f.code === row.legal_form);
  const labels = (name: 'actorTypes' | 'themes' | 'targetGroups', list: string[]) =>
    list.flatMap((code) => langs.map((l) => vocabularyLabel(name, code, l)));
  const tags = [
    ...labels('actorTypes', row.actor_types),
    ...labels('themes', row.themes),
    ...labels('targetGroups', row.target_groups),
    ...(legalForm ? [legalForm.abbr, ...langs.map((l) => legalForm[l])] : []),
    ...placeNames(row.municipality_name),
    ...placeNames(row.region_name),
    data.businessId,
  ]
    .filter(Boolean)
    .join(' ');
  const description = [data.description?.fi, data.description?.sv, data.description?.en]
    .filter(Boolean)
    .join(' ');
  const updatedAt = new Date(row.updated_at).getTime();
  // How complete the entry is: orders equal matches (with freshness, engine.ts).
  const filled = [
    Boolean(description),
    row.has_logo,
    Boolean(data.website),
    Boolean(row.municipality_code),
    row.themes.length + row.target_groups.length > 0,
    Boolean(data.businessId),
    Boolean(data.email || data.phone),
  ];
  const completeness = filled.filter(Boolean).length / filled.length;
  return {
    key: row.id,
    label: data.name,
    payload: summaryOf(row),
    updatedAt,
    completeness,
    fields: [
      {
        text: [data.name, data.nameSv, data.nameEn].filter(Boolean).join(' '),
        weight: fieldWeights.name,
      },
      { text: description, weight: fieldWeights.description },
      { text: tags, weight: fieldWeights.tags },
    ],
    facets: {
      region: row.region_code,
      municipality: row.municipality_code,
      actorType: row.actor_types,
      family: row.family,
      legalForm: row.legal_form,
      tolSection: row.tol_section,
      theme: row.themes,
      sdg: row.sdg_goals.map(String),
      targetGroup: row.target_groups,
      recognition: row.recognitions,
      meets: row.meets,
      partialWorkAbility: row.partial_work_ability ? 'true' : null,
      status: row.status,
    },
  };
}

/** At most this many characters of each description in a result (as `left(…, 280)` gave). */
const excerpt = (text: string | null | undefined) =>
  text == null ? null : text.length <= 280 ? text : [...text].slice(0, 280).join('');

/** What a search result shows of an organisation. */
export function summaryOf(row: OrganisationIndexRow): OrganisationSummary {
  const data = row.data;
  const updated = new Date(row.updated_at);
  return {
    id: row.id,
    name: data.name,
    nameSv: data.nameSv ?? null,
    nameEn: data.nameEn ?? null,
    businessId: data.businessId ?? null,
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
    description: {
      fi: excerpt(data.description?.fi),
      sv: excerpt(data.description?.sv),
      en: excerpt(data.description?.en),
    },
    meets: row.meets as OrganisationSummary['meets'],
    logoUrl: row.has_logo ? `/api/v1/organisations/${row.id}/logo?v=${updated.getTime()}` : null,
    updatedAt: updated.toISOString(),
  };
}

/**
 * Organisations deleted by transactions at or above `sinceXid` (migration 0014). Read after the
 * rows: a deletion committed after their snapshot has an id at or above its mark, so the next read
 * takes it if this one does not.
 */
async function deletedSince(db: Db, sinceXid: string): Promise<string[]> {
  const result = await db.execute(sql`
    select t.id from organisation_tombstone t
    where t.change_xid >= ${sinceXid}::xid8
      and not exists (select 1 from organisation o where o.id = t.id)`);
  return rowsOf<{ id: string }>(result).map((r) => r.id);
}

export const organisationSource: IndexSource<OrganisationIndexRow> = {
  generation: registryGeneration,
  async changes(db: Db, sinceXid: string | null, after?: string, limit?: number) {
    // One statement: the rows, the oldest running transaction and the generation share a snapshot.
    const result = await db.execute(sql`
      select s.xmin, s.generation, o.*
      from (select pg_snapshot_xmin(pg_current_snapshot())::text as xmin,
                   (select coalesce(sum(n), 0)::text from registry_generation_slot) as generation) s
      left join lateral (
        select o.id, o.state, o.data, o.legal_form, o.family, o.actor_types, o.municipality_code,
               m.name as municipality_name, o.region_code, g.name as region_name, o.tol_section,
               o.themes, o.sdg_goals, o.target_groups, o.recognitions, o.meets,
               o.partial_work_ability, o.status, o.has_logo, o.updated_at,
               o.change_xid::text as change_xid
        from organisation o
        left join municipality m on m.code = o.municipality_code
        left join region g on g.code = o.region_code
        where ${sinceXid === null ? sql`o.state = 'published'` : sql`o.change_xid >= ${sinceXid}::xid8`}
          ${after ? sql`and o.id > ${after}::uuid` : sql``}
        order by o.id
        ${limit ? sql`limit ${limit}` : sql``}
      ) o on true`);
    const rows = rowsOf<OrganisationIndexRow & { xmin: string; generation: string }>(result);
    const first = rows[0];
    return {
      xmin: first?.xmin ?? '0',
      generation: first?.generation ?? '0',
      rows: rows.filter((r) => r.id !== null),
      removed: sinceXid !== null && !after ? await deletedSince(db, sinceXid) : [],
    } satisfies ChangeBatch<OrganisationIndexRow>;
  },
  keyOf: (row) => row.id,
  writtenBy: (row) => row.change_xid,
  toDocument: (row) => organisationDocument(row),
  newIndex: () => new SearchIndex(analyser(), organisationFacets, glossaryTranslator()),
};

/**
 * Change marks from another database's transaction counter (a dump restored onto a new server
 * keeps them, and the new server's transaction ids start lower) would make every row look
 * written since the index last looked: they are brought down to this server's count at start.
 */
export async function resetFutureChangeMarks(db: Db): Promise<void> {
  await db.execute(sql`
    update organisation set change_xid = pg_current_xact_id()
    where change_xid > pg_current_xact_id()`);
}
