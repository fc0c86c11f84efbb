import { queryOptions } from '@tanstack/react-query';
import type { Lang } from '../../../../common/languages.js';
import type { Ecosystem, Graph } from '../../../../common/schemas/ecosystems.js';
import type { RegionDetail, RegionList } from '../../../../common/schemas/regions.js';
import { getJson } from '../../app/api-client.js';

// Region pages are in the first download; their schemas come with the first answer to check.
const regions = () => import('../../../../common/schemas/regions.js');
const regionListSchema = async () => (await regions()).regionListSchema;
const regionDetailSchema = async () => (await regions()).regionDetailSchema;
const ecosystems = () => import('../../../../common/schemas/ecosystems.js');
const ecosystemSchema = async () => (await ecosystems()).ecosystemSchema;
const graphSchema = async () => (await ecosystems()).graphSchema;
const organisationSearchResultSchema = async () =>
  (await import('../../../../common/schemas/organisations.js')).organisationSearchResultSchema;

export function fetchRegions(lang: Lang, signal?: AbortSignal): Promise<RegionList> {
  return getJson('/api/v1/regions', lang, regionListSchema, signal);
}

export function fetchRegion(code: string, lang: Lang, signal?: AbortSignal): Promise<RegionDetail> {
  return getJson(`/api/v1/regions/${encodeURIComponent(code)}`, lang, regionDetailSchema, signal);
}

// The data carries names in every language, so the cache key leaves the language out and a
// language switch reuses it. Only error messages depend on `lang`; a query in error is fetched
// again when the page of the other language mounts, which brings the message in that language.

export function regionListQuery(lang: Lang) {
  return queryOptions({
    queryKey: ['regions'],
    queryFn: ({ signal }) => fetchRegions(lang, signal),
  });
}

export function regionQuery(code: string, lang: Lang) {
  return queryOptions({
    queryKey: ['regions', code],
    queryFn: ({ signal }) => fetchRegion(code, lang, signal),
  });
}

/** How many organisations of the region are published, and the first few by name. */
export function regionOrganisationsQuery(code: string, lang: Lang, count: number) {
  const query = `region=${encodeURIComponent(code)}&sort=name&pageSize=${count}&facets=false`;
  return queryOptions({
    queryKey: ['organisations', 'region', code, count],
    queryFn: ({ signal }) =>
      getJson(`/api/v1/organisations?${query}`, lang, organisationSearchResultSchema, signal),
    staleTime: 60 * 1000,
  });
}

/** The region's organisations counted by kind, its running projects and its networks. */
export function regionEcosystemQuery(code: string, lang: Lang) {
  const path = `/api/v1/regions/${encodeURIComponent(code)}/ecosystem`;
  return queryOptions({
    queryKey: ['regions', code, 'ecosystem'],
    queryFn: ({ signal }): Promise<Ecosystem> => getJson(path, lang, ecosystemSchema, signal),
    staleTime: 60 * 1000,
  });
}

/** How many nodes the region's graph starts with: enough to see its shape, few enough to read. */
export const graphNodeLimit = 100;

/**
 * The region's graph: its most connected nodes and their links; with `focus`, that node and its
 * most connected neighbours, to be merged into what is shown.
 */
export function regionGraphQuery(code: string, lang: Lang, focus?: string) {
  const query = `limit=${graphNodeLimit}${focus ? `&focus=${encodeURIComponent(focus)}` : ''}`;
  const path = `/api/v1/regions/${encodeURIComponent(code)}/graph?${query}`;
  return queryOptions({
    queryKey: ['regions', code, 'graph', focus ?? ''],
    queryFn: ({ signal }): Promise<Graph> => getJson(path, lang, graphSchema, signal),
    staleTime: 60 * 1000,
  });
}
