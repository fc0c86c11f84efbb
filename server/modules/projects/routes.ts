import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { languages } from '../../../common/languages.js';
import { errorSchema } from '../../../common/schemas/error.js';
import { restoreBodySchema } from '../../../common/schemas/organisations.js';
import { pageSchema } from '../../../common/schemas/primitives.js';
import {
  projectDataSchema,
  projectDecisionBodySchema,
  projectDetailSchema,
  projectFiltersSchema,
  projectHistorySchema,
  projectRequestListSchema,
  projectSearchQuerySchema,
  projectSearchResultSchema,
  projectSorts,
  updateProjectBodySchema,
} from '../../../common/schemas/projects.js';
import { helsinkiDate } from '../../export/dates.js';
import { exportFileName, exportFormats, sendExport } from '../../export/table.js';
import { acceptLogos, imageBody, sendLogo } from '../../images/logo.js';
import { requestMeta, requireCaller } from '../../plugins/session.js';
import { exportProjects, fileWords } from './export.js';
import { deleteProjectLogo, getProjectLogo, putProjectLogo } from './logo.service.js';
import { decideProjectRequest, listProjectRequests } from './moderation.service.js';
import { searchProjects } from './search.js';
import * as service from './service.js';

const tags = ['projects'];
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const idParams = z.object({ id: z.uuid() });

export const projectRoutes: FastifyPluginAsyncZod<{ baseUrl: string }> = async (
  app,
  { baseUrl },
) => {
  // Logos arrive as the raw image; anything else than these types is 415.
  acceptLogos(app);

  app.put(
    '/projects/:id/logo',
    {
      schema: {
        tags,
        summary: 'Upload the logo (PNG, JPEG or WebP, at most 512 KiB, sent as the raw body)',
        params: idParams,
        response: { 204: z.null(), 413: errorSchema, 415: errorSchema, ...errors },
      },
    },
    async (req, reply) => {
      const caller = requireCaller(req, { write: true });
      await putProjectLogo(app.db, requestMeta(req), caller, req.params.id, imageBody(req.body));
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/projects/:id/logo',
    {
      schema: {
        tags,
        summary: 'Remove the logo',
        params: idParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      const caller = requireCaller(req, { write: true });
      await deleteProjectLogo(app.db, requestMeta(req), caller, req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/projects/:id/logo',
    { schema: { tags, summary: 'The logo image', params: idParams } },
    async (req, reply) => sendLogo(reply, await getProjectLogo(app.db, req.caller, req.params.id)),
  );

  app.get(
    '/projects',
    {
      schema: {
        tags,
        summary: 'Search published projects',
        description:
          "The directory's text search: every word of `q` must be found, in any inflected form, in the titles (weighed most), descriptions or tags (EURA code, themes, regions) in any of the three languages. With `q` the order is relevance unless `sort` says otherwise; without, the title. Filters take comma-separated values; facet counts apply every filter but their own. `partner` lists the projects of one organisation; `activeFrom`/`activeTo` keep the projects active on some day of the period.",
        querystring: projectSearchQuerySchema,
        response: { 200: projectSearchResultSchema, 400: errorSchema },
      },
    },
    (req) => searchProjects(app.db, req.query),
  );

  app.get(
    '/projects/export',
    {
      schema: {
        tags,
        summary: 'Export the projects of a search as CSV, XLSX or JSON',
        description:
          'The same parameters as the search (without paging); at most 100 000 rows. For programs: csv (codes, comma or `delimiter=semicolon`) and json. For people: xlsx and excel-csv (semicolons, byte order mark, CRLF), with headings, names of codes and dates in the language asked. Cells that a spreadsheet would run as a formula start with an apostrophe. Contact persons are not exported.',
        querystring: projectFiltersSchema.extend({
          sort: z.enum(projectSorts).optional(),
          format: z.enum(exportFormats).default('csv'),
          lang: z.enum(languages).optional(),
          delimiter: z.enum(['comma', 'semicolon']).default('comma'),
        }),
      },
    },
    (req, reply) => {
      const { format, delimiter, lang: asked, ...filters } = req.query;
      const lang = asked ?? req.lang;
      const q = { ...filters, page: 1, pageSize: 100, facets: 'false' as const };
      return sendExport(
        reply,
        format,
        exportFileName(format, lang, fileWords, helsinkiDate(new Date())),
        exportProjects(app.db, q, format, lang, baseUrl, delimiter === 'semicolon' ? ';' : ','),
      );
    },
  );

  app.post(
    '/projects',
    {
      schema: {
        tags,
        summary:
          'Propose a project (representatives of the lead organisation); coordinators of its regions publish at once',
        body: projectDataSchema,
        response: { 201: projectDetailSchema, 409: errorSchema, ...errors },
      },
    },
    async (req, reply) => {
      const caller = requireCaller(req, { write: true });
      const created = await service.createProject(app.db, requestMeta(req), caller, req.body);
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/projects/requests',
    {
      schema: {
        tags,
        summary: 'Project proposals for the coordinator’s regions',
        querystring: z.object({
          state: z.enum(['pending', 'approved', 'rejected']).default('pending'),
          page: pageSchema,
        }),
        response: { 200: projectRequestListSchema, ...errors },
      },
    },
    (req) => listProjectRequests(app.db, requireCaller(req), req.query),
  );

  app.post(
    '/projects/requests/:id',
    {
      schema: {
        tags,
        summary: 'Approve (publish) or reject a proposed project',
        params: idParams,
        body: projectDecisionBodySchema,
        response: {
          200: z.object({ id: z.uuid(), state: z.enum(['approved', 'rejected']) }),
          ...errors,
        },
      },
    },
    (req) =>
      decideProjectRequest(
        app.db,
        requestMeta(req),
        requireCaller(req, { write: true }),
        baseUrl,
        req.params.id,
        req.body,
      ),
  );

  app.get(
    '/projects/:id',
    {
      schema: {
        tags,
        summary: 'One project (published, or one the caller’s organisation leads or moderates)',
        params: idParams,
        response: { 200: projectDetailSchema, ...errors },
      },
    },
    (req) => service.getProject(app.db, req.caller, req.params.id),
  );

  app.patch(
    '/projects/:id',
    {
      schema: {
        tags,
        summary:
          'Change a project (representatives of the lead organisation, coordinators); 409 on a stale version',
        description:
          'Send the fields to change and the version they are based on. Objects and lists are replaced whole. A change that changes nothing keeps the version.',
        params: idParams,
        body: updateProjectBodySchema,
        response: { 200: projectDetailSchema, 409: errorSchema, ...errors },
      },
    },
    (req) =>
      service.updateProject(
        app.db,
        requestMeta(req),
        requireCaller(req, { write: true }),
        req.params.id,
        req.body,
      ),
  );

  app.get(
    '/projects/:id/history',
    {
      schema: {
        tags,
        summary: 'Revisions of a project, newest first, with what changed',
        params: idParams,
        response: { 200: projectHistorySchema, ...errors },
      },
    },
    (req) => service.getHistory(app.db, req.caller, req.params.id),
  );

  app.post(
    '/projects/:id/restore',
    {
      schema: {
        tags,
        summary: 'Restore an earlier revision (coordinators)',
        params: idParams,
        body: restoreBodySchema,
        response: { 200: projectDetailSchema, 409: errorSchema, ...errors },
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
};
