import type { FetchQueryOptions, QueryClient } from '@tanstack/react-query';
import { isEmbedPath } from '../../../common/embed.js';
import type { Lang } from '../../../common/languages.js';
import { matchPage, type PageId } from '../../../common/routes.js';
import { isUuid } from '../../../common/uuid.js';
import { meQuery } from '../features/auth/api.js';
import { demoStatusQuery } from '../features/demo/api.js';
import { networkQuery } from '../features/networks/api.js';
import { organisationQuery } from '../features/organisations/api.js';
import { projectQuery } from '../features/projects/api.js';

// biome-ignore lint/suspicious/noExplicitAny: each page's own query options, of different types
type Request = FetchQueryOptions<any, any, any, any>;

/** The request of a page that shows one thing, by the id in its address. */
const byId: Partial<Record<PageId, (id: string, lang: Lang) => Request>> = {
  project: projectQuery,
  organisation: organisationQuery,
  network: networkQuery,
};

/**
 * What the server asks the API for before it first draws a page, so that it draws the page once
 * instead of once to learn which answers it needs and again with them (each drawing of a project
 * page costs several milliseconds of the processor). The site's layout asks who is signed in and
 * whether the registry holds demo data; a page of one project, organisation or network asks for it
 * by the id in its address. These are the pages' own query options, so each request is the very
 * one the page makes; whatever a page asks for beyond them, entry-server.tsx fetches after a first
 * drawing, as for pages not named here. Used only by the server.
 */
export async function prefetchPage(queryClient: QueryClient, url: URL): Promise<void> {
  const match = matchPage(url.pathname);
  if (!match) return;
  const { page, lang, params } = match;
  const requests: Request[] = [];
  if (!isEmbedPath(url.pathname)) requests.push(meQuery(lang), demoStatusQuery(lang));
  const one = byId[page];
  if (one && isUuid(params.id)) requests.push(one(params.id, lang));
  // A failed answer stays in the cache as the page's error, as when the page itself asks.
  await Promise.all(requests.map((request) => queryClient.prefetchQuery(request)));
}
