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
import { analyser } from '../../search/analysis.js';
import { type FacetSpec, type IndexDocument, SearchIndex } from '../../search/engine.js';
import { glossaryTranslator } from '../../search/glossary.js';
import { type IndexSource, readChangeBatch } from '../../search/live-index.js';
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

export const organisationSource: IndexSource<OrganisationIndexRow> = {
  generation: registryGeneration,
  changes: (db: Db, sinceXid: string | null, after?: string, limit?: number) =>
    readChangeBatch<OrganisationIndexRow>(db, {
      table: 'organisation',
      columns: sql`t.id, t.state, t.data, t.legal_form, t.family, t.actor_types,
        t.municipality_code, m.name as municipality_name, t.region_code, g.name as region_name,
        t.tol_section, t.themes, t.sdg_goals, t.target_groups, t.recognitions, t.meets,
        t.partial_work_ability, t.status, t.has_logo, t.updated_at`,
      joins: sql`left join municipality m on m.code = t.municipality_code
        left join region g on g.code = t.region_code`,
      sinceXid,
      after,
      limit,
    }),
  keyOf: (row) => row.id,
  writtenBy: (row) => row.change_xid,
  toDocument: (row) => organisationDocument(row),
  newIndex: () => new SearchIndex(analyser(), organisationFacets, glossaryTranslator()),
};
