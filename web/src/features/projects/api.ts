import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Lang } from '../../../../common/languages.js';
import { getJson } from '../../app/api-client.js';

const base = '/api/v1/projects';

// The schemas (and zod) come with the first answer that needs checking, not with the page's code.
const schemas = () => import('../../../../common/schemas/projects.js');
const searchResultSchema = async () => (await schemas()).projectSearchResultSchema;
const detailSchema = async () => (await schemas()).projectDetailSchema;

/** A page of the project list; keyed by its query string, so equal searches share it. */
export function projectSearchQuery(lang: Lang, search: string) {
  return queryOptions({
    queryKey: ['projects', 'search', search],
    queryFn: ({ signal }) =>
      getJson(`${base}${search ? `?${search}` : ''}`, lang, searchResultSchema, signal),
    staleTime: 60 * 1000,
    placeholderData: keepPreviousData,
  });
}

/** The projects an organisation takes part in (as lead, partner, funder…), newest first. */
export function organisationProjectsQuery(lang: Lang, organisationId: string) {
  return projectSearchQuery(
    lang,
    `partner=${encodeURIComponent(organisationId)}&sort=start&pageSize=100&facets=false`,
  );
}

export function projectQuery(id: string, lang: Lang) {
  return queryOptions({
    queryKey: ['projects', 'detail', id],
    queryFn: ({ signal }) =>
      getJson(`${base}/${encodeURIComponent(id)}`, lang, detailSchema, signal),
    // The caller's permissions come with it, so it is asked again on every visit.
    staleTime: 0,
  });
}
