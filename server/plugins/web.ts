import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { negotiate } from '@fastify/accept-negotiator';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import {
  defaultLang,
  isLang,
  type Lang,
  languages,
  negotiateLang,
} from '../../common/languages.js';
import { matchPage, type PageId, type PageParams } from '../../common/routes.js';
import { renderHead } from './page-head.js';
import { pageDrawer } from './web-render.js';

/**
 * Serves the built web app: hashed assets with a long cache life, and index.html for every page
 * path, with `<html lang>` set from the URL and status 404 for paths that are no page. `/` redirects
 * by the browser's language. API paths never fall through to the web app.
 */
export interface PageHead {
  /** 404 when the object the page shows does not exist (the page itself says so too). */
  status?: 404;
  /** The object's name for the page title, in the page's language (plain text). */
  title?: string;
  /** A description of the object for search engines and link previews (plain text). */
  description?: string;
  /** Extra markup for the <head> (e.g. JSON-LD), already safe to insert. */
  head?: string;
}

/** What a module knows of one of its pages before the web app draws it; undefined: not its page. */
export type PageHeadProvider = (page: {
  page: PageId;
  lang: Lang;
  params: PageParams;
}) => Promise<PageHead | undefined>;

export interface WebOptions {
  dist: string;
  /** The service's public address, for canonical and alternate links. */
  baseUrl: string;
  /** The modules' page heads, asked in order; the first answer counts. */
  heads?: PageHeadProvider[];
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

const web: FastifyPluginAsync<WebOptions> = async (app, { dist, baseUrl, heads = [] }) => {
  let template: string | undefined;
  try {
    template = await readFile(path.join(dist, 'index.html'), 'utf8');
  } catch {
    app.log.warn({ dist }, 'the web app is not built (run `npm run build`); serving the API only');
  }
  // The built page per language, without the title and description the server writes per page.
  const pages = new Map<Lang, string>(
    languages.map((l) => [
      l,
      (template ?? '')
        .replace(/<html lang="[^"]*"/, `<html lang="${l}"`)
        .replace(/<title>[^<]*<\/title>/, '')
        .replace(/<meta name="description"[^>]*>/, ''),
    ]),
  );

  const drawPage = pageDrawer(app);
  // A listening server (not the tests' in-process apps) loads the page code at once, so the first
  // reader after a start does not wait for it.
  app.addHook('onListen', async () => {
    if (template) {
      drawPage.warm().catch((error: unknown) => {
        app.log.warn({ err: error }, 'loading the page code failed; pages are drawn by browsers');
      });
    }
  });

  if (template) {
    await app.register(fastifyStatic, {
      root: dist,
      prefix: '/',
      wildcard: false,
      index: false,
      // The build writes .br and .gz beside each file (web/vite.config.ts): no compressing per
      // request, and brotli at its best level.
      preCompressed: true,
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

  app.setNotFoundHandler(async (req, reply) => {
    const pathname = req.url.split('?')[0] ?? '/';
    const isPage =
      template &&
      (req.method === 'GET' || req.method === 'HEAD') &&
      !pathname.startsWith('/api/') &&
      pathname !== '/api';
    if (!isPage) return app.replyNoRoute(req, reply);
    const match = matchPage(pathname);
    const first = pathname.split('/')[1];
    const lang = match?.lang ?? (isLang(first) ? first : defaultLang);
    const html = pages.get(lang) ?? '';
    let found: PageHead | undefined;
    for (const provider of match ? heads : []) {
      found = await provider(match as NonNullable<typeof match>).catch((error: unknown) => {
        req.log.warn({ err: error }, 'page head failed; the page is served without it');
        return undefined;
      });
      if (found) break;
    }
    const head =
      renderHead({
        baseUrl,
        lang,
        page: match,
        title: found?.title,
        description: found?.description,
      }) + (found?.head ?? '');
    // The page itself, drawn by the web app on the server; without it, the browser draws it.
    const drawn = await drawPage(req, new URL(req.url, baseUrl)).catch((error: unknown) => {
      req.log.warn({ err: error }, 'drawing the page failed; the browser draws it');
      return undefined;
    });
    const body = drawn
      ? html
          .replace('</head>', `${head}${drawn.styles}</head>`)
          .replace(
            '<div id="root"></div>',
            `<div id="root">${drawn.html}</div><script type="application/json" id="kudos-state">${drawn.state}</script>`,
          )
      : html.replace('</head>', `${head}</head>`);
    reply
      .status(match ? (found?.status ?? 200) : 404)
      .header('cache-control', 'no-cache')
      .header('vary', 'Accept-Encoding')
      .type('text/html; charset=utf-8');
    // Compressed here: the global compression hook covers routes, and a page is the not-found
    // handler's answer. Brotli at level 5 takes about a millisecond for a page, done in libuv's
    // threads so that the process draws the next page meanwhile.
    const encoding = negotiate(req.headers['accept-encoding'] ?? '', ['br', 'gzip']);
    if (encoding === 'br') {
      return reply
        .header('content-encoding', 'br')
        .send(await brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }));
    }
    if (encoding === 'gzip')
      return reply.header('content-encoding', 'gzip').send(await gzipped(body));
    return reply.send(body);
  });
};

export default fp(web, { name: 'web', dependencies: ['errors'] });
