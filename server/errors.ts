import { type ErrorCode, errorCatalog } from '../common/errors.js';

/**
 * An error with a stable code that the error handler turns into the JSON error envelope.
 * The message shown to the client comes from the catalog in the caller's language;
 * `detail` is for the log only.
 */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly details?: Record<string, unknown>,
    detail?: string,
  ) {
    super(detail ?? code);
    this.status = errorCatalog[code].status;
  }
}
