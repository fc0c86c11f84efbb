import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Database, Db } from '../db/client.js';
import { rowsOf } from '../db/sql.js';

const gzipAsync = promisify(gzip);

/**
 * A consistent gzipped tarball of the embedded database's data directory, taken while it is in use.
 *
 * The database thread makes the tar between transactions, after a CHECKPOINT (see
 * db/pglite/worker.ts): no statement is half done and every committed page is in the data files,
 * so the copy needs no recovery. It is compressed here afterwards, on Node's thread pool, so the
 * database is held only for the tar.
 */
export async function takeSnapshot(database: Database): Promise<Uint8Array> {
  if (database.kind !== 'pglite' || !database.snapshot) {
    throw new Error('backups of the data directory need the embedded database (PGlite)');
  }
  return gzipAsync(await database.snapshot());
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
