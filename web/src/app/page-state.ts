import {
  type DehydratedState,
  dehydrate,
  hydrate,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { ApiError } from './api-client.js';

/**
 * The API answers a page was drawn with on the server, handed to the browser inside the page so
 * that the app starts from the same data and draws the same page. A failure (an organisation that
 * does not exist) travels too: the app shows the same "not found" instead of asking again.
 */
interface ApiErrorState {
  apiError: { status: number; code: string; message: string; details?: Record<string, unknown> };
}

/** The cache as JSON that is safe inside a `<script type="application/json">`. */
export function pageStateOf(queryClient: QueryClient): string {
  const state = dehydrate(queryClient, {
    shouldDehydrateQuery: (query) => query.state.status !== 'pending',
    shouldRedactErrors: () => false,
  });
  for (const query of state.queries) {
    const error = query.state.error;
    if (error === null || error === undefined) continue;
    const { status, code, message, details } =
      error instanceof ApiError ? error : new ApiError(500, 'unexpected_response', '');
    (query.state as { error: unknown }).error = {
      apiError: { status, code, message, details },
    } satisfies ApiErrorState;
  }
  return JSON.stringify(state).replace(/</g, '\\u003c');
}

/**
 * Puts the server's answers in the browser's cache before the app first draws the page. They are
 * as fresh as the page, so the page's first draw does not ask for them again (even a query that is
 * otherwise asked again on every visit); the returned function ends that, once the app has taken
 * the page over, so that later visits ask as usual.
 */
export function restorePageState(queryClient: QueryClient, json: string): () => void {
  const state = JSON.parse(json) as DehydratedState;
  const keys: QueryKey[] = [];
  for (const query of state.queries) {
    keys.push(query.queryKey);
    const error = query.state.error as ApiErrorState | null | undefined;
    if (!error?.apiError) continue;
    const { status, code, message, details } = error.apiError;
    (query.state as { error: unknown }).error = new ApiError(status, code, message, details);
  }
  hydrate(queryClient, state);
  // Asking again at once would replace the drawn answer with a loading state (or ask for it twice).
  for (const key of keys) {
    queryClient.setQueryDefaults(key, { refetchOnMount: false, retryOnMount: false });
  }
  return () => {
    for (const key of keys) queryClient.setQueryDefaults(key, {});
  };
}
