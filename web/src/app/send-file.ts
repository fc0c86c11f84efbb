import type { Lang } from '../../../common/languages.js';
import { csrfHeader } from '../../../common/limits.js';
import { errorSchema } from '../../../common/schemas/error.js';
import { ApiError, clientErrorCodes } from './api-client.js';

/**
 * Sends a file as the request body (the logo). The JSON client cannot, so this one repeats its
 * error handling: the same ApiError, with the server's message in the page language.
 */
export async function sendFile(method: 'PUT' | 'DELETE', url: string, lang: Lang, file?: File) {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        'Accept-Language': lang,
        [csrfHeader]: '1',
        ...(file ? { 'Content-Type': file.type || 'application/octet-stream' } : {}),
      },
      body: file ?? null,
    });
  } catch {
    throw new ApiError(0, clientErrorCodes.network, '');
  }
  if (response.ok) return;
  const parsed = errorSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new ApiError(response.status, clientErrorCodes.unexpected, '');
  const { code, message, details } = parsed.data.error;
  throw new ApiError(response.status, code, message, details);
}
