import { keepPreviousData, type QueryClient, queryOptions } from '@tanstack/react-query';
import type { Lang } from '../../../../common/languages.js';
import { getJson } from '../../app/api-client.js';
import { projectSearchQuery } from '../projects/api.js';

const base = '/api/v1/networks';

// The schemas (and zod) come with the first answer that needs checking, not with the page's code:
// the organisation page, in readers' first download, lists an organisation's networks.
const schemas = () => import('../../../../common/schemas/networks.js');
const searchResultSchema = async () => (await schemas()).networkSearchResultSchema;
const detailSchema = async () => (await schemas()).networkDetailSchema;

export const networkPath = (id: string) => `${base}/${encodeURIComponent(id)}`;

/** A page of the network list with facet counts; keyed by its query string. */
export function networkSearchQuery(lang: Lang, search: string) {
  return queryOptions({
    queryKey: ['networks', 'search', search],
    queryFn: ({ signal }) =>
      getJson(`${base}${search ? `?${search}` : ''}`, lang, searchResultSchema, signal),
    staleTime: 60 * 1000,
    placeholderData: keepPreviousData,
  });
}

/** The networks an organisation is a member of (the API's largest page: few have more). */
export function organisationNetworksQuery(lang: Lang, organisationId: string) {
  return networkSearchQuery(lang, `member=${encodeURIComponent(organisationId)}&pageSize=100`);
}

export function networkQuery(id: string, lang: Lang) {
  return queryOptions({
    queryKey: ['networks', 'detail', id],
    queryFn: ({ signal }) => getJson(networkPath(id), lang, detailSchema, signal),
    // The caller's permissions come with it, so it is asked again on every visit.
    staleTime: 0,
  });
}

/** The projects in which a member of the network takes part, newest first. */
export function networkProjectsQuery(lang: Lang, networkId: string) {
  return projectSearchQuery(
    lang,
    `network=${encodeURIComponent(networkId)}&sort=start&pageSize=100`,
  );
}

/**
 * After a change: the network's pages and lists ask again, and so do the searches of its members
 * and projects (who is a member changes what they find).
 */
export function refreshNetworks(queryClient: QueryClient) {
  return Promise.all(
    ['networks', 'organisations', 'projects'].map((key) =>
      queryClient.invalidateQueries({ queryKey: [key] }),
    ),
  );
}
