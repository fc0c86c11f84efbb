/**
 * Published networks as a search source, searched as the directory is (server/search): the three
 * languages' names above descriptions above tags (kind and regions by name), facets by kind and
 * region, and the member count to sort by.
 */
import { sql } from 'drizzle-orm';
import type { Lang } from '../../../common/languages.js';
import { networkKinds } from '../../../common/network-fields.js';
import regionsFile from '../../../common/reference/regions.json' with { type: 'json' };
import type { NetworkData } from '../../../common/schemas/networks.js';
import { codeLabel } from '../../catalogs.js';
import type { Db } from '../../db/client.js';
import { analyser } from '../../search/analysis.js';
import { type FacetSpec, type IndexDocument, SearchIndex } from '../../search/engine.js';
import { glossaryTranslator } from '../../search/glossary.js';
import { type IndexSource, readChangeBatch } from '../../search/live-index.js';
import { registryGeneration } from '../organisations/cache.js';
import { fieldWeights } from '../organisations/search-source.js';

export interface NetworkIndexRow {
  id: string;
  state: string;
  data: NetworkData;
  member_count: number;
  updated_at: string | Date;
  change_xid: string;
}

const langs: Lang[] = ['fi', 'sv', 'en'];
const regions = regionsFile.regions;
const regionByCode = new Map(regions.map((r) => [r.code, r]));

export const networkFacets: FacetSpec[] = [
  { name: 'kind', values: networkKinds },
  { name: 'region', values: regions.map((r) => r.code) },
];

export function networkDocument(row: NetworkIndexRow): IndexDocument | null {
  if (row.state !== 'published') return null;
  const data = row.data;
  const tags = [
    ...langs.map((l) => codeLabel(l, (c) => c.networks.kinds, data.kind)),
    ...data.regions.flatMap((code) => {
      const r = regionByCode.get(code);
      return r ? [r.fi, r.sv, r.en] : [];
    }),
  ]
    .filter(Boolean)
    .join(' ');
  const description = langs
    .map((l) => data.description?.[l])
    .filter(Boolean)
    .join(' ');
  const filled = [Boolean(description), Boolean(data.website), row.member_count > 0];
  return {
    key: row.id,
    label: data.name.fi,
    updatedAt: new Date(row.updated_at).getTime(),
    completeness: filled.filter(Boolean).length / filled.length,
    order: row.member_count,
    fields: [
      {
        text: langs
          .map((l) => data.name[l])
          .filter(Boolean)
          .join(' '),
        weight: fieldWeights.name,
      },
      { text: description, weight: fieldWeights.description },
      { text: tags, weight: fieldWeights.tags },
    ],
    facets: { kind: data.kind, region: data.regions },
  };
}

export const networkSource: IndexSource<NetworkIndexRow> = {
  generation: registryGeneration,
  changes: (db: Db, sinceXid: string | null, after?: string, limit?: number) =>
    readChangeBatch<NetworkIndexRow>(db, {
      table: 'network',
      columns: sql`t.id, t.state, t.data, t.member_count, t.updated_at`,
      sinceXid,
      after,
      limit,
    }),
  keyOf: (row) => row.id,
  writtenBy: (row) => row.change_xid,
  toDocument: (row) => networkDocument(row),
  newIndex: () => new SearchIndex(analyser(), networkFacets, glossaryTranslator()),
};
