import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { defaultLang, type Lang, languages, negotiateLang } from '../../common/languages.js';
import { matchPage } from '../../common/routes.js';

/**
 * Serves the built web app: hashed assets with a long cache life, and index.html for every page
 * path, with `<html lang>` set from the URL and status 404 for paths that are no page. `/` redirects
 * by the browser's language. API paths never fall through to the web app.
 */
const web: FastifyPluginAsync<{ dist: string }> = async (app, { dist }) => {
  let template: string | undefined;
  try {
    template = await readFile(path.join(dist, 'index.html'), 'utf8');
  } catch {
    app.log.warn({ dist }, 'the web app is not built (run `npm run build`); serving the API only');
  }
  const pages = new Map<Lang, string>(
    languages.map((l) => [l, (template ?? '').replace(/<html lang="[^"]*"/, `<html lang="${l}"`)]),
  );

  if (template) {
    await app.register(fastifyStatic, {
      root: dist,
      prefix: '/',
      wildcard: false,
      index: false,
      cacheControl: false,
      setHeaders(res, filePath) {
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        res.setHeader(
          'cache-control',
          immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
        );
      },
    });
  }

  app.get('/', { schema: { hide: true } }, (req, reply) => {
    reply.header('vary', 'Accept-Language');
    return reply.redirect(`/${negotiateLang(req.headers['accept-language'])}`, 302);
  });

  app.setNotFoundHandler((req, reply) => {
    const pathname = req.url.split('?')[0] ?? '/';
    const isPage =
      template &&
      (req.method === 'GET' || req.method === 'HEAD') &&
      !pathname.startsWith('/api/') &&
      pathname !== '/api';
    if (!isPage) return app.replyNoRoute(req, reply);
    const match = matchPage(pathname);
    const lang = match?.lang ?? defaultLang;
    return reply
      .status(match ? 200 : 404)
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(pages.get(lang));
  });
};

export default fp(web, { name: 'web', dependencies: ['errors'] });
