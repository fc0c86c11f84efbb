/**
 * What the import routes of every module share: files arrive as the raw body (CSV in any of the
 * labels browsers and Excel use, or XLSX), only coordinators and admins import, and a run answers
 * with progress lines (NDJSON) as they happen, ending with the result or why it stopped.
 */
import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorMessage } from '../../common/errors.js';
import type { ImportProgress } from '../../common/schemas/import.js';
import { ClientGoneError, ServerStoppingError } from '../cooperative.js';
import { AppError } from '../errors.js';
import type { Caller } from '../modules/accounts/policy.js';
import { abortSignalOf } from '../plugins/request-context.js';
import { requireCaller } from '../plugins/session.js';
import { importBytesLimit } from './file.js';

/** Lets the plugin's routes take import files as their raw body (once per plugin). */
export function acceptImportFiles(app: FastifyInstance): void {
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
}

/** The file of a request (415 when it came as something else, e.g. JSON). */
export function fileBody(body: unknown): Buffer {
  if (!Buffer.isBuffer(body)) throw new AppError('unsupported_media_type');
  return body;
}

/** The signed-in coordinator or admin who imports (403 for anyone else). */
export function requireImporter(req: FastifyRequest): Caller {
  const caller = requireCaller(req, { write: true });
  if (caller.role !== 'admin' && caller.role !== 'coordinator') throw new AppError('forbidden');
  return caller;
}

type Done = Omit<Extract<ImportProgress, { state: 'done' }>, 'state'>;

/**
 * Runs an import, streaming its progress lines once it has begun writing. An error before the
 * first line is an ordinary error answer (e.g. 400 import_invalid with the report); after it, the
 * last line says the run failed and nothing was written.
 */
export async function streamImportRun(
  req: FastifyRequest,
  reply: FastifyReply,
  run: (progress: (p: ImportProgress) => void, signal: AbortSignal) => Promise<Done>,
): Promise<FastifyReply> {
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
    const result = await run(write, signal);
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
    stream.end(`${JSON.stringify({ state: 'failed', message: errorMessage(code, req.lang) })}\n`);
  }
  return reply;
}
