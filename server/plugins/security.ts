import compress from '@fastify/compress';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import helmet from 'helmet';
import { isEmbedPath } from '../../common/embed.js';

/**
 * Security headers and compression. The Content-Security-Policy allows scripts only from our own
 * origin (the built web app has no inline scripts). Styles may be inline because styled-components
 * (used by the Suomi.fi design system) injects <style> elements at run time.
 */
const security: FastifyPluginAsync = async (app) => {
  // Helmet itself, made once: @fastify/helmet made it afresh for every request (parsing the policy
  // each time, 3 % of an autosave's CPU).
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    // The API is same-origin only; nothing needs cross-origin embedding.
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
  app.addHook('onRequest', (req, reply, done) => {
    headers(req.raw, reply.raw, (err?: unknown) => done(err as Error | undefined));
  });
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });

  // Embeddable pages (common/embed.ts) may be framed by any site; every other answer refuses it
  // through both frame-ancestors and X-Frame-Options (for browsers without CSP level 2).
  app.addHook('onSend', async (req, reply) => {
    if (!isEmbedPath(req.url.split('?')[0] ?? '/')) return;
    const csp = reply.getHeader('content-security-policy');
    if (typeof csp === 'string') {
      reply.header(
        'content-security-policy',
        csp.replace("frame-ancestors 'none'", 'frame-ancestors *'),
      );
    }
    reply.removeHeader('x-frame-options');
  });
};

export default fp(security, { name: 'security' });
