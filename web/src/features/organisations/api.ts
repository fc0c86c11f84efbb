import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Lang } from '../../../../common/languages.js';
import type { OrganisationDetail } from '../../../../common/schemas/organisations.js';
import { getJson, sendJson } from '../../app/api-client.js';
import { shouldRetry } from '../../app/query-client.js';
import type { ExportFormat } from '../../ui/export-links.js';
import {
  type DirectoryScope,
  type DirectoryState,
  pageSize,
  scopeParamsOf,
  searchParamsOf,
} from './search-state.js';

const base = '/api/v1/organisations';
/** How long a failed suggestions request waits before it is asked once more. */
const suggestionRetryMs = 1000;

// The front page and the region pages use some of these, so the schemas (and zod) come with the
// first answer that needs checking rather than in the first download (see SchemaSource).
const schemas = () => import('../../../../common/schemas/organisations.js');
const organisationSearchResultSchema = async () => (await schemas()).organisationSearchResultSchema;
const registryOverviewSchema = async () => (await schemas()).registryOverviewSchema;
const suggestionsSchema = async () => (await schemas()).suggestionsSchema;
const organisationDetailSchema = async () => (await schemas()).organisationDetailSchema;
const classifications = () => import('../../../../common/schemas/classifications.js');
const industrySectionListSchema = async () => (await classifications()).industrySectionListSchema;
const sdgGoalListSchema = async () => (await classifications()).sdgGoalListSchema;

/**
 * A page of the directory (or of a network's members) with facet counts. Keyed by its query
 * string, so equal searches share it.
 */
export function searchQuery(lang: Lang, state: DirectoryState, scope?: DirectoryScope) {
  const query = [searchParamsOf(state), scopeParamsOf(scope), `pageSize=${pageSize}&facets=true`]
    .filter(Boolean)
    .join('&');
  return queryOptions({
    queryKey: ['organisations', 'search', query],
    queryFn: ({ signal }) =>
      getJson(`${base}?${query}`, lang, organisationSearchResultSchema, signal),
    // Published profiles change now and then; a minute keeps back and forward instant.
    staleTime: 60 * 1000,
    // The previous result stays on screen while the next loads, so the page does not jump and the
    // control the reader is using stays where it was.
    placeholderData: keepPreviousData,
  });
}

/** The registry at a glance (front page): counts and the latest additions. */
export function overviewQuery(lang: Lang) {
  return queryOptions({
    queryKey: ['organisations', 'overview'],
    queryFn: ({ signal }) => getJson(`${base}/overview`, lang, registryOverviewSchema, signal),
    staleTime: 60 * 1000,
  });
}

/**
 * Type-ahead suggestions for what has been typed so far. A newer text makes the older request
 * unused, and TanStack Query aborts it through `signal`; the older list stays shown meanwhile.
 * A failure of the server or the network (an import holding the embedded database answers 503)
 * is tried again once, soon: suggestions are wanted while typing, not after the Retry-After. If
 * that fails too, the box shows no suggestions and the search itself still works.
 */
export function suggestionsQuery(lang: Lang, q: string) {
  return queryOptions({
    queryKey: ['organisations', 'suggestions', lang, q],
    queryFn: ({ signal }) =>
      getJson(
        `${base}/suggestions?q=${encodeURIComponent(q)}&lang=${lang}`,
        lang,
        suggestionsSchema,
        signal,
      ),
    staleTime: 60 * 1000,
    placeholderData: keepPreviousData,
    retry: (failureCount, error) => failureCount < 1 && shouldRetry(failureCount, error),
    retryDelay: suggestionRetryMs,
  });
}

/**
 * Download addresses of the current search in each export format (every page, no paging). The
 * page's language goes with it: the files for people have headings and names in it.
 */
export function exportHref(
  state: DirectoryState,
  format: ExportFormat,
  lang: Lang,
  scope?: DirectoryScope,
): string {
  const search = [searchParamsOf(state, { page: false }), scopeParamsOf(scope)]
    .filter(Boolean)
    .join('&');
  return `${base}/export?format=${format}&lang=${lang}${search ? `&${search}` : ''}`;
}

export function organisationQuery(id: string, lang: Lang) {
  return queryOptions({
    queryKey: ['organisations', 'detail', id],
    queryFn: ({ signal }) =>
      getJson(`${base}/${encodeURIComponent(id)}`, lang, organisationDetailSchema, signal),
    // The caller's permissions come with it, so it is asked again on every visit.
    staleTime: 0,
  });
}

// Reference data: names in every language, so the language stays out of the key (as for regions).

export function industrySectionsQuery(lang: Lang) {
  return queryOptions({
    queryKey: ['classifications', 'industry-sections'],
    queryFn: ({ signal }) =>
      getJson('/api/v1/classifications/industry-sections', lang, industrySectionListSchema, signal),
  });
}

export function sdgGoalsQuery(lang: Lang) {
  return queryOptions({
    queryKey: ['classifications', 'sdg-goals'],
    queryFn: ({ signal }) =>
      getJson('/api/v1/classifications/sdg-goals', lang, sdgGoalListSchema, signal),
  });
}

/** Confirms that the profile is still correct; answers with the profile as it now is. */
export function confirmOrganisation(id: string, lang: Lang): Promise<OrganisationDetail> {
  return sendJson(
    'POST',
    `${base}/${encodeURIComponent(id)}/confirm`,
    lang,
    {},
    organisationDetailSchema,
  );
}

const requestSentSchema = async () => {
  const { z } = await import('zod');
  return z.object({ state: z.literal('pending') });
};

/** Asks the moderators to make the caller a representative; an empty message is sent as none. */
export async function requestToRepresent(id: string, lang: Lang, message: string) {
  const { organisationLimits } = await schemas();
  const text = message.trim().slice(0, organisationLimits.reason);
  return sendJson(
    'POST',
    `${base}/${encodeURIComponent(id)}/represent`,
    lang,
    { message: text || null },
    requestSentSchema,
  );
}
