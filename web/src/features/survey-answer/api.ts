import type { Lang } from '../../../../common/languages.js';
import { sendJson } from '../../app/api-client.js';

// The schemas (and zod) come with the first answer, not with the page's code.
const schemas = () => import('../../../../common/schemas/surveys.js');
const answeringSchema = async () => (await schemas()).answeringSchema;
const savedSchema = async () => (await schemas()).savedResponseSchema;

/**
 * Answering by an invitation's link. The token goes in the body of each request, never in an API
 * address that a log could keep.
 */
export const answerApi = {
  open: (lang: Lang, token: string) =>
    sendJson('POST', '/api/v1/surveys/answer/open', lang, { token }, answeringSchema),
  save: (
    lang: Lang,
    token: string,
    answers: Record<string, unknown>,
    version: number | undefined,
  ) =>
    sendJson(
      'PUT',
      '/api/v1/surveys/answer',
      lang,
      { token, answers, lang, ...(version === undefined ? {} : { version }) },
      savedSchema,
    ),
  submit: (lang: Lang, token: string) =>
    sendJson('POST', '/api/v1/surveys/answer/submit', lang, { token, lang }, savedSchema),
};
