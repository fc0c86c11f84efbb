// The app in the browser: takes over the page the server drew (or draws it). Loaded by main.ts.
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, RouterProvider } from 'react-router';
import { App } from './app/app.js';
import { restorePageState } from './app/page-state.js';
import { createQueryClient } from './app/query-client.js';
import { routes } from './app/routes.js';

/**
 * The code and texts of the page the address shows, fetched before the app draws or takes over the
 * server's page (later pages are fetched by the router as it moves to them).
 */
async function loadPageCode() {
  const matches = matchRoutes(routes, window.location) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const page = await route.lazy();
      Object.assign(route, { ...page, lazy: undefined, hydrateFallbackElement: undefined });
    }),
  );
}

/** Lets the browser do other work (paint, answer a click) before going on. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

async function start() {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  // The steps below run in tasks of their own, none long enough to keep a reader waiting: after
  // the code has been evaluated, and after the page's code has arrived.
  await nextTask();
  const pageCode = loadPageCode();
  // The first number format of a page loads the language's locale data, a long step on a slow
  // phone: done here on its own rather than in the middle of drawing.
  await nextTask();
  new Intl.NumberFormat(document.documentElement.lang || undefined).format(1);
  const queryClient = createQueryClient();
  // The API answers the server used to draw the page: the app starts from the same data.
  const state = document.getElementById('kudos-state')?.textContent;
  const takenOver = state ? restorePageState(queryClient, state) : undefined;
  const serverDrawn = container.firstElementChild !== null;
  await pageCode;
  await nextTask();
  const app = (
    <StrictMode>
      <App queryClient={queryClient} onReady={takenOver}>
        <RouterProvider router={createBrowserRouter(routes)} />
      </App>
    </StrictMode>
  );
  // As a transition, React takes the page over in slices that let the browser answer the reader
  // in between, instead of one long task (the page is already on the screen).
  if (serverDrawn) startTransition(() => void hydrateRoot(container, app));
  else createRoot(container).render(app);
}

void start();
