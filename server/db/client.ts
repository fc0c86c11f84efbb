import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
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
  close(): Promise<void>;
}

export class DatabaseOpenError extends Error {}

/** Extensions the schema uses; PGlite ships them as separate bundles that must be loaded. */
export const pgliteExtensions = { btree_gist, pg_trgm };

/** Opens the embedded PGlite database stored under `<dataDir>/pglite`. */
export async function openPglite(dataDir: string): Promise<Database> {
  const dir = path.resolve(dataDir, 'pglite');
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    throw new DatabaseOpenError(`cannot create ${dir} (${(err as NodeJS.ErrnoException).code})`);
  }
  let client: PGlite;
  try {
    client = await PGlite.create(dir, { extensions: pgliteExtensions });
  } catch (err) {
    throw new DatabaseOpenError(`cannot open the database in ${dir}: ${(err as Error).message}`);
  }
  return wrapPglite(client);
}

/** Wraps an already created PGlite instance (tests load one from a template dump). */
export function wrapPglite(client: PGlite): Database {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    // PGlite is a single connection inside this process: nothing else can migrate concurrently.
    withMigrationLock: (fn) => fn(db),
    ping: async () => {
      await client.query('select 1');
    },
    close: () => client.close(),
  };
}

/** Connects to a PostgreSQL server; fails fast when it cannot be reached. */
export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000 });
  // An idle client that loses its connection emits 'error'; the pool replaces it.
  pool.on('error', () => {});
  try {
    const c = await pool.connect();
    c.release();
  } catch (err) {
    await pool.end().catch(() => {});
    const e = err as NodeJS.ErrnoException;
    throw new DatabaseOpenError(`cannot connect to the database (${e.code ?? e.message})`);
  }
  const db = drizzlePg(pool, { schema }) as unknown as Db;
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
    close: () => pool.end(),
  };
}

export function openDatabase(cfg: { databaseUrl?: string | undefined; dataDir: string }) {
  return cfg.databaseUrl ? openPostgres(cfg.databaseUrl) : openPglite(cfg.dataDir);
}
