import type {} from '@fastify/rate-limit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acceptedSchema,
  emailOnlyBodySchema,
  loginBodySchema,
  meSchema,
  registerBodySchema,
  resetPasswordBodySchema,
  setupAdminBodySchema,
  tokenBodySchema,
} from '../../../common/schemas/accounts.js';
import { errorSchema } from '../../../common/schemas/error.js';
import { requestMeta, requireCaller } from '../../plugins/session.js';
import * as auth from './auth.service.js';
import { confirmEmailChange } from './email-change.service.js';
import { toMe } from './me.service.js';
import { countPasswordAttempt } from './password-attempts.js';

const tags = ['auth'];
const errors = { 400: errorSchema, 403: errorSchema, 429: errorSchema };
const accepted = { status: 'accepted' as const };

export const authRoutes: FastifyPluginAsyncZod<{ baseUrl: string; rateLimit: number }> = async (
  app,
  { baseUrl, rateLimit },
) => {
  const perAddress = { rateLimit: { max: rateLimit, timeWindow: 60_000 } };
  const ctx = (req: Parameters<typeof requestMeta>[0]) => ({
    db: app.db,
    meta: requestMeta(req),
    baseUrl,
  });

  app.post(
    '/auth/register',
    {
      config: perAddress,
      schema: {
        tags,
        summary: 'Register; a verification link is e-mailed (same answer for a taken address)',
        body: registerBodySchema,
        response: { 202: acceptedSchema, ...errors },
      },
    },
    async (req, reply) => {
      await auth.register(ctx(req), req.body);
      return reply.status(202).send(accepted);
    },
  );

  app.post(
    '/auth/verify',
    {
      config: perAddress,
      schema: {
        tags,
        summary: 'Verify an e-mail address with the link token',
        body: tokenBodySchema,
        response: { 200: acceptedSchema, ...errors },
      },
    },
    async (req) => {
      await auth.verifyEmail(ctx(req), req.body.token);
      return accepted;
    },
  );

  app.post(
    '/auth/confirm-email',
    {
      config: perAddress,
      schema: {
        tags,
        summary: 'Confirm a new e-mail address with the link token',
        body: tokenBodySchema,
        response: { 200: acceptedSchema, ...errors },
      },
    },
    async (req) => {
      await confirmEmailChange(app.db, requestMeta(req), req.body.token);
      return accepted;
    },
  );

  app.post(
    '/auth/login',
    {
      config: perAddress,
      // Per account as well as per address: guessing one account's password from many addresses
      // is slow too, and the password checks of signed-in people count against the same limit.
      preHandler: async (req) => {
        await countPasswordAttempt(app.db, (req.body as { email: string }).email, rateLimit);
      },
      schema: {
        tags,
        summary: 'Log in; sets the session cookie',
        body: loginBodySchema,
        response: { 200: meSchema, 401: errorSchema, ...errors },
      },
    },
    async (req, reply) => {
      const { token, user } = await auth.login(ctx(req), req.body.email, req.body.password);
      reply.setSessionCookie(token);
      return toMe(user, []);
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        tags,
        summary: 'Log out of this session',
        response: { 204: z.null(), 401: errorSchema, 403: errorSchema },
      },
    },
    async (req, reply) => {
      const caller = requireCaller(req);
      if (caller.sessionId) await auth.logout(ctx(req), caller.id, caller.sessionId);
      return reply.clearSessionCookie().status(204).send(null);
    },
  );

  app.post(
    '/auth/forgot-password',
    {
      config: perAddress,
      schema: {
        tags,
        summary: 'E-mail a password reset link (same answer for an unknown address)',
        body: emailOnlyBodySchema,
        response: { 202: acceptedSchema, ...errors },
      },
    },
    async (req, reply) => {
      await auth.requestPasswordReset(ctx(req), req.body.email);
      return reply.status(202).send(accepted);
    },
  );

  app.post(
    '/auth/reset-password',
    {
      config: perAddress,
      schema: {
        tags,
        summary: 'Set a new password with a reset link token; ends every session',
        body: resetPasswordBodySchema,
        response: { 200: acceptedSchema, ...errors },
      },
    },
    async (req, reply) => {
      await auth.resetPassword(ctx(req), req.body.token, req.body.password);
      return reply.clearSessionCookie().send(accepted);
    },
  );

  app.post(
    '/auth/setup',
    {
      config: perAddress,
      schema: {
        tags,
        summary: 'Create the first admin with the link printed at start',
        body: setupAdminBodySchema,
        response: { 200: meSchema, 409: errorSchema, ...errors },
      },
    },
    async (req, reply) => {
      const { token, user } = await auth.setupFirstAdmin(ctx(req), req.body);
      reply.setSessionCookie(token);
      return toMe(user, []);
    },
  );
};
