import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { type Lang, negotiateLang } from '../../common/languages.js';
import { ClientGoneError } from '../cooperative.js';
import { asWriteWork } from '../db/work.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller's language from Accept-Language (fi by default), used for error messages. */
    lang: Lang;
  }
}

/**
 * A signal that aborts when the client goes away before its answer is complete (so long work, an
 * import or a dry run, stops instead of going on for nobody) or when the process is asked to stop
 * (so it rolls back rather than holding the stop up or being cut off half way).
 */
export function abortSignalOf(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) controller.abort(new ClientGoneError());
  });
  return AbortSignal.any([controller.signal, reply.server.stoppingSignal]);
}

/** Request language and the `x-request-id` response header that matches the log lines. */
const requestContext: FastifyPluginAsync = async (app) => {
  app.decorateRequest('lang', 'fi');
  // A request that changes something uses the database's write connections throughout.
  app.addHook('onRequest', (req, _reply, done) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') done();
    else asWriteWork(done);
  });
  app.addHook('onRequest', async (req, reply) => {
    req.lang = negotiateLang(req.headers['accept-language']);
    reply.header('x-request-id', req.id);
  });
};

export default fp(requestContext, { name: 'request-context' });
