import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { rowsOf } from '../../db/sql.js';

/**
 * The registry's generation: a number that every committed change of an organisation moves on (a
 * trigger adds to one of 64 slots, migration 0008, so writers never queue behind one row). Reading
 * it is one tiny query, so each process can keep results cached exactly until something changes,
 * also when several processes share one database. Read it before the data it guards.
 */
export async function registryGeneration(db: Db): Promise<string> {
  const result = await db.execute(
    sql`select coalesce(sum(n), 0)::text as g from registry_generation_slot`,
  );
  return rowsOf<{ g: string }>(result)[0]?.g ?? '0';
}

/** A small least-recently-used cache whose entries hold for one registry generation. */
export class GenerationCache<T> {
  private readonly entries = new Map<string, { generation: string; value: T }>();
  constructor(private readonly max = 500) {}

  get(key: string, generation: string): T | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    this.entries.delete(key);
    if (e.generation !== generation) return undefined;
    this.entries.set(key, e);
    return e.value;
  }

  set(key: string, generation: string, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, { generation, value });
    if (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}
