import type { z } from 'zod';
import type { Lang } from '../../../common/languages.js';
import { csrfHeader } from '../../../common/limits.js';

/**
 * The schema an answer is checked with, or a way to fetch it: the pages of the first download
 * give a loader, so that zod and the schemas arrive with the first answer that needs checking
 * (the first page's answers come with the page, already checked by the server that drew it).
 */
export type SchemaSource<T> = z.ZodType<T> | (() => Promise<z.ZodType<T>>);

function schemaOf<T>(source: SchemaSource<T>): Promise<z.ZodType<T>> | z.ZodType<T> {
  return typeof source === 'function' ? source() : source;
}

/** Codes the web app gives to failures that never reached, or never came back from, the API. */
export const clientErrorCodes = {
  network: 'network_error',
  unexpected: 'unexpected_response',
  /** A page drawn on the server asked for what only the browser sends (a POST): never shown. */
  browserOnly: 'browser_only',
} as const;

/** What the server's fetch throws for a request only the browser may send (web-render.ts). */
export const browserOnlyRequest = 'BrowserOnlyRequest';

/**
 * A failed API call. `message` is the server's text in the page language, or empty when the
 * failure happened before the server could answer (see `clientErrorCodes`).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
    /** Seconds to wait before trying again, from a 429 answer's Retry-After. */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type SendMethod = 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** How API requests are made: the browser's fetch, or the server's own when it renders a page. */
let apiFetch: typeof fetch = (input, init) => fetch(input, init);

/**
 * The server renders pages with this app (entry-server.tsx) and answers their API requests itself,
 * without a round trip through the network; it sets that here once, at start.
 */
export function setApiFetch(serverFetch: typeof fetch): void {
  apiFetch = serverFetch;
}

function retryAfterSeconds(response: Response): number | undefined {
  const value = Number(response.headers.get('retry-after'));
  return Number.isFinite(value) && value > 0 ? Math.ceil(value) : undefined;
}

/** Reads a failed answer into an ApiError (its code, message in the page language, details). */
export async function errorOf(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const { errorSchema } = await import('../../../common/schemas/error.js');
  const parsed = errorSchema.safeParse(body);
  if (!parsed.success) return new ApiError(response.status, clientErrorCodes.unexpected, '');
  const { code, message, details } = parsed.data.error;
  return new ApiError(response.status, code, message, details, retryAfterSeconds(response));
}

/**
 * Makes the request and validates the answer with the shared schema, so a server and web app that
 * drift apart fail loudly here rather than render half a page. A 204 answer is `undefined`, which
 * the caller's schema (e.g. `z.undefined()`) must accept.
 */
async function request<T>(
  path: string,
  init: RequestInit,
  source: SchemaSource<T>,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await apiFetch(path, { ...init, credentials: 'same-origin', signal });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    const browserOnly = cause instanceof Error && cause.name === browserOnlyRequest;
    throw new ApiError(
      0,
      browserOnly ? clientErrorCodes.browserOnly : clientErrorCodes.network,
      '',
    );
  }
  if (!response.ok) throw await errorOf(response);
  const body: unknown =
    response.status === 204 ? undefined : await response.json().catch(() => undefined);
  const parsed = (await schemaOf(source)).safeParse(body);
  if (!parsed.success) throw new ApiError(response.status, clientErrorCodes.unexpected, '');
  return parsed.data;
}

/** GETs an API path; the answer is validated with `schema`. */
export function getJson<T>(
  path: string,
  lang: Lang,
  schema: SchemaSource<T>,
  signal?: AbortSignal,
): Promise<T> {
  return request(
    path,
    { headers: { Accept: 'application/json', 'Accept-Language': lang } },
    schema,
    signal,
  );
}

/**
 * Sends a state-changing request with a JSON body (`{}` when there is nothing to say). The CSRF
 * header is one a cross-site form cannot set, so the server knows the request came from this app.
 */
export function sendJson<T>(
  method: SendMethod,
  path: string,
  lang: Lang,
  body: unknown,
  schema: SchemaSource<T>,
): Promise<T> {
  return request(
    path,
    {
      method,
      headers: {
        Accept: 'application/json',
        'Accept-Language': lang,
        'Content-Type': 'application/json',
        [csrfHeader]: '1',
      },
      body: JSON.stringify(body ?? {}),
    },
    schema,
  );
}

/**
 * Sends a state-changing request whose answer streams the progress of long work (read it with
 * `readProgress`, progress-stream.ts). A refusal before the work starts throws an ApiError.
 */
export async function sendForProgress(
  method: SendMethod,
  path: string,
  lang: Lang,
  body: unknown,
): Promise<Response> {
  let response: Response;
  try {
    response = await apiFetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/x-ndjson, application/json',
        'Accept-Language': lang,
        'Content-Type': 'application/json',
        [csrfHeader]: '1',
      },
      body: JSON.stringify(body ?? {}),
    });
  } catch {
    throw new ApiError(0, clientErrorCodes.network, '');
  }
  if (!response.ok) throw await errorOf(response);
  return response;
}
