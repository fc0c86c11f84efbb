/**
 * Messages between the app and the thread that runs the embedded database (PGlite). Everything
 * crosses by structured clone, so query options carry data, not functions.
 */

export type WorkerRequest =
  | {
      id: number;
      op: 'query';
      sql: string;
      params: unknown[];
      rowMode: 'array' | 'object' | undefined;
      /** Types whose values stay as PostgreSQL's text (drizzle reads dates and intervals so). */
      rawTypes: number[];
      tx?: number;
    }
  | { id: number; op: 'exec'; sql: string; tx?: number }
  | { id: number; op: 'begin' }
  | { id: number; op: 'end'; tx: number; commit: boolean }
  /** A tarball of the data directory with every committed page written (CHECKPOINT first). */
  | { id: number; op: 'snapshot' }
  | { id: number; op: 'close' };

export type WorkerResponse =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: SerializedError };

/** A database error's own fields (SQLSTATE `code`, `detail`, `constraint`, …) and its message. */
export type SerializedError = { message: string } & Record<string, unknown>;

export interface WorkerOptions {
  /** Data directory; none = in memory. */
  dataDir?: string;
  /** A tarball (from `snapshot` or PGlite's dumpDataDir) to start from. */
  loadDataDir?: Uint8Array;
}

const errorFields = [
  'code',
  'severity',
  'detail',
  'hint',
  'position',
  'where',
  'schema',
  'table',
  'column',
  'dataType',
  'constraint',
  'routine',
] as const;

export function serializeError(err: unknown): SerializedError {
  const e = err as Record<string, unknown>;
  const out: SerializedError = { message: String(e?.message ?? err) };
  for (const f of errorFields) if (e?.[f] !== undefined) out[f] = e[f];
  return out;
}

/** An error thrown in the database thread, rebuilt here with its fields and this thread's stack. */
export function deserializeError(s: SerializedError): Error {
  return Object.assign(new Error(s.message), s);
}
