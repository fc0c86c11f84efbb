import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { limits } from '../../../common/limits.js';
import {
  apiTokenListSchema,
  createdTokenSchema,
  createTokenBodySchema,
  deleteAccountBodySchema,
} from '../../../common/schemas/accounts.js';
import { errorSchema } from '../../../common/schemas/error.js';
import { requestMeta, requireCaller } from '../../plugins/session.js';
import * as tokens from './api-tokens.service.js';
import * as privacy from './privacy.service.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema };
const noContent = { 204: z.null().meta({ description: 'Done; no content' }) };

/** The caller's API tokens and their personal data (export, deletion). */
export const meDataRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/me/tokens',
    {
      schema: {
        tags: ['me'],
        summary: 'Personal API tokens',
        response: { 200: apiTokenListSchema, ...errors },
      },
    },
    (req) => tokens.listApiTokens(app.db, requireCaller(req, { session: true })),
  );

  app.post(
    '/me/tokens',
    {
      config: {
        // Counted per person (an office behind one address shares nothing), and only once the
        // caller is known: an anonymous call is a 401, never a 429.
        rateLimit: {
          max: limits.tokensPerUserPerHour,
          timeWindow: 3600_000,
          keyGenerator: (req) => (req.caller ? `user:${req.caller.id}` : req.ip),
          allowList: (req) => !req.caller,
        },
      },
      schema: {
        tags: ['me'],
        summary: 'Create a personal API token (the secret is shown only in this answer)',
        body: createTokenBodySchema,
        response: { 201: createdTokenSchema, 429: errorSchema, ...errors },
      },
    },
    async (req, reply) => {
      const caller = requireCaller(req, { session: true });
      return reply
        .status(201)
        .send(await tokens.createApiToken(app.db, requestMeta(req), caller, req.body));
    },
  );

  app.delete(
    '/me/tokens/:id',
    {
      schema: {
        tags: ['me'],
        summary: 'Revoke a personal API token',
        params: z.object({ id: z.string().uuid() }),
        response: { ...noContent, 404: errorSchema, ...errors },
      },
    },
    async (req, reply) => {
      await tokens.revokeApiToken(
        app.db,
        requestMeta(req),
        requireCaller(req, { session: true }),
        req.params.id,
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me/export',
    {
      schema: {
        tags: ['me'],
        summary: 'Download all data about me as JSON',
        response: { 200: z.record(z.string(), z.unknown()), ...errors },
      },
    },
    async (req, reply) => {
      const data = await privacy.exportMyData(app.db, requireCaller(req, { session: true }));
      return reply
        .header('content-disposition', 'attachment; filename="kudos-my-data.json"')
        .send(data);
    },
  );

  app.delete(
    '/me',
    {
      schema: {
        tags: ['me'],
        summary: 'Delete my account (password and confirmation required)',
        body: deleteAccountBodySchema,
        response: { ...noContent, ...errors },
      },
    },
    async (req, reply) => {
      await privacy.deleteMyAccount(
        app.db,
        requireCaller(req, { session: true }),
        req.body.password,
        app.config.authRateLimit,
      );
      return reply.clearSessionCookie().status(204).send(null);
    },
  );
};
