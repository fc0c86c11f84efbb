import { queryOptions } from '@tanstack/react-query';
import type { Lang } from '../../../../common/languages.js';
import { getJson, sendJson } from '../../app/api-client.js';

// The schemas (and zod) come with the first answer, not with the page's code.
const schemas = () => import('../../../../common/schemas/surveys.js');
const answeringSchema = async () => (await schemas()).answeringSchema;
const savedSchema = async () => (await schemas()).savedResponseSchema;
const savedStateSchema = async () => (await schemas()).savedStateSchema;

const mineSchema = async () => (await schemas()).myInvitationsSchema;
const registrySchema = async () => (await schemas()).registryChangesSchema;

/**
 * Whose response: an invitation link's token (sent in the body of each request, never in an API
 * address that a log could keep), or, for a signed-in representative, the round and organisation.
 */
export type AnswerAccess =
  | { token: string }
  | { roundId: string; organisationId: string }
  /** A public round, answered anonymously (the browser's cookie tells its answers apart). */
  | { publicRound: string };

const publicPath = (roundId: string) => `/api/v1/surveys/public/${encodeURIComponent(roundId)}`;

export const answerApi = {
  open: (lang: Lang, access: AnswerAccess) =>
    'publicRound' in access
      ? sendJson('POST', `${publicPath(access.publicRound)}/open`, lang, {}, answeringSchema)
      : sendJson('POST', '/api/v1/surveys/answer/open', lang, access, answeringSchema),
  save: (
    lang: Lang,
    access: AnswerAccess,
    answers: Record<string, unknown>,
    version: number | undefined,
  ) => {
    const body = { answers, lang, ...(version === undefined ? {} : { version }) };
    return 'publicRound' in access
      ? sendJson('PUT', publicPath(access.publicRound), lang, body, savedStateSchema)
      : sendJson('PUT', '/api/v1/surveys/answer', lang, { ...access, ...body }, savedStateSchema);
  },
  submit: (lang: Lang, access: AnswerAccess) =>
    'publicRound' in access
      ? sendJson('POST', `${publicPath(access.publicRound)}/submit`, lang, { lang }, savedSchema)
      : sendJson('POST', '/api/v1/surveys/answer/submit', lang, { ...access, lang }, savedSchema),
  /** Submitted answers that differ from the organisation's profile. */
  registryChanges: (lang: Lang, access: AnswerAccess) =>
    sendJson('POST', '/api/v1/surveys/answer/registry', lang, access, registrySchema),
  applyRegistryChanges: (lang: Lang, access: AnswerAccess, indicators: string[], version: number) =>
    sendJson(
      'POST',
      '/api/v1/surveys/answer/registry/apply',
      lang,
      { ...access, indicators, version },
      registrySchema,
    ),
};

/** The rounds the signed-in person's organisations are invited to. */
export function myInvitationsQuery(lang: Lang) {
  return queryOptions({
    queryKey: ['surveys', 'mine'],
    queryFn: ({ signal }) => getJson('/api/v1/surveys/mine', lang, mineSchema, signal),
    staleTime: 0,
  });
}

/** The address of an organisation's answers to a round as a file. */
export function answersFile(
  roundId: string,
  organisationId: string,
  format: 'xlsx' | 'excel-csv',
  lang: Lang,
) {
  return `/api/v1/surveys/rounds/${encodeURIComponent(roundId)}/responses/${encodeURIComponent(organisationId)}/export?format=${format}&lang=${lang}`;
}
