import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';

/**
 * Two pools of connections to a PostgreSQL server: one for requests that read, one for requests
 * that change something. Under a heavy read load (many distinct searches) every read connection is
 * busy and reads queue for one; a change must not wait in that queue, or a one-millisecond edit
 * takes seconds. Which pool a statement uses follows from the request it serves (`asWriteWork`).
 */
const writeWork = new AsyncLocalStorage<true>();

/** Runs `fn` (and everything it starts) as part of a request that changes something. */
export function asWriteWork<T>(fn: () => T): T {
  return writeWork.run(true, fn);
}

/**
 * A pool for drizzle's node-postgres driver (which recognises a pool by its name) that hands each
 * statement and transaction to the read or the write pool.
 */
export class RoutedPool {
  constructor(
    private readonly reads: pg.Pool,
    private readonly writes: pg.Pool,
  ) {}

  private pick(): pg.Pool {
    return writeWork.getStore() ? this.writes : this.reads;
  }

  query(...args: unknown[]): unknown {
    return (this.pick().query as (...a: unknown[]) => unknown)(...args);
  }

  connect(): Promise<pg.PoolClient> {
    return this.pick().connect();
  }

  async end(): Promise<void> {
    await Promise.all([this.reads.end(), this.writes.end()]);
  }
}
