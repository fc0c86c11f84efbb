// The Suomi.fi typeface, served from our own origin (the CSP allows no font hosts). SIL OFL 1.1.
import '@fontsource/source-sans-3/300.css';
import '@fontsource/source-sans-3/400.css';
import '@fontsource/source-sans-3/600.css';
import { StrictMode } from 'react';
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

async function start() {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const queryClient = createQueryClient();
  // The API answers the server used to draw the page: the app starts from the same data.
  const state = document.getElementById('kudos-state')?.textContent;
  if (state) restorePageState(queryClient, state);
  const serverDrawn = container.firstElementChild !== null;
  await loadPageCode();
  const app = (
    <StrictMode>
      <App queryClient={queryClient}>
        <RouterProvider router={createBrowserRouter(routes)} />
      </App>
    </StrictMode>
  );
  if (serverDrawn) hydrateRoot(container, app);
  else createRoot(container).render(app);
}

void start();
