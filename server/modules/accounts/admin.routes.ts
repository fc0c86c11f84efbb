import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  auditListSchema,
  auditQuerySchema,
  updateUserBodySchema,
  userListQuerySchema,
  userListSchema,
  userSummarySchema,
} from '../../../common/schemas/accounts.js';
import { errorSchema } from '../../../common/schemas/error.js';
import { requestMeta, requireCaller } from '../../plugins/session.js';
import * as admin from './admin.service.js';

const tags = ['admin'];
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema };

export const adminRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/admin/users',
    {
      schema: {
        tags,
        summary: 'List and search users',
        querystring: userListQuerySchema,
        response: { 200: userListSchema, ...errors },
      },
    },
    (req) => admin.listUsers(app.db, requireCaller(req, { session: true }), req.query),
  );

  app.patch(
    '/admin/users/:id',
    {
      schema: {
        tags,
        summary: "Change a user's role, regions or active state",
        params: z.object({ id: z.string().uuid() }),
        body: updateUserBodySchema,
        response: { 200: userSummarySchema, 404: errorSchema, 409: errorSchema, ...errors },
      },
    },
    (req) =>
      admin.updateUser(
        app.db,
        requestMeta(req),
        requireCaller(req, { write: true, session: true }),
        req.params.id,
        req.body,
      ),
  );

  app.get(
    '/admin/audit',
    {
      schema: {
        tags,
        summary: 'Browse the audit log',
        querystring: auditQuerySchema,
        response: { 200: auditListSchema, ...errors },
      },
    },
    (req) => admin.listAudit(app.db, requireCaller(req, { session: true }), req.query),
  );
};
