import type { Query, QueryClient } from '@tanstack/react-query';
import { type Context, type ReactNode, useContext, useMemo } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { ServerStyleSheet, StyleSheetContext } from 'styled-components';
import { ApiError, clientErrorCodes, setApiFetch } from './app/api-client.js';
import { App } from './app/app.js';
import { pageStateOf } from './app/page-state.js';
import { prefetchPage } from './app/prefetch.js';
import { createQueryClient } from './app/query-client.js';
import { routes } from './app/routes.js';

/**
 * The server's half of the web app: it draws a page as HTML, with the answers of the API requests
 * the page makes, so that the reader sees the page before the application code has arrived; the
 * browser then takes the page over (start.tsx) without asking the API again. Used by
 * server/plugins/web-render.ts, which imports it when the server starts.
 */
export { setApiFetch };

export interface RenderedPage {
  /** The page's markup, for the #root element. */
  html: string;
  /** The styles the page's components use, as <style> elements for the head. */
  styles: string;
  /** The API answers the page used, for the browser's cache (JSON, safe inside a <script>). */
  state: string;
}

const handler = createStaticHandler(routes);

type Stylis = (typeof StyleSheetContext extends Context<infer C> ? C : never)['stylis'];

const compiledLimit = 20_000;
const rememberingOf = new WeakMap<Stylis, Stylis>();

/**
 * styled-components compiles a component's CSS (with stylis) the first time each page's style sheet
 * meets it, so every page drawn compiled the same CSS again: about a fifth of the time of drawing a
 * project page. This compiler remembers what it has compiled for the life of the process (cleared
 * if it ever holds more than `compiledLimit` pieces, which styles that vary with data could reach).
 */
function remembering(stylis: Stylis): Stylis {
  let kept = rememberingOf.get(stylis);
  if (kept) return kept;
  const compiled = new Map<string, string[]>();
  kept = Object.assign(
    (css: string, selector = '', prefix = '', componentId = '&') => {
      const key = `${selector}\u0000${prefix}\u0000${componentId}\u0000${css}`;
      let rules = compiled.get(key);
      if (!rules) {
        if (compiled.size >= compiledLimit) compiled.clear();
        rules = stylis(css, selector, prefix, componentId);
        compiled.set(key, rules);
      }
      return rules;
    },
    { hash: stylis.hash },
  );
  rememberingOf.set(stylis, kept);
  return kept;
}

/** As `sheet.collectStyles`, with the remembering compiler. */
function CollectStyles({ sheet, children }: { sheet: ServerStyleSheet; children: ReactNode }) {
  const outer = useContext(StyleSheetContext);
  const value = useMemo(
    () => ({ ...outer, styleSheet: sheet.instance, stylis: remembering(outer.stylis) }),
    [outer, sheet],
  );
  return <StyleSheetContext.Provider value={value}>{children}</StyleSheetContext.Provider>;
}

/** Requests a page's components made while drawing but the server has not yet answered. */
function unanswered(queryClient: QueryClient): Query[] {
  return queryClient
    .getQueryCache()
    .getAll()
    .filter((query) => {
      if (query.state.status !== 'pending' || query.state.fetchStatus !== 'idle') return false;
      // `enabled` is an option of the component's request; the cache keeps it with the query.
      const enabled = (query.options as { enabled?: unknown }).enabled;
      return typeof enabled === 'function' ? Boolean(enabled(query)) : enabled !== false;
    });
}

// The requests prefetchPage knows of are answered before the first drawing; a page that asks for
// more, or whose requests depend on earlier answers (an organisation, then its industry's name), is
// drawn again after each round of answers; a few rounds cover every page Kudos has.
const maxRounds = 4;

/** Draws the page at `url`; a redirect or an error of the route table comes back as a Response. */
export async function renderPage(url: URL): Promise<RenderedPage | Response> {
  const context = await handler.query(new Request(url));
  if (context instanceof Response) return context;
  const router = createStaticRouter(handler.dataRoutes, context);
  const queryClient = createQueryClient({ server: true });
  await prefetchPage(queryClient, url);
  // Requests only the browser can make (a POST used as a query, such as a survey definition's
  // check): the page is drawn with them still loading, and the browser asks.
  const leftToBrowser = new Set<string>();
  for (let round = 1; ; round += 1) {
    const sheet = new ServerStyleSheet();
    try {
      const html = renderToString(
        <CollectStyles sheet={sheet}>
          <App queryClient={queryClient}>
            <StaticRouterProvider router={router} context={context} hydrate={false} />
          </App>
        </CollectStyles>,
      );
      const waiting = unanswered(queryClient).filter((q) => !leftToBrowser.has(q.queryHash));
      if (waiting.length === 0 || round === maxRounds) {
        return { html, styles: sheet.getStyleTags(), state: pageStateOf(queryClient) };
      }
      // A failed request stays failed (a missing organisation's page says so from the start), but
      // one only the browser may send (a POST) goes back to loading and is the browser's to ask.
      await Promise.all(waiting.map((query) => query.fetch().catch(() => undefined)));
      for (const query of waiting) {
        const error = query.state.error;
        if (error instanceof ApiError && error.code === clientErrorCodes.browserOnly) {
          leftToBrowser.add(query.queryHash);
          query.reset();
        }
      }
    } finally {
      sheet.seal();
    }
  }
}
