import { PassThrough } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorMessage } from '../../../common/errors.js';
import { errorSchema } from '../../../common/schemas/error.js';
import {
  type ImportProgress,
  importPreviewQuerySchema,
  importPreviewSchema,
  importQuerySchema,
  importReportSchema,
} from '../../../common/schemas/organisation-import.js';
import { ClientGoneError, ServerStoppingError } from '../../cooperative.js';
import { AppError } from '../../errors.js';
import { abortSignalOf } from '../../plugins/request-context.js';
import { requestMeta, requireCaller } from '../../plugins/session.js';
import { dryRunImport, runImport } from './import.service.js';
import { importBytesLimit } from './import-file.js';
import { previewImport } from './import-rows.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };

/** Importing organisations from CSV or XLSX files: preview, dry run, the import itself. */
export const organisationImportRoutes: FastifyPluginAsyncZod = async (app) => {
  // Import files arrive as the raw body too: CSV (any of the labels browsers and Excel use) or XLSX.
  app.addContentTypeParser(
    [
      'text/csv',
      'text/plain',
      'application/csv',
      'application/vnd.ms-excel',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/octet-stream',
    ],
    { parseAs: 'buffer', bodyLimit: importBytesLimit },
    (_req, body, done) => done(null, body),
  );
  const fileBody = (body: unknown): Buffer => {
    if (!Buffer.isBuffer(body)) throw new AppError('unsupported_media_type');
    return body;
  };
  const importer = (req: Parameters<typeof requireCaller>[0]) => {
    const caller = requireCaller(req, { write: true });
    if (caller.role !== 'admin' && caller.role !== 'coordinator') throw new AppError('forbidden');
    return caller;
  };

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
      importer(req);
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
        importer(req),
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
    async (req, reply) => {
      const caller = importer(req);
      const bytes = fileBody(req.body);
      const signal = abortSignalOf(reply);
      let stream: PassThrough | undefined;
      const write = (p: ImportProgress) => {
        if (!stream) {
          stream = new PassThrough();
          reply.type('application/x-ndjson; charset=utf-8').header('cache-control', 'no-store');
          void reply.send(stream);
        }
        stream.write(`${JSON.stringify(p)}\n`);
      };
      try {
        const result = await runImport(
          app.db,
          requestMeta(req),
          caller,
          { bytes, encoding: req.query.encoding },
          req.query.mapping,
          req.lang,
          write,
          signal,
        );
        write({ state: 'done', ...result });
        stream?.end();
      } catch (err) {
        if (!stream) throw err;
        if (signal.reason instanceof ClientGoneError) {
          req.log.info('import stopped: the client went away; nothing was written');
          stream.destroy();
          return reply;
        }
        const code =
          err instanceof AppError
            ? err.code
            : err instanceof ServerStoppingError
              ? 'service_unavailable'
              : 'internal_error';
        if (code === 'internal_error') req.log.error({ err }, 'import failed after it started');
        else req.log.info({ code }, 'import stopped; nothing was written');
        stream.end(
          `${JSON.stringify({ state: 'failed', message: errorMessage(code, req.lang) })}\n`,
        );
      }
      return reply;
    },
  );
};
