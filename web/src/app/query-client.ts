import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client.js';

/** Trying again helps when the network or the server failed, never when the request was wrong. */
function shouldRetry(failureCount: number, error: Error): boolean {
  const requestWasWrong = error instanceof ApiError && error.status > 0 && error.status < 500;
  return !requestWasWrong && failureCount < 2;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Reference data (regions, municipalities) changes a few times a year at most.
      staleTime: 10 * 60 * 1000,
      retry: shouldRetry,
    },
  },
});
