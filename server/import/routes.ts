/**
 * What the import routes of every module share: files arrive as the raw body (CSV in any of the
 * labels browsers and Excel use, or XLSX), only coordinators and admins import, and a run answers
 * with progress lines (NDJSON) as they happen, ending with the result or why it stopped.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ImportProgress } from '../../common/schemas/import.js';
import type { ProgressRunning } from '../../common/schemas/progress.js';
import { AppError } from '../errors.js';
import type { Caller } from '../modules/accounts/policy.js';
import { requireCaller } from '../plugins/session.js';
import { streamProgress } from '../progress-stream.js';
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
 * Runs an import, streaming its progress lines once it has begun writing (server/progress-stream.ts).
 * An error before the first line is an ordinary error answer (e.g. 400 import_invalid with the
 * report); after it, the last line says the run failed and nothing was written (all or nothing).
 */
export function streamImportRun(
  req: FastifyRequest,
  reply: FastifyReply,
  run: (progress: (p: ImportProgress) => void, signal: AbortSignal) => Promise<Done>,
): Promise<FastifyReply> {
  // The imports send only progress lines through `progress`; the last line is written here.
  return streamProgress(
    req,
    reply,
    (progress, signal) => run((p) => progress(p as ProgressRunning), signal),
    'import (nothing was written)',
  );
}
