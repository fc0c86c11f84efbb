import type { AuditEvent } from '../../../common/schemas/accounts.js';
import type { Db } from '../../db/client.js';
import * as repo from './repo.js';

/** Who did it and from where: taken from the request by the routes. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

export interface AuditInput {
  action: string;
  actorId?: string | null;
  actorLabel?: string | null;
  targetType?: string;
  targetId?: string | null;
  details?: Record<string, unknown>;
}

/** Records an event; call it with the transaction of the change it describes. */
export function recordAudit(db: Db, meta: RequestMeta, event: AuditInput): Promise<void> {
  return repo.insertAuditEvent(db, {
    action: event.action,
    actorId: event.actorId ?? null,
    actorLabel: event.actorLabel ?? null,
    targetType: event.targetType ?? null,
    targetId: event.targetId ?? null,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
    details: event.details ?? {},
  });
}

export async function listAuditEvents(
  db: Db,
  filter: { action?: string; actorId?: string; targetId?: string; page: number },
  pageSize: number,
): Promise<{ items: AuditEvent[]; total: number; page: number; pageSize: number }> {
  const { rows, total } = await repo.selectAuditEvents(
    db,
    filter,
    pageSize,
    (filter.page - 1) * pageSize,
  );
  return {
    items: rows.map((r) => ({
      id: String(r.id),
      at: r.at.toISOString(),
      action: r.action,
      actorId: r.actorId,
      actorLabel: r.actorLabel,
      targetType: r.targetType,
      targetId: r.targetId,
      ip: r.ip,
      userAgent: r.userAgent,
      details: r.details,
    })),
    total,
    page: filter.page,
    pageSize,
  };
}

export async function auditEventsAbout(db: Db, userId: string) {
  const rows = await repo.selectAuditEventsAbout(db, userId);
  return rows.map((r) => ({
    at: r.at.toISOString(),
    action: r.action,
    ip: r.ip,
    userAgent: r.userAgent,
    details: r.details,
  }));
}

export { pseudonymiseActor } from './repo.js';
