import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { ServerStoppingError } from '../cooperative.js';
import { AppError } from '../errors.js';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Starts a graceful stop: idle keep-alive connections close now, every response from here on
     * says `Connection: close`, and a request that still arrives gets 503 in the error envelope with
     * `Retry-After`, so a load balancer sends it elsewhere. Call `close()` after it.
     */
    beginShutdown(): void;
    /** Aborted (with ServerStoppingError) when `beginShutdown` is called: long work stops. */
    readonly stoppingSignal: AbortSignal;
  }
}

/** Seconds a client is told to wait before trying again while this process stops. */
export const stoppingRetryAfterSeconds = 5;

const shutdown: FastifyPluginAsync = async (app) => {
  let draining = false;
  const stopping = new AbortController();
  app.decorate('stoppingSignal', stopping.signal);
  app.decorate('beginShutdown', () => {
    if (draining) return;
    draining = true;
    stopping.abort(new ServerStoppingError());
    // Connections with no request in flight would otherwise wait for their keep-alive timeout;
    // one whose answer was already under way (its headers said keep-alive) goes idle later.
    app.server.closeIdleConnections?.();
    const reaper = setInterval(() => app.server.closeIdleConnections?.(), 100).unref();
    app.server.once('close', () => clearInterval(reaper));
  });

  app.addHook('onRequest', async (_req, reply) => {
    if (!draining) return;
    reply.header('retry-after', String(stoppingRetryAfterSeconds));
    throw new AppError('service_unavailable', { reason: 'stopping' });
  });
  app.addHook('onSend', async (req, reply) => {
    // A response finishing while we stop ends its connection, so the server can close.
    if (draining && req.raw.httpVersionMajor < 2) reply.header('connection', 'close');
  });
};

export default fp(shutdown, { name: 'shutdown', dependencies: ['request-context', 'errors'] });
