import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema } from '../../../common/schemas/error.js';
import {
  importPreviewQuerySchema,
  importPreviewSchema,
  importQuerySchema,
  importReportSchema,
} from '../../../common/schemas/organisation-import.js';
import {
  acceptImportFiles,
  fileBody,
  requireImporter,
  streamImportRun,
} from '../../import/routes.js';
import { abortSignalOf } from '../../plugins/request-context.js';
import { requestMeta } from '../../plugins/session.js';
import { dryRunImport, runImport } from './import.service.js';
import { previewImport } from './import-rows.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };

/** Importing organisations from CSV or XLSX files: preview, dry run, the import itself. */
export const organisationImportRoutes: FastifyPluginAsyncZod = async (app) => {
  acceptImportFiles(app);

  app.post(
    '/organisations/import/preview',
    {
      schema: {
        tags: ['import'],
        summary:
          'Read an import file (CSV or XLSX as the raw body): columns, a suggested mapping, a sample',
        querystring: importPreviewQuerySchema,
        response: { 200: importPreviewSchema, ...errors },
      },
    },
    (req) => {
      requireImporter(req);
      return previewImport(fileBody(req.body), req.query.encoding);
    },
  );

  app.post(
    '/organisations/import/dry-run',
    {
      schema: {
        tags: ['import'],
        summary:
          'Check an import without writing: every error by row and column, what would be created or updated',
        querystring: importQuerySchema,
        response: { 200: importReportSchema, ...errors },
      },
    },
    (req, reply) =>
      dryRunImport(
        app.db,
        requireImporter(req),
        { bytes: fileBody(req.body), encoding: req.query.encoding },
        req.query.mapping,
        req.lang,
        abortSignalOf(reply),
      ),
  );

  app.post(
    '/organisations/import',
    {
      // Progress lines must reach the client as they happen, not when a compressor's buffer fills.
      compress: false,
      schema: {
        tags: ['import'],
        summary:
          'Import in one transaction (all or nothing), answering with progress lines (NDJSON)',
        description:
          'When any row has an error, nothing is written and the answer is 400 import_invalid with the report in details.report. Otherwise the answer streams lines {"state":"running","processed","total"} and ends with {"state":"done","created","updated","total"} (or {"state":"failed"}).',
        querystring: importQuerySchema,
      },
    },
    (req, reply) => {
      const caller = requireImporter(req);
      const bytes = fileBody(req.body);
      return streamImportRun(req, reply, (progress, signal) =>
        runImport(
          app.db,
          requestMeta(req),
          caller,
          { bytes, encoding: req.query.encoding },
          req.query.mapping,
          req.lang,
          progress,
          signal,
        ),
      );
    },
  );
};
