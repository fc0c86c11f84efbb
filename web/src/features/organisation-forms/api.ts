import { keepPreviousData, type QueryClient, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import type { Lang } from '../../../../common/languages.js';
import type { MemberRole } from '../../../../common/organisation-fields.js';
import {
  industrySectionListSchema,
  sdgGoalListSchema,
} from '../../../../common/schemas/classifications.js';
import {
  historySchema,
  memberListSchema,
  moderationListSchema,
  type OrganisationInput,
  organisationDetailSchema,
  organisationSearchResultSchema,
  similarListSchema,
  unconfirmedListSchema,
} from '../../../../common/schemas/organisations.js';
import { postalCodeInfoSchema } from '../../../../common/schemas/regions.js';
import { getJson, sendJson } from '../../app/api-client.js';
import { sendFile } from '../../app/send-file.js';

export type RequestState = 'pending' | 'approved' | 'rejected';

const base = '/api/v1/organisations';
const path = (id: string, rest = '') => `${base}/${encodeURIComponent(id)}${rest}`;

/** Everything cached about one organisation starts with this, so one call refreshes it all. */
export const organisationKey = (id: string) => ['organisation', id] as const;

export function organisationQuery(lang: Lang, id: string) {
  return queryOptions({
    queryKey: organisationKey(id),
    queryFn: ({ signal }) => getJson(path(id), lang, organisationDetailSchema, signal),
    staleTime: 0,
  });
}

export function historyQuery(lang: Lang, id: string) {
  return queryOptions({
    queryKey: [...organisationKey(id), 'history'],
    queryFn: ({ signal }) => getJson(path(id, '/history'), lang, historySchema, signal),
    staleTime: 0,
  });
}

export function membersQuery(lang: Lang, id: string) {
  return queryOptions({
    queryKey: [...organisationKey(id), 'members'],
    queryFn: ({ signal }) => getJson(path(id, '/members'), lang, memberListSchema, signal),
    staleTime: 0,
  });
}

export function moderationQuery(lang: Lang, state: RequestState, page: number) {
  return queryOptions({
    queryKey: ['moderation', state, page],
    queryFn: ({ signal }) =>
      getJson(
        `/api/v1/moderation/requests?state=${state}&page=${page}`,
        lang,
        moderationListSchema,
        signal,
      ),
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}

export function unconfirmedQuery(lang: Lang, page: number) {
  return queryOptions({
    queryKey: ['organisations-unconfirmed', page],
    queryFn: ({ signal }) =>
      getJson(`${base}/unconfirmed?page=${page}`, lang, unconfirmedListSchema, signal),
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}

/** Organisations with a name like this one (in the municipality, when one is chosen). */
export function similarQuery(lang: Lang, name: string, municipality: string, except?: string) {
  const params = new URLSearchParams({ name });
  if (municipality) params.set('municipality', municipality);
  if (except) params.set('except', except);
  return queryOptions({
    queryKey: ['organisations-similar', name, municipality, except ?? ''],
    queryFn: ({ signal }) => getJson(`${base}/similar?${params}`, lang, similarListSchema, signal),
    staleTime: 30 * 1000,
    enabled: name.length >= 3,
  });
}

/** Published organisations by name, for choosing a duplicate to merge. */
export function searchQuery(lang: Lang, q: string) {
  const params = new URLSearchParams({ q, facets: 'false', pageSize: '10' });
  return queryOptions({
    queryKey: ['organisations-merge-search', q],
    queryFn: ({ signal }) =>
      getJson(`${base}?${params}`, lang, organisationSearchResultSchema, signal),
    enabled: q.length >= 2,
  });
}

// Reference data: the same in every language, so the keys leave the language out.
export function industrySectionsQuery(lang: Lang) {
  return queryOptions({
    queryKey: ['classifications', 'industry-sections'],
    queryFn: ({ signal }) =>
      getJson('/api/v1/classifications/industry-sections', lang, industrySectionListSchema, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function sdgGoalsQuery(lang: Lang) {
  return queryOptions({
    queryKey: ['classifications', 'sdg-goals'],
    queryFn: ({ signal }) =>
      getJson('/api/v1/classifications/sdg-goals', lang, sdgGoalListSchema, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function postalCodeQuery(lang: Lang, code: string) {
  return queryOptions({
    queryKey: ['postal-codes', code],
    queryFn: ({ signal }) =>
      getJson(
        `/api/v1/postal-codes/${encodeURIComponent(code)}`,
        lang,
        postalCodeInfoSchema,
        signal,
      ),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

const confirmedLinkSchema = z.object({ organisationId: z.uuid(), name: z.string() });
const acceptedInvitationSchema = z.object({ organisationId: z.uuid() });
const decidedSchema = z.object({ id: z.uuid(), state: z.enum(['approved', 'rejected']) });

export const orgApi = {
  create: (lang: Lang, body: OrganisationInput & { acknowledgeSimilar: boolean }) =>
    sendJson('POST', base, lang, body, organisationDetailSchema),
  update: (lang: Lang, id: string, body: Partial<OrganisationInput> & { version: number }) =>
    sendJson('PATCH', path(id), lang, body, organisationDetailSchema),
  restore: (lang: Lang, id: string, body: { revision: string; version: number }) =>
    sendJson('POST', path(id, '/restore'), lang, body, organisationDetailSchema),
  merge: (lang: Lang, id: string, duplicateId: string) =>
    sendJson('POST', path(id, '/merge'), lang, { duplicateId }, organisationDetailSchema),
  putLogo: (lang: Lang, id: string, file: File) => sendFile('PUT', path(id, '/logo'), lang, file),
  deleteLogo: (lang: Lang, id: string) => sendFile('DELETE', path(id, '/logo'), lang),
  invite: (lang: Lang, id: string, body: { email: string; role: MemberRole }) =>
    sendJson('POST', path(id, '/invitations'), lang, body, memberListSchema),
  changeMember: (lang: Lang, id: string, userId: string, role: MemberRole | null) =>
    sendJson(
      'PATCH',
      path(id, `/members/${encodeURIComponent(userId)}`),
      lang,
      { role },
      memberListSchema,
    ),
  acceptInvitation: (lang: Lang, token: string) =>
    sendJson('POST', `${base}/invitations/accept`, lang, { token }, acceptedInvitationSchema),
  confirmLink: (lang: Lang, token: string) =>
    sendJson('POST', `${base}/confirm-link`, lang, { token }, confirmedLinkSchema),
  decide: (
    lang: Lang,
    id: string,
    body: { decision: 'approve' } | { decision: 'reject'; reason: string },
  ) =>
    sendJson(
      'POST',
      `/api/v1/moderation/requests/${encodeURIComponent(id)}`,
      lang,
      body,
      decidedSchema,
    ),
};

/** After a change: this organisation's data, and every list that may show it, are fetched again. */
export function refreshOrganisation(queryClient: QueryClient, id: string) {
  void queryClient.invalidateQueries({ queryKey: organisationKey(id) });
  void queryClient.invalidateQueries({ queryKey: ['organisations'] });
  void queryClient.invalidateQueries({ queryKey: ['moderation'] });
}
