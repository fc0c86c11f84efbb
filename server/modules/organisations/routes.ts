import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { languages } from '../../../common/languages.js';
import { tokenBodySchema } from '../../../common/schemas/accounts.js';
import { errorSchema } from '../../../common/schemas/error.js';
import {
  createOrganisationBodySchema,
  historySchema,
  mergeBodySchema,
  organisationDetailSchema,
  organisationLimits,
  organisationSearchQuerySchema,
  organisationSearchResultSchema,
  registryOverviewSchema,
  restoreBodySchema,
  similarListSchema,
  suggestionsQuerySchema,
  suggestionsSchema,
  unconfirmedListSchema,
  updateOrganisationBodySchema,
} from '../../../common/schemas/organisations.js';
import { pageSchema, text } from '../../../common/schemas/primitives.js';
import { helsinkiDate } from '../../export/dates.js';
import { exportFileName, exportFormats, sendExport } from '../../export/table.js';
import { acceptLogos, imageBody, sendLogo } from '../../images/logo.js';
import { requestMeta, requireCaller } from '../../plugins/session.js';
import { exportStream } from './export.js';
import { fileWords } from './export-columns.js';
import * as freshness from './freshness.service.js';
import { deleteLogo, getLogo, putLogo } from './logo.service.js';
import { mergeOrganisations } from './merge.service.js';
import { registryOverview, searchOrganisations, suggest } from './search.js';
import * as service from './service.js';

const tags = ['organisations'];

/**
 * The directory's hottest routes answer with JSON.stringify: their results are built from typed
 * code (the summaries of search-source.ts), and checking a result of 20 summaries and 13 facet
 * lists against its zod schema again took a tenth of each search. The schemas still document
 * the answers (OpenAPI) and type them.
 */
const plainJson = () => (data: unknown) => JSON.stringify(data);
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const idParams = z.object({ id: z.uuid() });

export const organisationRoutes: FastifyPluginAsyncZod<{ baseUrl: string }> = async (
  app,
  { baseUrl },
) => {
  // Logos arrive as the raw image; anything else than these types is 415.
  acceptLogos(app);

  app.get(
    '/organisations/export',
    {
      schema: {
        tags,
        summary: 'Export the current search result as CSV, XLSX or JSON',
        description: `The same parameters as the search (without paging); at most 100 000 rows. For programs: csv (UTF-8 with a byte order mark, comma or \`delimiter=semicolon\`, column keys as headings, codes) and json. For people: xlsx and excel-csv (semicolons, byte order mark, CRLF), with headings, names of codes and dates (Europe/Helsinki) in the language asked; they import back unchanged. Cells that a spreadsheet would run as a formula start with an apostrophe.`,
        querystring: organisationSearchQuerySchema
          .omit({ page: true, pageSize: true, facets: true })
          .extend({
            format: z.enum(exportFormats).default('csv'),
            lang: z.enum(languages).optional(),
            delimiter: z.enum(['comma', 'semicolon']).default('comma'),
          }),
      },
    },
    (req, reply) => {
      const { format, delimiter, lang: asked, ...q } = req.query;
      const lang = asked ?? req.lang;
      return sendExport(
        reply,
        format,
        exportFileName(format, lang, fileWords, helsinkiDate(new Date())),
        exportStream(
          app.db,
          { ...q, page: 1, pageSize: 1, facets: 'false' },
          format,
          lang,
          baseUrl,
          delimiter === 'semicolon' ? ';' : ',',
        ),
      );
    },
  );

  app.put(
    '/organisations/:id/logo',
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
      await putLogo(app.db, requestMeta(req), caller, req.params.id, imageBody(req.body));
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/organisations/:id/logo',
    {
      schema: {
        tags,
        summary: 'Remove the logo',
        params: idParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await deleteLogo(
        app.db,
        requestMeta(req),
        requireCaller(req, { write: true }),
        req.params.id,
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/organisations/:id/logo',
    {
      schema: {
        tags,
        summary: 'The logo image',
        params: idParams,
      },
    },
    async (req, reply) => {
      return sendLogo(reply, await getLogo(app.db, req.caller, req.params.id));
    },
  );

  app.get(
    '/organisations',
    {
      schema: {
        tags,
        summary: 'Search the directory of published organisations',
        description:
          'Text search over names, descriptions and tags in Finnish, Swedish and English (inflected forms, missing accents and small typos match), filters, facet counts, sorting and pagination. List filters take comma-separated values.',
        querystring: organisationSearchQuerySchema,
        response: { 200: organisationSearchResultSchema, 400: errorSchema },
      },
      serializerCompiler: plainJson,
    },
    (req) => searchOrganisations(app.db, req.query),
  );

  app.get(
    '/organisations/overview',
    {
      schema: {
        tags,
        summary: 'The registry at a glance: counts and the latest additions',
        response: { 200: registryOverviewSchema },
      },
      serializerCompiler: plainJson,
    },
    () => registryOverview(app.db),
  );

  app.get(
    '/organisations/suggestions',
    {
      schema: {
        tags,
        summary: 'Type-ahead suggestions for the search box',
        description:
          'Published organisations whose names have words starting like the typed text (the last word as typed so far), and glossary terms in the given language that start like it.',
        querystring: suggestionsQuerySchema,
        response: { 200: suggestionsSchema, 400: errorSchema },
      },
      serializerCompiler: plainJson,
    },
    (req) => suggest(app.db, req.query.q, req.query.lang),
  );

  app.post(
    '/organisations',
    {
      schema: {
        tags,
        summary: 'Propose an organisation (coordinators publish at once)',
        body: createOrganisationBodySchema,
        response: { 201: organisationDetailSchema, 409: errorSchema, ...errors },
      },
    },
    async (req, reply) => {
      const caller = requireCaller(req, { write: true });
      const created = await service.createOrganisation(app.db, requestMeta(req), caller, req.body);
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/organisations/similar',
    {
      schema: {
        tags,
        summary: 'Possible duplicates: similar names in a municipality',
        querystring: z.object({
          name: text(organisationLimits.name),
          municipality: z
            .string()
            .regex(/^\d{3}$/)
            .optional(),
          except: z.uuid().optional(),
        }),
        response: { 200: similarListSchema, ...errors },
      },
    },
    (req) => {
      const q = req.query;
      return service.similarOrganisations(
        app.db,
        requireCaller(req),
        q.name,
        q.municipality ?? null,
        q.except,
      );
    },
  );

  app.get(
    '/organisations/:id',
    {
      schema: {
        tags,
        summary: 'One organisation (published, or one the caller represents or moderates)',
        params: idParams,
        response: { 200: organisationDetailSchema, ...errors },
      },
    },
    (req) => service.getOrganisation(app.db, req.caller, req.params.id),
  );

  app.patch(
    '/organisations/:id',
    {
      schema: {
        tags,
        summary:
          'Change an organisation (representatives and coordinators); 409 on a stale version',
        description:
          'Send the fields to change and the version they are based on. Nested objects (`description`, `criteria`) and lists are replaced whole. A change that changes nothing keeps the version.',
        params: idParams,
        body: updateOrganisationBodySchema,
        response: { 200: organisationDetailSchema, 409: errorSchema, ...errors },
      },
    },
    (req) =>
      service.updateOrganisation(
        app.db,
        requestMeta(req),
        requireCaller(req, { write: true }),
        req.params.id,
        req.body,
      ),
  );

  app.get(
    '/organisations/:id/history',
    {
      schema: {
        tags,
        summary: 'Revisions of an organisation, newest first, with what changed',
        params: idParams,
        response: { 200: historySchema, ...errors },
      },
    },
    (req) => service.getHistory(app.db, req.caller, req.params.id),
  );

  app.post(
    '/organisations/:id/restore',
    {
      schema: {
        tags,
        summary: 'Restore an earlier revision (coordinators)',
        params: idParams,
        body: restoreBodySchema,
        response: { 200: organisationDetailSchema, 409: errorSchema, ...errors },
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

  app.post(
    '/organisations/:id/confirm',
    {
      schema: {
        tags,
        summary: 'Confirm that the profile is still correct',
        params: idParams,
        response: { 200: organisationDetailSchema, ...errors },
      },
    },
    (req) =>
      service.confirmOrganisation(
        app.db,
        requestMeta(req),
        requireCaller(req, { write: true }),
        req.params.id,
      ),
  );

  app.post(
    '/organisations/confirm-link',
    {
      schema: {
        tags,
        summary: 'Confirm a profile with the one-click link of a reminder e-mail',
        body: tokenBodySchema,
        response: {
          200: z.object({ organisationId: z.uuid(), name: z.string() }),
          400: errorSchema,
        },
      },
    },
    (req) => freshness.confirmByLink(app.db, requestMeta(req), req.body.token),
  );

  app.get(
    '/organisations/unconfirmed',
    {
      schema: {
        tags,
        summary: 'Published profiles not confirmed for 12 months (coordinators)',
        querystring: z.object({ page: pageSchema }),
        response: { 200: unconfirmedListSchema, ...errors },
      },
    },
    (req) => freshness.listStale(app.db, requireCaller(req), req.query.page),
  );

  app.post(
    '/organisations/:id/merge',
    {
      schema: {
        tags,
        summary: 'Merge a duplicate into this organisation (coordinators)',
        params: idParams,
        body: mergeBodySchema,
        response: { 200: organisationDetailSchema, 409: errorSchema, ...errors },
      },
    },
    (req) =>
      mergeOrganisations(
        app.db,
        requestMeta(req),
        requireCaller(req, { write: true }),
        req.params.id,
        req.body.duplicateId,
      ),
  );
};
