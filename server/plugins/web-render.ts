import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * Draws pages on the server with the web app itself (web/src/entry-server.tsx), so a reader sees
 * the page before its code has arrived and the browser takes it over from there. The page's API
 * requests are answered in-process (`inject`), as the reader: with the reader's cookie, so a
 * signed-in person's page is drawn as theirs.
 */
export interface DrawnPage {
  html: string;
  styles: string;
  state: string;
}

type EntryServer = typeof import('../../web/src/entry-server.js');

export interface DrawPage {
  (req: FastifyRequest, url: URL): Promise<DrawnPage | undefined>;
  /** Loads the web app's code ahead of the first page (compiling it takes seconds). */
  warm(): Promise<void>;
}

export function pageDrawer(app: FastifyInstance): DrawPage {
  const reader = new AsyncLocalStorage<{ cookie: string | undefined }>();

  const serverFetch: typeof fetch = async (input, init) => {
    const method = init?.method ?? 'GET';
    if (method !== 'GET') {
      // Left to the browser (entry-server.tsx draws it as loading); the name is api-client.ts's
      // `browserOnlyRequest`.
      const error = new Error(`a page drawn on the server sent ${method} ${input}`);
      error.name = 'BrowserOnlyRequest';
      throw error;
    }
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => {
      headers[key] = value;
    });
    const cookie = reader.getStore()?.cookie;
    if (cookie) headers.cookie = cookie;
    const answer = await app.inject({ method: 'GET', url: String(input), headers });
    const answerHeaders = new Headers();
    for (const [key, value] of Object.entries(answer.headers)) {
      if (typeof value === 'string') answerHeaders.set(key, value);
      else if (typeof value === 'number') answerHeaders.set(key, String(value));
    }
    const empty = answer.statusCode === 204 || answer.statusCode === 304;
    return new Response(empty ? null : answer.payload, {
      status: answer.statusCode,
      headers: answerHeaders,
    });
  };

  // The web app's code is loaded at the first page, not when the server starts, so API-only uses
  // (tests, tools) do not pay for it.
  let entry: Promise<EntryServer> | undefined;
  const load = () => {
    entry ??= import('../../web/src/entry-server.js').then((module) => {
      module.setApiFetch(serverFetch);
      return module;
    });
    return entry;
  };

  const draw = async (req: FastifyRequest, url: URL) => {
    const { renderPage } = await load();
    const page = await reader.run({ cookie: req.headers.cookie }, () => renderPage(url));
    if (page instanceof Response) return undefined;
    // React puts a page's <title> first when it draws less than a whole document; the server has
    // already written the page's title in the head.
    const html = page.html.replace(/^(?:<title>[^<]*<\/title>)+/, '');
    return { ...page, html };
  };
  return Object.assign(draw, { warm: async () => void (await load()) });
}
