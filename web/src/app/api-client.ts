import type { z } from 'zod';
import type { Lang } from '../../../common/languages.js';
import { errorSchema } from '../../../common/schemas/error.js';

/** Codes the web app gives to failures that never reached, or never came back from, the API. */
export const clientErrorCodes = {
  network: 'network_error',
  unexpected: 'unexpected_response',
} as const;

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
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * GETs an API path and validates the answer with the shared schema, so a server and web app that
 * drift apart fail loudly here rather than render half a page.
 */
export async function getJson<T>(
  path: string,
  lang: Lang,
  schema: z.ZodType<T>,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      headers: { Accept: 'application/json', 'Accept-Language': lang },
      signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(0, clientErrorCodes.network, '');
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = errorSchema.safeParse(body);
    if (!parsed.success) throw new ApiError(response.status, clientErrorCodes.unexpected, '');
    const { code, message, details } = parsed.data.error;
    throw new ApiError(response.status, code, message, details);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError(response.status, clientErrorCodes.unexpected, '');
  return parsed.data;
}
