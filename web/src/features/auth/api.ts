import { queryOptions } from '@tanstack/react-query';
import type { Lang } from '../../../../common/languages.js';
import type { Me } from '../../../../common/schemas/accounts.js';
import { getJson, sendJson } from '../../app/api-client.js';

// Every page asks who is signed in, so the schemas come on demand (see SchemaSource).
const accounts = () => import('../../../../common/schemas/accounts.js');
const signedInSchema = async () => (await accounts()).signedInSchema;
const acceptedSchema = async () => (await accounts()).acceptedSchema;
const meSchema = async () => (await accounts()).meSchema;

export const meKey = ['me'] as const;

/** The logged-in person, or null when nobody is logged in (asked without a failing request). */
export async function fetchMe(lang: Lang, signal?: AbortSignal): Promise<Me | null> {
  return (await getJson('/api/v1/me/signed-in', lang, signedInSchema, signal)).user;
}

// The answer is the same in every language, so the key leaves the language out.
export function meQuery(lang: Lang) {
  return queryOptions({
    queryKey: meKey,
    queryFn: ({ signal }) => fetchMe(lang, signal),
    // Roles and sessions change rarely but matter: look again after a minute.
    staleTime: 60 * 1000,
  });
}

export interface RegisterInput {
  email: string;
  password: string;
  name: string;
  lang: Lang;
}

/** An answer without a body (204). */
export const noContent = async () => (await import('zod')).z.undefined();

export const authApi = {
  register: (lang: Lang, body: RegisterInput) =>
    sendJson('POST', '/api/v1/auth/register', lang, body, acceptedSchema),
  verify: (lang: Lang, token: string) =>
    sendJson('POST', '/api/v1/auth/verify', lang, { token }, acceptedSchema),
  confirmEmail: (lang: Lang, token: string) =>
    sendJson('POST', '/api/v1/auth/confirm-email', lang, { token }, acceptedSchema),
  login: (lang: Lang, body: { email: string; password: string }) =>
    sendJson('POST', '/api/v1/auth/login', lang, body, meSchema),
  logout: (lang: Lang) => sendJson('POST', '/api/v1/auth/logout', lang, {}, noContent),
  forgotPassword: (lang: Lang, email: string) =>
    sendJson('POST', '/api/v1/auth/forgot-password', lang, { email }, acceptedSchema),
  resetPassword: (lang: Lang, body: { token: string; password: string }) =>
    sendJson('POST', '/api/v1/auth/reset-password', lang, body, acceptedSchema),
  setup: (lang: Lang, body: { token: string; email: string; password: string; name: string }) =>
    sendJson('POST', '/api/v1/auth/setup', lang, body, meSchema),
};
