import { PassThrough } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorMessage } from '../common/errors.js';
import type { ProgressRunning } from '../common/schemas/progress.js';
import { ClientGoneError, ServerStoppingError } from './cooperative.js';
import { AppError } from './errors.js';
import { abortSignalOf } from './plugins/request-context.js';

/**
 * Runs long work and answers with its progress as it happens (application/x-ndjson, the lines of
 * common/schemas/progress.ts): progress lines once it has begun, then `done` with its result, or
 * `failed` with why it stopped. An error before the first line is an ordinary error answer (e.g.
 * 400 with the report); after it, the last line says the run failed. `signal` tells the work that
 * the client went away or the server is stopping. `what` names the work in the log.
 */
export async function streamProgress<Done extends object>(
  req: FastifyRequest,
  reply: FastifyReply,
  run: (progress: (p: ProgressRunning) => void, signal: AbortSignal) => Promise<Done>,
  what: string,
): Promise<FastifyReply> {
  const signal = abortSignalOf(reply);
  let stream: PassThrough | undefined;
  const write = (line: object) => {
    if (!stream) {
      stream = new PassThrough();
      reply.type('application/x-ndjson; charset=utf-8').header('cache-control', 'no-store');
      void reply.send(stream);
    }
    stream.write(`${JSON.stringify(line)}\n`);
  };
  try {
    const result = await run(write, signal);
    write({ state: 'done', ...result });
    stream?.end();
  } catch (err) {
    if (!stream) throw err;
    if (signal.reason instanceof ClientGoneError) {
      req.log.info(`${what} stopped: the client went away`);
      stream.destroy();
      return reply;
    }
    const code =
      err instanceof AppError
        ? err.code
        : err instanceof ServerStoppingError
          ? 'service_unavailable'
          : 'internal_error';
    if (code === 'internal_error') req.log.error({ err }, `${what} failed after it started`);
    else req.log.info({ code }, `${what} stopped`);
    stream.end(`${JSON.stringify({ state: 'failed', message: errorMessage(code, req.lang) })}\n`);
  }
  return reply;
}

/** Does the client ask for the progress lines (its Accept names application/x-ndjson)? */
export const wantsProgress = (req: FastifyRequest) =>
  /application\/x-ndjson/i.test(req.headers.accept ?? '');
