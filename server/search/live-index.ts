/**
 * Keeps a process's SearchIndex exact while the database changes under it, also when several
 * processes share one database. The database is the source of truth; the index follows it:
 *
 * - Every search first reads the source's generation (one tiny query; it moves in the same
 *   transaction as every write). When it differs from the index's, the index reads the rows written
 *   since it last looked, before answering.
 * - "Written since" is exact without clocks: each row carries the id of the transaction that last
 *   wrote it (`change_xid`, migration 0010), and each read notes the oldest transaction still
 *   running at that moment (`pg_snapshot_xmin`). A write that the index has not seen was made by a
 *   transaction at or above that mark, so the next read takes every row at or above it (rows seen
 *   already are read again, which does no harm).
 * - A deleted row leaves a tombstone with the deleting transaction's id, read with the same mark.
 * - The first load reads the whole table in pages, giving way to other requests between pages.
 * - A row read again with the same `change_xid` is the same row and is skipped, so a transaction
 *   that stays open (which holds the mark back) costs re-reading, not re-indexing.
 * - Replaced documents leave dead postings; when they reach half the living ones the index is built
 *   again in the background and swapped in (two indexes are in memory meanwhile).
 */
import { type SQL, sql } from 'drizzle-orm';
import { giveWay } from '../cooperative.js';
import type { Db } from '../db/client.js';
import { rowsOf } from '../db/sql.js';
import type { IndexDocument, SearchIndex } from './engine.js';

export interface ChangeBatch<Row> {
  /** pg_snapshot_xmin of the reading statement's snapshot (xid8 as text). */
  xmin: string;
  /** The source's generation in the same snapshot. */
  generation: string;
  rows: Row[];
  /** Keys of rows deleted since the mark (only when reading changes, on the first page). */
  removed?: string[];
}

export interface IndexSource<Row> {
  /** The source's generation now (see organisations/cache.ts). */
  generation(db: Db): Promise<string>;
  /**
   * Rows written by transactions at or above `sinceXid` (every row when null), with the mark, and
   * the keys of rows deleted by such transactions.
   */
  changes(
    db: Db,
    sinceXid: string | null,
    after?: string,
    limit?: number,
  ): Promise<ChangeBatch<Row>>;
  keyOf(row: Row): string;
  /** The transaction that last wrote the row (`change_xid`): a row read again unchanged is skipped. */
  writtenBy(row: Row): string;
  /** The row as a document, or null when it is not searchable (not published). */
  toDocument(row: Row): IndexDocument | null;
  newIndex(): SearchIndex;
}

const pageSize = 5000;

/** Generations are sums of counters that only grow: `a` is older than `b`. */
function behind(a: string, b: string): boolean {
  return a === '' || BigInt(a) < BigInt(b);
}

interface State {
  index: SearchIndex;
  xmin: string;
  generation: string;
  /** The writing transaction of each row in the index (or known not to be searchable). */
  written: Map<string, string>;
}

export class LiveIndex<Row> {
  private state: State | null = null;
  private loading: Promise<State> | null = null;
  private refreshing: Promise<State> | null = null;
  private rebuilding = false;

  constructor(
    private readonly db: Db,
    private readonly source: IndexSource<Row>,
  ) {}

  /**
   * The index, up to date with everything committed before this call. A caller that has just read
   * the source's generation (after its own request arrived) passes it instead of reading again.
   */
  async current(knownGeneration?: string): Promise<SearchIndex> {
    const generation = knownGeneration ?? (await this.source.generation(this.db));
    let state = this.state ?? (await this.load());
    if (behind(state.generation, generation)) state = await this.refresh(state, generation);
    return state.index;
  }

  /** Starts the first load now (at start-up) instead of on the first search. */
  warm(): Promise<void> {
    return this.load().then(() => undefined);
  }

  private load(): Promise<State> {
    this.loading ??= this.build().then(
      (state) => {
        this.state = state;
        return state;
      },
      (error) => {
        this.loading = null;
        throw error;
      },
    );
    return this.loading;
  }

  /** Reads every row, a page at a time, into a new index. */
  private async build(): Promise<State> {
    const state: State = {
      index: this.source.newIndex(),
      xmin: '0',
      generation: '',
      written: new Map(),
    };
    return this.readChanges(state, null);
  }

  /**
   * Reads the rows written since `since` (all published rows when null) a page at a time, giving
   * way between pages, into `state`. The mark and generation come from the first page's snapshot:
   * later pages may see newer rows, which the next read takes again anyway.
   */
  private async readChanges(state: State, since: string | null): Promise<State> {
    let mark: { xmin: string; generation: string } | undefined;
    let after: string | undefined;
    for (;;) {
      const batch = await this.source.changes(this.db, since, after, pageSize);
      mark ??= { xmin: batch.xmin, generation: batch.generation };
      for (const key of batch.removed ?? []) {
        if (!state.written.delete(key)) continue;
        state.index.remove(key);
      }
      for (const row of batch.rows) {
        const key = this.source.keyOf(row);
        const written = this.source.writtenBy(row);
        if (state.written.get(key) === written) continue;
        state.written.set(key, written);
        const doc = this.source.toDocument(row);
        if (doc) state.index.upsert(doc);
        else state.index.remove(key);
      }
      if (batch.rows.length < pageSize) break;
      after = this.source.keyOf(batch.rows[batch.rows.length - 1] as Row);
      await giveWay();
    }
    return {
      ...state,
      xmin: mark?.xmin ?? state.xmin,
      generation: mark?.generation ?? state.generation,
    };
  }

  private refresh(state: State, generation: string): Promise<State> {
    // One refresh at a time; searches that arrive meanwhile wait for it and check again.
    const running =
      this.refreshing ??
      this.apply(state).finally(() => {
        this.refreshing = null;
      });
    this.refreshing = running;
    // A refresh that started before `generation` was read may have read an older state.
    return running.then((next) =>
      behind(next.generation, generation) ? this.refresh(next, generation) : next,
    );
  }

  private async apply(state: State): Promise<State> {
    const next = await this.readChanges(state, state.xmin);
    // A rebuilt index swapped in meanwhile has read newer rows than these: keep it.
    if (this.state && this.state.index !== state.index) return this.state;
    this.state = next;
    this.maybeRebuild(next);
    return next;
  }

  /** Builds a fresh index once dead documents reach half the living (and 1 000). */
  private maybeRebuild(state: State): void {
    const { index } = state;
    if (this.rebuilding || index.deadCount < Math.max(1000, index.size / 2)) return;
    this.rebuilding = true;
    this.build()
      .then(async (fresh) => {
        // Catch up with what was written while building, then swap.
        this.state = await this.readChanges(fresh, fresh.xmin);
      })
      .catch(() => {
        // The old index keeps serving; the next refresh tries again.
      })
      .finally(() => {
        this.rebuilding = false;
      });
  }
}

/** The tables whose rows carry `change_xid`, each with a `<table>_tombstone` (migrations 0010, 0014, 0018). */
export type FedTable = 'organisation' | 'project' | 'network';

/**
 * One page of a table's change feed for `IndexSource.changes`: the rows (alias `t`, the chosen
 * columns plus `change_xid`, optional joins) written by transactions at or above `sinceXid` (the
 * published ones when null), in key order after `after`, with the mark and the registry's generation
 * read in the same statement (one snapshot), and on the first page the keys deleted since the mark.
 */
export async function readChangeBatch<Row extends { id: string }>(
  db: Db,
  feed: {
    table: FedTable;
    columns: SQL;
    joins?: SQL;
    sinceXid: string | null;
    after?: string | undefined;
    limit?: number | undefined;
  },
): Promise<ChangeBatch<Row>> {
  const { sinceXid, after, limit } = feed;
  const table = sql.raw(`"${feed.table}"`);
  const result = await db.execute(sql`
    select s.xmin, s.generation, t.*
    from (select pg_snapshot_xmin(pg_current_snapshot())::text as xmin,
                 (select coalesce(sum(n), 0)::text from registry_generation_slot) as generation) s
    left join lateral (
      select ${feed.columns}, t.change_xid::text as change_xid
      from ${table} t
      ${feed.joins ?? sql``}
      where ${sinceXid === null ? sql`t.state = 'published'` : sql`t.change_xid >= ${sinceXid}::xid8`}
        ${after ? sql`and t.id > ${after}::uuid` : sql``}
      order by t.id
      ${limit ? sql`limit ${limit}` : sql``}
    ) t on true`);
  const rows = rowsOf<Row & { xmin: string; generation: string }>(result);
  const first = rows[0];
  return {
    xmin: first?.xmin ?? '0',
    generation: first?.generation ?? '0',
    rows: rows.filter((r) => r.id !== null),
    removed: sinceXid !== null && !after ? await deletedSince(db, feed.table, sinceXid) : [],
  };
}

/**
 * Rows deleted by transactions at or above `sinceXid`. Read after the rows: a deletion committed
 * after their snapshot has an id at or above its mark, so the next read takes it if this one does not.
 */
async function deletedSince(db: Db, table: FedTable, sinceXid: string): Promise<string[]> {
  const result = await db.execute(sql`
    select d.id from ${sql.raw(`"${table}_tombstone"`)} d
    where d.change_xid >= ${sinceXid}::xid8
      and not exists (select 1 from ${sql.raw(`"${table}"`)} t where t.id = d.id)`);
  return rowsOf<{ id: string }>(result).map((r) => r.id);
}

/**
 * Change marks from another database's transaction counter (a dump restored onto a new server
 * keeps them, and the new server's transaction ids start lower) would make every row look
 * written since the index last looked: they are brought down to this server's count at start.
 */
export async function resetFutureChangeMarks(db: Db): Promise<void> {
  for (const table of ['organisation', 'project', 'network'] satisfies FedTable[]) {
    await db.execute(sql`
      update ${sql.raw(`"${table}"`)} set change_xid = pg_current_xact_id()
      where change_xid > pg_current_xact_id()`);
  }
}
