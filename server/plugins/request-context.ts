import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { type Lang, negotiateLang } from '../../common/languages.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller's language from Accept-Language (fi by default), used for error messages. */
    lang: Lang;
  }
}

/** Request language and the `x-request-id` response header that matches the log lines. */
const requestContext: FastifyPluginAsync = async (app) => {
  app.decorateRequest('lang', 'fi');
  app.addHook('onRequest', async (req, reply) => {
    req.lang = negotiateLang(req.headers['accept-language']);
    reply.header('x-request-id', req.id);
  });
};

export default fp(requestContext, { name: 'request-context' });
