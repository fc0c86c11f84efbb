import { and, count, desc, eq, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { auditEvent } from '../../db/schema/index.js';

export type AuditInsert = typeof auditEvent.$inferInsert;

export async function insertAuditEvent(db: Db, event: AuditInsert): Promise<void> {
  await db.insert(auditEvent).values(event);
}

export async function selectAuditEvents(
  db: Db,
  filter: { action?: string; actorId?: string; targetId?: string },
  limit: number,
  offset: number,
) {
  const conditions: SQL[] = [];
  if (filter.action) conditions.push(eq(auditEvent.action, filter.action));
  if (filter.actorId) conditions.push(eq(auditEvent.actorId, filter.actorId));
  if (filter.targetId) conditions.push(eq(auditEvent.targetId, filter.targetId));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(auditEvent)
      .where(where)
      .orderBy(desc(auditEvent.at), desc(auditEvent.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(auditEvent).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** After an account is deleted its events stay, without anything that identifies the person. */
export async function pseudonymiseActor(db: Db, userId: string, label: string): Promise<void> {
  await db
    .update(auditEvent)
    .set({ actorLabel: label, ip: null, userAgent: null })
    .where(eq(auditEvent.actorId, userId));
}

/** Every event a person did or that was about them (for their data export). */
export function selectAuditEventsAbout(db: Db, userId: string) {
  return db
    .select()
    .from(auditEvent)
    .where(or(eq(auditEvent.actorId, userId), eq(auditEvent.targetId, userId)))
    .orderBy(desc(auditEvent.at));
}
