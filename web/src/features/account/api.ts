import { queryOptions } from '@tanstack/react-query';
import type { Lang } from '../../../../common/languages.js';
import {
  type ApiToken,
  acceptedSchema,
  apiTokenListSchema,
  createdTokenSchema,
  meSchema,
  sessionListSchema,
} from '../../../../common/schemas/accounts.js';
import { myOrganisationsSchema } from '../../../../common/schemas/organisations.js';
import { getJson, sendJson } from '../../app/api-client.js';
import { noContent } from '../auth/api.js';

// Not under ['me']: starting or ending a session keeps ['me'] and drops everything else.
export const sessionsKey = ['sessions'] as const;

export function sessionsQuery(lang: Lang) {
  return queryOptions({
    queryKey: sessionsKey,
    queryFn: ({ signal }) => getJson('/api/v1/me/sessions', lang, sessionListSchema, signal),
    staleTime: 0,
  });
}

// Also not under ['me'], for the same reason; a token cannot be made or seen without a session.
export const tokensKey = ['apiTokens'] as const;

export function tokensQuery(lang: Lang) {
  return queryOptions({
    queryKey: tokensKey,
    queryFn: ({ signal }) => getJson('/api/v1/me/tokens', lang, apiTokenListSchema, signal),
    staleTime: 0,
  });
}

export interface NewToken {
  name: string;
  scope: ApiToken['scope'];
  /** Null: the token does not expire. */
  expiresInDays: number | null;
}

export const accountApi = {
  update: (
    lang: Lang,
    body: {
      name?: string;
      lang?: Lang;
      contact?: { public: boolean; title: string | null; phone: string | null };
      version: number;
    },
  ) => sendJson('PATCH', '/api/v1/me', lang, body, meSchema),
  changePassword: (lang: Lang, body: { currentPassword: string; newPassword: string }) =>
    sendJson('POST', '/api/v1/me/password', lang, body, noContent),
  endAllSessions: (lang: Lang) => sendJson('DELETE', '/api/v1/me/sessions', lang, {}, noContent),
  changeEmail: (lang: Lang, body: { newEmail: string; password: string }) =>
    sendJson('POST', '/api/v1/me/email', lang, body, acceptedSchema),
  createToken: (lang: Lang, body: NewToken) =>
    sendJson('POST', '/api/v1/me/tokens', lang, body, createdTokenSchema),
  revokeToken: (lang: Lang, id: string) =>
    sendJson('DELETE', `/api/v1/me/tokens/${encodeURIComponent(id)}`, lang, {}, noContent),
  deleteAccount: (lang: Lang, password: string) =>
    sendJson('DELETE', '/api/v1/me', lang, { password, confirm: true }, noContent),
};

/** A plain link: the browser downloads the JSON with the session cookie. */
export const exportPath = '/api/v1/me/export';

/** The organisations the signed-in person represents. */
export function myOrganisationsQuery(lang: Lang) {
  return queryOptions({
    queryKey: ['organisations', 'mine'],
    queryFn: ({ signal }) =>
      getJson('/api/v1/me/organisations', lang, myOrganisationsSchema, signal),
    staleTime: 0,
  });
}
