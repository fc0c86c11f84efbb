import type pg from 'pg';
import { isWriteWork } from './work.js';

/**
 * Two pools of connections to a PostgreSQL server: one for requests that read, one for requests
 * that change something. Under a heavy read load (many distinct searches) every read connection is
 * busy and reads queue for one; a change must not wait in that queue, or a one-millisecond edit
 * takes seconds. Which pool a statement uses follows from the request it serves (`asWriteWork`).
 * This is a pool for drizzle's node-postgres driver (which recognises a pool by its name) that
 * hands each statement and transaction to the read or the write pool.
 */
export class RoutedPool {
  constructor(
    private readonly reads: pg.Pool,
    private readonly writes: pg.Pool,
  ) {}

  private pick(): pg.Pool {
    return isWriteWork() ? this.writes : this.reads;
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
