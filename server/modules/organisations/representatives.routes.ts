import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { tokenBodySchema } from '../../../common/schemas/accounts.js';
import { errorSchema } from '../../../common/schemas/error.js';
import {
  decisionBodySchema,
  inviteBodySchema,
  memberListSchema,
  memberRoles,
  moderationListSchema,
  myOrganisationsSchema,
  representBodySchema,
} from '../../../common/schemas/organisations.js';
import { pageSchema } from '../../../common/schemas/primitives.js';
import { requestMeta, requireCaller } from '../../plugins/session.js';
import * as members from './members.service.js';
import * as moderation from './moderation.service.js';

const tags = ['organisations'];
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const idParams = z.object({ id: z.uuid() });

/** Who represents an organisation: requests to represent, members, invitations, moderation. */
export const representativeRoutes: FastifyPluginAsyncZod<{ baseUrl: string }> = async (
  app,
  { baseUrl },
) => {
  const ctx = { baseUrl };

  app.post(
    '/organisations/:id/represent',
    {
      schema: {
        tags,
        summary: 'Ask to represent an organisation',
        params: idParams,
        body: representBodySchema,
        response: { 202: z.object({ state: z.literal('pending') }), 409: errorSchema, ...errors },
      },
    },
    async (req, reply) => {
      const caller = requireCaller(req, { write: true });
      const result = await moderation.requestToRepresent(
        app.db,
        requestMeta(req),
        caller,
        req.params.id,
        req.body,
      );
      return reply.status(202).send(result);
    },
  );

  app.get(
    '/me/organisations',
    {
      schema: {
        tags: ['me'],
        summary: 'The organisations the signed-in user represents, with role and state',
        description: 'Like the other /me/… routes it needs a browser session.',
        response: { 200: myOrganisationsSchema, 401: errorSchema, 403: errorSchema },
      },
    },
    (req) => members.myOrganisations(app.db, requireCaller(req, { session: true })),
  );

  app.get(
    '/organisations/:id/members',
    {
      schema: {
        tags,
        summary: 'Representatives of an organisation and open invitations',
        params: idParams,
        response: { 200: memberListSchema, ...errors },
      },
    },
    (req) => members.listMembers(app.db, requireCaller(req), req.params.id),
  );

  app.post(
    '/organisations/:id/invitations',
    {
      schema: {
        tags,
        summary: 'Invite a representative by e-mail (owners and coordinators)',
        params: idParams,
        body: inviteBodySchema,
        response: { 201: memberListSchema, ...errors },
      },
    },
    async (req, reply) => {
      const caller = requireCaller(req, { write: true });
      const list = await members.invite(
        app.db,
        requestMeta(req),
        caller,
        ctx,
        req.params.id,
        req.body,
      );
      return reply.status(201).send(list);
    },
  );

  app.patch(
    '/organisations/:id/members/:userId',
    {
      schema: {
        tags,
        summary: "Change a representative's role, or remove them with role null",
        params: z.object({ id: z.uuid(), userId: z.uuid() }),
        body: z.object({ role: z.enum(memberRoles).nullable() }),
        response: { 200: memberListSchema, 409: errorSchema, ...errors },
      },
    },
    (req) =>
      members.changeMember(
        app.db,
        requestMeta(req),
        requireCaller(req, { write: true }),
        req.params.id,
        req.params.userId,
        req.body.role,
      ),
  );

  app.post(
    '/organisations/invitations/accept',
    {
      schema: {
        tags,
        summary: 'Accept an invitation to represent an organisation',
        body: tokenBodySchema,
        response: { 200: z.object({ organisationId: z.uuid() }), ...errors },
      },
    },
    (req) =>
      members.acceptInvitation(
        app.db,
        requestMeta(req),
        requireCaller(req, { write: true }),
        req.body.token,
      ),
  );

  app.get(
    '/moderation/requests',
    {
      schema: {
        tags: ['moderation'],
        summary: 'Proposals and requests to represent, for coordinators',
        querystring: z.object({
          state: z.enum(['pending', 'approved', 'rejected']).default('pending'),
          page: pageSchema,
        }),
        response: { 200: moderationListSchema, ...errors },
      },
    },
    (req) => moderation.listRequests(app.db, requireCaller(req), req.query),
  );

  app.post(
    '/moderation/requests/:id',
    {
      schema: {
        tags: ['moderation'],
        summary: 'Approve or reject a request (the requester is told by e-mail)',
        params: idParams,
        body: decisionBodySchema,
        response: {
          200: z.object({ id: z.uuid(), state: z.enum(['approved', 'rejected']) }),
          ...errors,
        },
      },
    },
    (req) =>
      moderation.decideRequest(
        app.db,
        requestMeta(req),
        requireCaller(req, { write: true }),
        ctx,
        req.params.id,
        req.body,
      ),
  );
};
