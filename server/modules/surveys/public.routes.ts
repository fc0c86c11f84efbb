import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../../common/schemas/error.js';
import {
  answeringSchema,
  publicAnswerBodySchema,
  publicSubmitBodySchema,
  savedResponseSchema,
  savedStateSchema,
} from '../../../common/schemas/surveys.js';
import { newToken } from '../accounts/tokens.js';
import * as publicAnswers from './public.service.js';

const answering = ['surveys'];
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };

/** Anonymous answering of public rounds (the coordinators' routes are in routes.ts). */
export const publicAnswerRoutes: FastifyPluginAsyncZod<{ baseUrl: string }> = async (
  app,
  { baseUrl },
) => {
  // Anonymous answering of a public round: the browser's random id in a cookie of its own, sent
  // only to these calls; new respondents and saves are limited per address.
  const secure = baseUrl.startsWith('https://');
  const cookiePath = '/api/v1/surveys/public';
  const respondentOf = (req: { cookies: Record<string, string | undefined> }) => {
    const id = req.cookies[publicAnswers.respondentCookie];
    return id && /^[\w-]{20,100}$/.test(id) ? id : null;
  };
  const ensureRespondent = (
    req: { cookies: Record<string, string | undefined> },
    reply: { setCookie: (name: string, value: string, options: object) => unknown },
  ) => {
    const known = respondentOf(req);
    if (known) return known;
    const id = newToken();
    reply.setCookie(publicAnswers.respondentCookie, id, {
      httpOnly: true,
      sameSite: 'lax',
      secure,
      path: cookiePath,
      maxAge: 400 * 24 * 3600,
    });
    return id;
  };
  const publicParams = z.object({ id: z.uuid() });
  const limited = (max: number) => ({ rateLimit: { max, timeWindow: 60_000 } });

  app.post(
    '/surveys/public/:id/open',
    {
      config: limited(60),
      schema: {
        tags: answering,
        summary: 'A public round’s survey, with this browser’s answers so far',
        description:
          'Anyone may answer a public round, anonymously and once per browser: the browser gets a cookie with a random id (nothing else is kept of the respondent). 404 `round_not_found` for any round that is not public.',
        params: publicParams,
        response: { 200: answeringSchema, 400: errorSchema, 404: errorSchema, 429: errorSchema },
      },
    },
    (req, reply) => publicAnswers.openPublic(app.db, req.params.id, ensureRespondent(req, reply)),
  );

  app.put(
    '/surveys/public/:id',
    {
      config: limited(240),
      schema: {
        tags: answering,
        summary: 'Save this browser’s answers to a public round so far (autosave)',
        description:
          'As `PUT /surveys/answer`: 400 per question, 409 `round_closed`, `response_submitted`, `version_conflict`.',
        params: publicParams,
        body: publicAnswerBodySchema,
        response: { 200: savedStateSchema, ...errors, 409: errorSchema, 429: errorSchema },
      },
    },
    (req, reply) =>
      publicAnswers.savePublic(app.db, req.params.id, ensureRespondent(req, reply), req.body),
  );

  app.post(
    '/surveys/public/:id/submit',
    {
      config: limited(60),
      schema: {
        tags: answering,
        summary: 'Submit this browser’s answers to a public round',
        params: publicParams,
        body: publicSubmitBodySchema,
        response: { 200: savedResponseSchema, ...errors, 409: errorSchema, 429: errorSchema },
      },
    },
    (req, reply) =>
      publicAnswers.submitPublic(app.db, req.params.id, ensureRespondent(req, reply), req.body),
  );
};
