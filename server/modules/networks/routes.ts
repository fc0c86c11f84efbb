import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { languages } from '../../../common/languages.js';
import { errorSchema } from '../../../common/schemas/error.js';
import {
  createNetworkBodySchema,
  networkDetailSchema,
  networkHistorySchema,
  networkMemberBodySchema,
  networkMemberListQuerySchema,
  networkMemberListSchema,
  networkMemberSchema,
  networkSearchQuerySchema,
  networkSearchResultSchema,
  updateNetworkBodySchema,
  updateNetworkMemberBodySchema,
} from '../../../common/schemas/networks.js';
import { restoreBodySchema } from '../../../common/schemas/organisations.js';
import { helsinkiDate } from '../../export/dates.js';
import { exportFileName, exportFormats, sendExport } from '../../export/table.js';
import { requestMeta, requireCaller } from '../../plugins/session.js';
import { exportNetworks, networkFileWords } from './export.js';
import { searchNetworks } from './search.js';
import * as service from './service.js';

const tags = ['networks'];
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const idParams = z.object({ id: z.uuid() });
const memberParams = z.object({ id: z.uuid(), organisationId: z.uuid() });

export const networkRoutes: FastifyPluginAsyncZod<{ baseUrl: string }> = async (
  app,
  { baseUrl },
) => {
  app.get(
    '/networks',
    {
      schema: {
        tags,
        summary: 'Search published networks',
        description:
          "The directory's text search: every word of `q` must be found, in any inflected form, in the names (weighed most), descriptions or tags (kind, regions) in any of the three languages; with `q` the order is relevance unless `sort` says otherwise. Filters take comma-separated values; facet counts apply every filter but their own. `member` lists the networks of one organisation.",
        querystring: networkSearchQuerySchema,
        response: { 200: networkSearchResultSchema, 400: errorSchema },
      },
    },
    (req) => searchNetworks(app.db, req.query),
  );

  app.get(
    '/networks/export',
    {
      schema: {
        tags,
        summary: 'Export the networks of a search as CSV, XLSX or JSON',
        description:
          'The same parameters as the search (without paging). For programs: csv (codes, comma or `delimiter=semicolon`) and json. For people: xlsx and excel-csv (semicolons, byte order mark, CRLF), with headings, names of codes and dates in the language asked. Cells that a spreadsheet would run as a formula start with an apostrophe. Contact persons are not exported.',
        querystring: networkSearchQuerySchema.omit({ page: true, pageSize: true }).extend({
          format: z.enum(exportFormats).default('csv'),
          lang: z.enum(languages).optional(),
          delimiter: z.enum(['comma', 'semicolon']).default('comma'),
        }),
      },
    },
    (req, reply) => {
      const { format, delimiter, lang: asked, ...filters } = req.query;
      const lang = asked ?? req.lang;
      return sendExport(
        reply,
        format,
        exportFileName(format, lang, networkFileWords, helsinkiDate(new Date())),
        exportNetworks(
          app.db,
          filters,
          format,
          lang,
          baseUrl,
          delimiter === 'semicolon' ? ';' : ',',
        ),
      );
    },
  );

  app.post(
    '/networks',
    {
      schema: {
        tags,
        summary: 'Set up a network (coordinators, in the regions they moderate)',
        body: createNetworkBodySchema,
        response: { 201: networkDetailSchema, 409: errorSchema, ...errors },
      },
    },
    async (req, reply) => {
      const caller = requireCaller(req, { write: true });
      const created = await service.createNetwork(app.db, requestMeta(req), caller, req.body);
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/networks/:id',
    {
      schema: {
        tags,
        summary: 'One network',
        params: idParams,
        response: { 200: networkDetailSchema, ...errors },
      },
    },
    (req) => service.getNetwork(app.db, req.caller, req.params.id),
  );

  app.patch(
    '/networks/:id',
    {
      schema: {
        tags,
        summary:
          'Change a network (representatives of its coordinator members, coordinators); 409 on a stale version',
        description:
          'Send the fields to change and the version they are based on. Objects and lists are replaced whole. A change that changes nothing keeps the version.',
        params: idParams,
        body: updateNetworkBodySchema,
        response: { 200: networkDetailSchema, 409: errorSchema, ...errors },
      },
    },
    (req) =>
      service.updateNetwork(
        app.db,
        requestMeta(req),
        requireCaller(req, { write: true }),
        req.params.id,
        req.body,
      ),
  );

  app.delete(
    '/networks/:id',
    {
      schema: {
        tags,
        summary: 'Archive a network (coordinators): it leaves the lists, its history is kept',
        params: idParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await service.archiveNetwork(
        app.db,
        requestMeta(req),
        requireCaller(req, { write: true }),
        req.params.id,
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/networks/:id/history',
    {
      schema: {
        tags,
        summary: 'Every change of a network’s fields, newest first',
        params: idParams,
        response: { 200: networkHistorySchema, ...errors },
      },
    },
    (req) => service.getHistory(app.db, req.caller, req.params.id),
  );

  app.post(
    '/networks/:id/restore',
    {
      schema: {
        tags,
        summary:
          'Put back the fields of an earlier revision (coordinators); 409 on a stale version',
        params: idParams,
        body: restoreBodySchema,
        response: { 200: networkDetailSchema, 409: errorSchema, ...errors },
      },
    },
    (req) =>
      service.restoreRevision(
        app.db,
        requestMeta(req),
        requireCaller(req, { write: true }),
        req.params.id,
        req.body,
      ),
  );

  app.get(
    '/networks/:id/members',
    {
      schema: {
        tags,
        summary: 'The member organisations, coordinators first',
        params: idParams,
        querystring: networkMemberListQuerySchema,
        response: { 200: networkMemberListSchema, ...errors },
      },
    },
    (req) => service.listMembers(app.db, req.caller, req.params.id, req.query),
  );

  app.post(
    '/networks/:id/members',
    {
      schema: {
        tags,
        summary: 'Add a member organisation (a published one; 409 if it is a member already)',
        params: idParams,
        body: networkMemberBodySchema,
        response: { 201: networkMemberSchema, 409: errorSchema, ...errors },
      },
    },
    async (req, reply) => {
      const member = await service.addMember(
        app.db,
        requestMeta(req),
        requireCaller(req, { write: true }),
        req.params.id,
        req.body,
      );
      return reply.status(201).send(member);
    },
  );

  app.patch(
    '/networks/:id/members/:organisationId',
    {
      schema: {
        tags,
        summary: 'Change a member’s role or dates; 409 on a stale version',
        params: memberParams,
        body: updateNetworkMemberBodySchema,
        response: { 200: networkMemberSchema, 409: errorSchema, ...errors },
      },
    },
    (req) =>
      service.updateMember(
        app.db,
        requestMeta(req),
        requireCaller(req, { write: true }),
        req.params.id,
        req.params.organisationId,
        req.body,
      ),
  );

  app.delete(
    '/networks/:id/members/:organisationId',
    {
      schema: {
        tags,
        summary: 'Remove a member organisation',
        params: memberParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await service.removeMember(
        app.db,
        requestMeta(req),
        requireCaller(req, { write: true }),
        req.params.id,
        req.params.organisationId,
      );
      return reply.status(204).send(null);
    },
  );
};
