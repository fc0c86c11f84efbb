import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acceptedSchema,
  changeEmailBodySchema,
  changePasswordBodySchema,
  meSchema,
  sessionListSchema,
  signedInSchema,
  updateMeBodySchema,
} from '../../../common/schemas/accounts.js';
import { errorSchema } from '../../../common/schemas/error.js';
import { requestMeta, requireCaller } from '../../plugins/session.js';
import * as emailChange from './email-change.service.js';
import * as me from './me.service.js';

const tags = ['me'];
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema };
const noContent = { 204: z.null().meta({ description: 'Done; no content' }) };

export const meRoutes: FastifyPluginAsyncZod<{ baseUrl: string }> = async (app, { baseUrl }) => {
  app.post(
    '/me/email',
    {
      schema: {
        tags,
        summary: 'Change the e-mail address: a link is sent to the new one',
        body: changeEmailBodySchema,
        response: { 202: acceptedSchema, ...errors },
      },
    },
    async (req, reply) => {
      const caller = requireCaller(req, { write: true, session: true });
      await emailChange.requestEmailChange(
        app.db,
        requestMeta(req),
        caller,
        baseUrl,
        req.body,
        app.config.authRateLimit,
      );
      return reply.status(202).send({ status: 'accepted' as const });
    },
  );

  app.get(
    '/me/signed-in',
    {
      schema: {
        tags,
        summary: 'Who is signed in: the user, or null when nobody is (never 401)',
        description:
          'For the web app. Like the other /me/… routes it needs a browser session: an API token gets 403 (programs use GET /me).',
        response: { 200: signedInSchema, 403: errorSchema },
      },
    },
    async (req) => {
      if (!req.caller) return { user: null };
      return { user: await me.getMe(app.db, requireCaller(req, { session: true })) };
    },
  );

  app.get(
    '/me',
    {
      schema: {
        tags,
        summary: 'The signed-in user',
        response: { 200: meSchema, 401: errorSchema },
      },
    },
    (req) => me.getMe(app.db, requireCaller(req)),
  );

  app.patch(
    '/me',
    {
      schema: {
        tags,
        summary: 'Change name or preferred language',
        body: updateMeBodySchema,
        response: { 200: meSchema, 409: errorSchema, ...errors },
      },
    },
    (req) => me.updateMe(app.db, requestMeta(req), requireCaller(req, { write: true }), req.body),
  );

  app.post(
    '/me/password',
    {
      schema: {
        tags,
        summary: 'Change the password; the other sessions end',
        body: changePasswordBodySchema,
        response: { ...noContent, ...errors },
      },
    },
    async (req, reply) => {
      const caller = requireCaller(req, { write: true, session: true });
      await me.changePassword(
        app.db,
        requestMeta(req),
        caller,
        req.body.currentPassword,
        req.body.newPassword,
        app.config.authRateLimit,
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me/sessions',
    {
      schema: {
        tags,
        summary: 'Open sessions of the signed-in user',
        response: { 200: sessionListSchema, 401: errorSchema },
      },
    },
    (req) => me.listSessions(app.db, requireCaller(req, { session: true })),
  );

  app.delete(
    '/me/sessions',
    {
      schema: {
        tags,
        summary: 'Log out everywhere (every session ends, this one too)',
        response: { ...noContent, ...errors },
      },
    },
    async (req, reply) => {
      await me.endAllSessions(app.db, requestMeta(req), requireCaller(req, { session: true }));
      return reply.clearSessionCookie().status(204).send(null);
    },
  );
};
