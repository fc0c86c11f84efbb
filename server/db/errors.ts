/** True when a database error is a unique-constraint violation (SQLSTATE 23505), on pg and PGlite. */
export function isUniqueViolation(err: unknown): boolean {
  let e: unknown = err;
  // Drizzle wraps driver errors; the SQLSTATE sits on the cause.
  for (let depth = 0; e && depth < 3; depth++) {
    if ((e as { code?: unknown }).code === '23505') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
