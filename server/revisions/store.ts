import { and, desc, eq, gt, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client.js';
import type { FieldChange } from './diff.js';

/**
 * The columns every revision table has (organisation_revision, project_revision, …): a bigserial
 * id, the record it belongs to (`owner`), the version it made, what was done and by whom, the
 * full data after it and the fields it changed.
 */
export interface RevisionColumns {
  id: PgColumn;
  owner: PgColumn;
  version: PgColumn;
  action: PgColumn;
  actorId: PgColumn;
  actorLabel: PgColumn;
  at: PgColumn;
  data: PgColumn;
  changes: PgColumn;
}

export interface Revision<T> {
  id: number;
  version: number;
  action: string;
  actorId: string | null;
  actorLabel: string | null;
  at: Date;
  data: T;
  changes: FieldChange[];
}

export type NewRevision<T> = Omit<Revision<T>, 'id' | 'at'> & { ownerId: string; at?: Date };

/**
 * Reading and writing one module's revisions. `ownerKey` is the table's property for the owner
 * column (`projectId`), as Drizzle's insert wants it.
 */
export function revisionStore<T>(table: PgTable, ownerKey: string, c: RevisionColumns) {
  const columns = {
    id: c.id,
    version: c.version,
    action: c.action,
    actorId: c.actorId,
    actorLabel: c.actorLabel,
    at: c.at,
    data: c.data,
    changes: c.changes,
  };
  return {
    async insert(db: Db, r: NewRevision<T> | NewRevision<T>[]): Promise<void> {
      const rows = (Array.isArray(r) ? r : [r]).map(({ ownerId, ...rest }) => ({
        ...rest,
        [ownerKey]: ownerId,
      }));
      if (rows.length > 0) await db.insert(table).values(rows as never);
    },

    /** Newest first. */
    async list(db: Db, ownerId: string): Promise<Revision<T>[]> {
      return (await db
        .select(columns)
        .from(table)
        .where(eq(c.owner, ownerId))
        .orderBy(desc(c.id))) as Revision<T>[];
    },

    /** One revision; `id` is a decimal string, as ids past 2^53 would not survive a JS number. */
    async one(db: Db, ownerId: string, id: string): Promise<Revision<T> | undefined> {
      const [r] = await db
        .select(columns)
        .from(table)
        .where(and(eq(c.owner, ownerId), sql`${c.id} = ${id}::bigint`));
      return r as Revision<T> | undefined;
    },

    /** The fields changed by the revisions after `version` (what a 409 tells the editor). */
    async changedSince(db: Db, ownerId: string, version: number): Promise<string[]> {
      const rows = (await db
        .select({ changes: c.changes })
        .from(table)
        .where(and(eq(c.owner, ownerId), gt(c.version, version)))
        .orderBy(c.id)) as { changes: FieldChange[] }[];
      return [...new Set(rows.flatMap((r) => r.changes.map((ch) => ch.field)))];
    },
  };
}
