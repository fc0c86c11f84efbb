import { DatabaseBusyError } from './pglite/gate.js';

/** Walks an error and its causes (drizzle wraps driver errors), at most a few levels deep. */
function* causes(err: unknown): Generator<unknown> {
  let e: unknown = err;
  for (let depth = 0; e && depth < 4; depth++) {
    yield e;
    e = (e as { cause?: unknown }).cause;
  }
}

/**
 * Seconds to wait when the database could not take the work now: the embedded database busy with
 * long work (an import), or every pooled connection to the server taken for too long. Else null.
 */
export function busyRetryAfter(err: unknown): number | null {
  for (const e of causes(err)) {
    if (e instanceof DatabaseBusyError) return e.retryAfter;
    // node-postgres when no pooled connection came free within connectionTimeoutMillis.
    if (e instanceof Error && e.message === 'timeout exceeded when trying to connect') return 5;
  }
  return null;
}

/** True when a database error is a unique-constraint violation (SQLSTATE 23505), on pg and PGlite. */
export function isUniqueViolation(err: unknown): boolean {
  for (const e of causes(err)) if ((e as { code?: unknown }).code === '23505') return true;
  return false;
}
