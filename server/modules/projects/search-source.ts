/**
 * Published projects as a search source, searched as the directory is (server/search): the three
 * languages' titles above descriptions above tags (EURA code, themes and regions by name), facet
 * values, the start date to sort by and the active period to filter by.
 */
import { sql } from 'drizzle-orm';
import type { Lang } from '../../../common/languages.js';
import { codes, vocabularyLabel } from '../../../common/organisations.js';
import { programmeGoals } from '../../../common/project-fields.js';
import regionsFile from '../../../common/reference/regions.json' with { type: 'json' };
import type { ProjectData } from '../../../common/schemas/projects.js';
import type { Db } from '../../db/client.js';
import { analyser } from '../../search/analysis.js';
import { type FacetSpec, type IndexDocument, SearchIndex } from '../../search/engine.js';
import { glossaryTranslator } from '../../search/glossary.js';
import { type IndexSource, readChangeBatch } from '../../search/live-index.js';
import { registryGeneration } from '../organisations/cache.js';
import { fieldWeights } from '../organisations/search-source.js';

export interface ProjectIndexRow {
  id: string;
  state: string;
  data: ProjectData;
  updated_at: string | Date;
  change_xid: string;
}

const langs: Lang[] = ['fi', 'sv', 'en'];
const regions = regionsFile.regions;
const regionByCode = new Map(regions.map((r) => [r.code, r]));

/** Every facet has a closed list of codes (regions from the reference file), several a project. */
export const projectFacets: FacetSpec[] = [
  { name: 'region', values: regions.map((r) => r.code) },
  { name: 'status', values: ['planned', 'running', 'ended'] },
  { name: 'fundingProgramme' },
  { name: 'goal', values: programmeGoals.map(String) },
  { name: 'theme', values: codes.themes },
];

/** A date (YYYY-MM-DD) as milliseconds, or null. */
export const dayMs = (day: string | null | undefined): number | null =>
  day ? Date.parse(`${day}T00:00:00Z`) : null;

export function projectDocument(row: ProjectIndexRow): IndexDocument | null {
  if (row.state !== 'published') return null;
  const data = row.data;
  const tags = [
    data.eura?.code,
    ...data.themes.flatMap((code) => langs.map((l) => vocabularyLabel('themes', code, l))),
    ...data.regions.flatMap((code) => {
      const r = regionByCode.get(code);
      return r ? [r.fi, r.sv, r.en] : [];
    }),
  ]
    .filter(Boolean)
    .join(' ');
  const description = langs
    .map((l) => data.description[l])
    .filter(Boolean)
    .join(' ');
  const filled = [
    Boolean(description),
    Boolean(data.website),
    Boolean(data.startDate),
    data.partners.length > 1,
    data.themes.length + data.goals.length > 0,
  ];
  return {
    key: row.id,
    label: data.title.fi,
    updatedAt: new Date(row.updated_at).getTime(),
    completeness: filled.filter(Boolean).length / filled.length,
    order: dayMs(data.startDate),
    span: { from: dayMs(data.startDate), to: dayMs(data.endDate) },
    fields: [
      {
        text: langs
          .map((l) => data.title[l])
          .filter(Boolean)
          .join(' '),
        weight: fieldWeights.name,
      },
      { text: description, weight: fieldWeights.description },
      { text: tags, weight: fieldWeights.tags },
    ],
    facets: {
      region: data.regions,
      status: data.status,
      fundingProgramme: data.fundingProgramme,
      goal: data.goals.map(String),
      theme: data.themes,
    },
  };
}

export const projectSource: IndexSource<ProjectIndexRow> = {
  generation: registryGeneration,
  changes: (db: Db, sinceXid: string | null, after?: string, limit?: number) =>
    readChangeBatch<ProjectIndexRow>(db, {
      table: 'project',
      columns: sql`t.id, t.state, t.data, t.updated_at`,
      sinceXid,
      after,
      limit,
    }),
  keyOf: (row) => row.id,
  writtenBy: (row) => row.change_xid,
  toDocument: (row) => projectDocument(row),
  newIndex: () => new SearchIndex(analyser(), projectFacets, glossaryTranslator()),
};
