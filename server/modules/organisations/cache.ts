import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { rowsOf } from '../../db/sql.js';

/**
 * The registry's generation: a number that every committed change of an organisation moves on (a
 * trigger adds to one of 64 slots, migration 0008, so writers never queue behind one row). Reading
 * it is one tiny query, so each process can keep results cached exactly until something changes,
 * also when several processes share one database. Read it before the data it guards.
 *
 * Callers that arrive together share one read: a caller gets the result of a read that began after
 * it called (the one under way when it began before), so it still sees every change committed
 * before its call, and a burst of searches costs the database one or two reads instead of one each.
 */
export function registryGeneration(db: Db): Promise<string> {
  let reader = readers.get(db);
  if (!reader) {
    reader = new SharedRead(() => readGeneration(db));
    readers.set(db, reader);
  }
  return reader.get();
}

async function readGeneration(db: Db): Promise<string> {
  const result = await db.execute(
    sql`select coalesce(sum(n), 0)::text as g from registry_generation_slot`,
  );
  return rowsOf<{ g: string }>(result)[0]?.g ?? '0';
}

const readers = new WeakMap<Db, SharedRead<string>>();

/**
 * One read shared by the callers that arrive while it is not yet under way: a call made while a
 * read is running waits for the next read, which starts when that one ends and serves every call
 * made meanwhile. So each caller's result was read after its call.
 */
export class SharedRead<T> {
  private running: Promise<T> | null = null;
  private next: Promise<T> | null = null;

  constructor(private readonly read: () => Promise<T>) {}

  get(): Promise<T> {
    if (!this.running) return this.start();
    this.next ??= this.running.then(
      () => this.startQueued(),
      () => this.startQueued(),
    );
    return this.next;
  }

  private startQueued(): Promise<T> {
    this.next = null;
    return this.start();
  }

  private start(): Promise<T> {
    const reading = this.read();
    this.running = reading;
    const done = () => {
      if (this.running === reading) this.running = null;
    };
    reading.then(done, done);
    return reading;
  }
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

  delete(key: string): void {
    this.entries.delete(key);
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

/**
 * Values computed from the registry, kept per key (at most `max` keys, the least recently used
 * dropped first) exactly as long as the registry's generation stays where it was when they were
 * computed; callers asking for a key while it is being computed share the computation.
 */
export class GenerationMemo<T> {
  private readonly entries: GenerationCache<Promise<T>>;

  constructor(max = 100) {
    this.entries = new GenerationCache<Promise<T>>(max);
  }

  async get(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
    const generation = await registryGeneration(db);
    const kept = this.entries.get(key, generation);
    if (kept) return kept;
    const value = compute();
    this.entries.set(key, generation, value);
    // A failure is not kept: the next caller computes again.
    value.catch(() => {
      if (this.entries.get(key, generation) === value) this.entries.delete(key);
    });
    return value;
  }
}
