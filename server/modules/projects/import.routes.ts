import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema } from '../../../common/schemas/error.js';
import { importPreviewQuerySchema } from '../../../common/schemas/import.js';
import {
  projectImportPreviewSchema,
  projectImportQuerySchema,
  projectImportReportSchema,
} from '../../../common/schemas/project-import.js';
import {
  acceptImportFiles,
  fileBody,
  requireImporter,
  streamImportRun,
} from '../../import/routes.js';
import { abortSignalOf } from '../../plugins/request-context.js';
import { requestMeta } from '../../plugins/session.js';
import { dryRunProjectImport, runProjectImport } from './import.service.js';
import { previewProjectImport } from './import-rows.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const tags = ['import', 'projects'];

/** Importing projects (EURA 2021 records) from CSV or XLSX: preview, dry run, the import itself. */
export const projectImportRoutes: FastifyPluginAsyncZod = async (app) => {
  acceptImportFiles(app);

  app.post(
    '/projects/import/preview',
    {
      schema: {
        tags,
        summary:
          'Read a project import file (CSV or XLSX as the raw body): columns, a suggested mapping, a sample',
        querystring: importPreviewQuerySchema,
        response: { 200: projectImportPreviewSchema, ...errors },
      },
    },
    (req) => {
      requireImporter(req);
      return previewProjectImport(fileBody(req.body), req.query.encoding);
    },
  );

  app.post(
    '/projects/import/dry-run',
    {
      schema: {
        tags,
        summary:
          'Check a project import without writing: every problem by row and column, what would be created or updated, partners not in the registry',
        querystring: projectImportQuerySchema,
        response: { 200: projectImportReportSchema, ...errors },
      },
    },
    (req, reply) =>
      dryRunProjectImport(
        app.db,
        requireImporter(req),
        { bytes: fileBody(req.body), encoding: req.query.encoding },
        req.query.mapping,
        { missingPartners: req.query.missingPartners },
        req.lang,
        abortSignalOf(reply),
      ),
  );

  app.post(
    '/projects/import',
    {
      // Progress lines must reach the client as they happen, not when a compressor's buffer fills.
      compress: false,
      schema: {
        tags,
        summary:
          'Import projects in one transaction (all or nothing), answering with progress lines (NDJSON)',
        description:
          'When any row has a problem, nothing is written and the answer is 400 import_invalid with the report in details.report. Otherwise the answer streams lines {"state":"running","processed","total"} and ends with {"state":"done","created","updated","total"} (or {"state":"failed"}).',
        querystring: projectImportQuerySchema,
      },
    },
    (req, reply) => {
      const caller = requireImporter(req);
      const bytes = fileBody(req.body);
      return streamImportRun(req, reply, (progress, signal) =>
        runProjectImport(
          app.db,
          requestMeta(req),
          caller,
          { bytes, encoding: req.query.encoding },
          req.query.mapping,
          { missingPartners: req.query.missingPartners },
          req.lang,
          progress,
          signal,
        ),
      );
    },
  );
};
