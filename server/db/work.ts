import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What kind of work a statement belongs to, for whichever database runs it. Services mark work;
 * the database layer decides what that means for it (db/pools.ts for a PostgreSQL server,
 * db/pglite/gate.ts for the embedded database).
 */
const longWork = new AsyncLocalStorage<true>();
const writeWork = new AsyncLocalStorage<true>();

/**
 * Runs `fn` as long work (an import's transaction, a snapshot): on the embedded database, which
 * runs one thing at a time, others wait for it only a bounded time and then get 503.
 */
export function asLongWork<T>(fn: () => Promise<T>): Promise<T> {
  return longWork.run(true, fn);
}

export function isLongWork(): boolean {
  return longWork.getStore() === true;
}

/**
 * Runs `fn` (and everything it starts) as part of a request that changes something: on a
 * PostgreSQL server it uses connections of its own, never queueing behind reads.
 */
export function asWriteWork<T>(fn: () => T): T {
  return writeWork.run(true, fn);
}

export function isWriteWork(): boolean {
  return writeWork.getStore() === true;
}
