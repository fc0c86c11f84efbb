import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { DataDirLockedError, lockDataDir } from '../backup/data-dir-lock.js';
import { PgliteWorkerClient } from './pglite/client.js';
import { RoutedPool } from './pools.js';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** A database or a transaction: every repository function takes one as its first argument. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgresql';
  /** Runs `fn` holding a database-wide lock, so two processes never migrate at once. */
  withMigrationLock<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  ping(): Promise<void>;
  /** Embedded database only: a consistent tarball of its data directory (backups, test templates). */
  snapshot?(): Promise<Uint8Array>;
  /** Embedded database only: `listener` is told if the database thread dies. */
  onFailure?(listener: (err: Error) => void): void;
  close(): Promise<void>;
}

export class DatabaseOpenError extends Error {}

/**
 * Opens the embedded PGlite database stored under `<dataDir>/pglite`, in a thread of its own
 * (see pglite/worker.ts).
 */
export async function openPglite(dataDir: string): Promise<Database> {
  const dir = path.resolve(dataDir, 'pglite');
  // One process per data directory: two PGlite instances on the same files would corrupt them.
  const lock = await lockDataDir(dataDir).catch((err: NodeJS.ErrnoException) => {
    if (err instanceof DataDirLockedError) throw new DatabaseOpenError(err.message);
    throw new DatabaseOpenError(`cannot lock ${dataDir} (${err.code ?? err.message})`);
  });
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    await lock.release();
    throw new DatabaseOpenError(`cannot create ${dir} (${(err as NodeJS.ErrnoException).code})`);
  }
  let database: Database;
  try {
    database = wrapPglite(await PgliteWorkerClient.start({ dataDir: dir }));
  } catch (err) {
    await lock.release();
    throw new DatabaseOpenError(`cannot open the database in ${dir}: ${(err as Error).message}`);
  }
  return { ...database, close: () => database.close().finally(lock.release) };
}

/**
 * An embedded database started from a data-directory tarball (test templates, restores): in
 * memory, or unpacked into `dataDir` (which must not exist yet). No tarball: an empty one.
 */
export async function openPgliteFromSnapshot(
  tarball?: Uint8Array,
  dataDir?: string,
): Promise<Database> {
  return wrapPglite(
    await PgliteWorkerClient.start({
      ...(tarball ? { loadDataDir: tarball } : {}),
      ...(dataDir ? { dataDir } : {}),
    }),
  );
}

function wrapPglite(client: PgliteWorkerClient): Database {
  const db = drizzlePglite({ client: client as unknown as PGlite, schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    // PGlite is a single connection inside this process: nothing else can migrate concurrently.
    withMigrationLock: (fn) => fn(db),
    ping: async () => {
      await client.query('select 1');
    },
    snapshot: () => client.snapshot(),
    onFailure: (listener) => client.onFailure(listener),
    close: () => client.close(),
  };
}

/**
 * Connects to a PostgreSQL server; fails fast when it cannot be reached. `poolSize` connections
 * serve reading requests, and a third as many more (at least two) serve requests that change
 * something, so that changes never queue behind reads (see pools.ts).
 */
export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const newPool = (max: number) => {
    const p = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5000 });
    // An idle client that loses its connection emits 'error'; the pool replaces it.
    p.on('error', () => {});
    return p;
  };
  const pool = newPool(poolSize);
  const writes = newPool(Math.max(2, Math.ceil(poolSize / 3)));
  const routed = new RoutedPool(pool, writes);
  try {
    const c = await pool.connect();
    c.release();
  } catch (err) {
    await routed.end().catch(() => {});
    const e = err as NodeJS.ErrnoException;
    throw new DatabaseOpenError(`cannot connect to the database (${e.code ?? e.message})`);
  }
  const db = drizzlePg(routed as unknown as pg.Pool, { schema }) as unknown as Db;
  return {
    db,
    kind: 'postgresql',
    async withMigrationLock(fn) {
      const client = await pool.connect();
      // Any constant works as long as every Kudos process uses the same one.
      const lockKey = 0x6b75646f;
      try {
        await client.query('select pg_advisory_lock($1)', [lockKey]);
        return await fn(drizzlePg(client, { schema }) as unknown as Db);
      } finally {
        await client.query('select pg_advisory_unlock($1)', [lockKey]).catch(() => {});
        client.release();
      }
    },
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => routed.end(),
  };
}

export function openDatabase(cfg: {
  databaseUrl?: string | undefined;
  databasePoolSize?: number;
  dataDir: string;
}) {
  return cfg.databaseUrl
    ? openPostgres(cfg.databaseUrl, cfg.databasePoolSize)
    : openPglite(cfg.dataDir);
}
