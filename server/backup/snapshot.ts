import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { Database, Db } from '../db/client.js';
import { rowsOf } from '../db/sql.js';

const gzipAsync = promisify(gzip);

/** The PGlite instance behind an embedded database (drizzle keeps its driver as `$client`). */
export function pgliteClient(database: Database): PGlite {
  const client = (database.db as unknown as { $client?: PGlite }).$client;
  if (database.kind !== 'pglite' || typeof client?.dumpDataDir !== 'function') {
    throw new Error('backups of the data directory need the embedded database (PGlite)');
  }
  return client;
}

/**
 * A consistent gzipped tarball of the PGlite data directory, taken while the database is in use.
 *
 * PGlite's `dumpDataDir` holds only its query lock, so on its own it could run between two
 * statements of someone's open transaction (a copy like the files after a crash, which PostgreSQL
 * would have to recover). Running it inside `transaction()` also holds PGlite's transaction lock:
 * every other query and transaction waits, none is half-done, and CHECKPOINT first writes all
 * committed pages to the data files, so the copy needs no WAL replay. The tar is made under the
 * lock and compressed after it, on Node's thread pool: PGlite's own gzip would hold the database
 * about five times as long.
 */
export async function takeSnapshot(client: PGlite): Promise<Uint8Array> {
  const tar = await client.transaction(async (tx) => {
    await tx.exec('CHECKPOINT');
    return client.dumpDataDir('none');
  });
  return gzipAsync(new Uint8Array(await tar.arrayBuffer()));
}

/** Rows in every table of the public schema, by table name. */
export async function tableCounts(db: Db): Promise<{ table: string; rows: number }[]> {
  const tables = rowsOf<{ name: string }>(
    await db.execute(sql`
      select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`),
  );
  const counts: { table: string; rows: number }[] = [];
  for (const { name } of tables) {
    const [row] = rowsOf<{ n: number }>(
      await db.execute(sql`select count(*)::int as n from ${sql.identifier(name)}`),
    );
    counts.push({ table: name, rows: row?.n ?? 0 });
  }
  return counts;
}
