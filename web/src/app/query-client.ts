import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client.js';

/** Trying again helps when the network or the server failed, never when the request was wrong. */
export function shouldRetry(failureCount: number, error: Error): boolean {
  const requestWasWrong = error instanceof ApiError && error.status > 0 && error.status < 500;
  return !requestWasWrong && failureCount < 2;
}

/**
 * The cache of API answers. The browser keeps one for the whole visit; the server makes one per
 * page it renders (entry-server.tsx), where trying again would only delay the page.
 */
export function createQueryClient({ server = false } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Reference data (regions, municipalities) changes a few times a year at most.
        staleTime: 10 * 60 * 1000,
        retry: server ? false : shouldRetry,
        // On the server a failed answer is final for the page: draw the failure, not "loading".
        ...(server ? { retryOnMount: false } : {}),
      },
    },
  });
}
