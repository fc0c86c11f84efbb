import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../../common/schemas/error.js';
import {
  createRelationBodySchema,
  relationListQuerySchema,
  relationListSchema,
  relationSchema,
  updateRelationBodySchema,
} from '../../../common/schemas/relations.js';
import { requestMeta, requireCaller } from '../../plugins/session.js';
import * as service from './service.js';

const tags = ['relations'];
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const idParams = z.object({ id: z.uuid() });

/**
 * Typed relations between organisations. Names of the organisations come in the language of
 * Accept-Language (the Finnish name where there is none in that language).
 */
export const relationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/relations',
    {
      schema: {
        tags,
        summary: 'Relations between published organisations',
        description:
          'Confirmed relations, and the proposed ones of organisations the caller acts for (represents or moderates). `organisation` gives one organisation’s relations both ways. Read `from` `type` `to`: "from funds to", "from owns to" (to is its subsidiary), "from was spun off from to"; `partner_of` reads the same both ways.',
        querystring: relationListQuerySchema,
        response: { 200: relationListSchema, 400: errorSchema },
      },
    },
    (req) => service.listRelations(app.db, req.lang, req.caller, req.query),
  );

  app.post(
    '/relations',
    {
      schema: {
        tags,
        summary: 'State a relation (for a side the caller acts for)',
        description:
          'Confirmed at once when the caller acts for both organisations; otherwise proposed until someone acting for the other side confirms it.',
        body: createRelationBodySchema,
        response: { 201: relationSchema, 409: errorSchema, ...errors },
      },
    },
    async (req, reply) => {
      const caller = requireCaller(req, { write: true });
      const created = await service.createRelation(
        app.db,
        requestMeta(req),
        req.lang,
        caller,
        req.body,
      );
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/relations/:id',
    {
      schema: {
        tags,
        summary: 'One relation',
        params: idParams,
        response: { 200: relationSchema, ...errors },
      },
    },
    (req) => service.getRelation(app.db, req.lang, req.caller, req.params.id),
  );

  app.patch(
    '/relations/:id',
    {
      schema: {
        tags,
        summary: 'Change the dates of a relation; 409 on a stale version',
        params: idParams,
        body: updateRelationBodySchema,
        response: { 200: relationSchema, 409: errorSchema, ...errors },
      },
    },
    (req) =>
      service.updateRelation(
        app.db,
        requestMeta(req),
        req.lang,
        requireCaller(req, { write: true }),
        req.params.id,
        req.body,
      ),
  );

  app.post(
    '/relations/:id/confirm',
    {
      schema: {
        tags,
        summary: 'Agree to a proposed relation for the other side',
        params: idParams,
        response: { 200: relationSchema, 409: errorSchema, ...errors },
      },
    },
    (req) =>
      service.confirmRelation(
        app.db,
        requestMeta(req),
        req.lang,
        requireCaller(req, { write: true }),
        req.params.id,
      ),
  );

  app.delete(
    '/relations/:id',
    {
      schema: {
        tags,
        summary: 'Remove a relation (either side)',
        params: idParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await service.deleteRelation(
        app.db,
        requestMeta(req),
        requireCaller(req, { write: true }),
        req.params.id,
      );
      return reply.status(204).send(null);
    },
  );
};
