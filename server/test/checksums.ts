import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rowsOf } from '../db/sql.js';

export type TableChecksums = Record<string, { rows: number; md5: string }>;

/** Row count and an md5 of the sorted rows of every table outside the system schemas. */
export async function tableChecksums(db: Db): Promise<TableChecksums> {
  const tables = rowsOf<{ schema: string; name: string }>(
    await db.execute(sql`
      select table_schema as schema, table_name as name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
      order by 1, 2`),
  );
  const sums: TableChecksums = {};
  for (const { schema, name } of tables) {
    const table = sql`${sql.identifier(schema)}.${sql.identifier(name)}`;
    const [row] = rowsOf<{ rows: number; md5: string | null }>(
      await db.execute(
        sql`select count(*)::int as rows, md5(string_agg(t::text, ',' order by t::text)) as md5 from ${table} t`,
      ),
    );
    sums[`${schema}.${name}`] = { rows: row?.rows ?? 0, md5: row?.md5 ?? '' };
  }
  return sums;
}
