import { limits } from '../../../common/limits.js';
import type { Role, UserSummary } from '../../../common/schemas/accounts.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { listAuditEvents, type RequestMeta, recordAudit } from '../audit/service.js';
import { unknownRegionCodes } from '../regions/service.js';
import { type Caller, can } from './policy.js';
import * as repo from './repo.js';

function toSummary(caller: Caller, u: repo.UserRow, regions: string[]): UserSummary {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role as Role,
    regions,
    emailVerified: u.emailVerifiedAt !== null,
    active: u.deactivatedAt === null,
    createdAt: u.createdAt.toISOString(),
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    version: u.version,
    permissions: { update: can.changeUser(caller, u.id) },
  };
}

export async function listUsers(
  db: Db,
  caller: Caller,
  query: {
    q?: string | undefined;
    role?: Role | undefined;
    active?: 'true' | 'false' | undefined;
    page: number;
  },
) {
  if (!can.manageUsers(caller)) throw new AppError('forbidden');
  const pageSize = limits.pageSize;
  const { rows, total } = await repo.selectUsers(
    db,
    {
      ...(query.q ? { q: query.q } : {}),
      ...(query.role ? { role: query.role } : {}),
      ...(query.active ? { active: query.active === 'true' } : {}),
    },
    pageSize,
    (query.page - 1) * pageSize,
  );
  // Regions of the whole page in one query.
  const regions = await repo.selectRegionsOfUsers(
    db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => toSummary(caller, r, regions.get(r.id) ?? [])),
    total,
    page: query.page,
    pageSize,
  };
}

/** Changes a user's role, regions or active state; every change is audited in the same transaction. */
export async function updateUser(
  db: Db,
  meta: RequestMeta,
  caller: Caller,
  id: string,
  patch: {
    role?: Role | undefined;
    regions?: string[] | undefined;
    active?: boolean | undefined;
    version: number;
  },
): Promise<UserSummary> {
  if (!can.manageUsers(caller)) throw new AppError('forbidden');
  if (!can.changeUser(caller, id)) throw new AppError('forbidden', { reason: 'own_account' });
  const unknown = await unknownRegionCodes(db, patch.regions ?? []);
  if (unknown.length > 0) {
    throw new AppError('invalid_request', {
      fields: [
        { location: 'body', path: 'regions', code: 'unknown_region', message: unknown.join(', ') },
      ],
    });
  }
  return db.transaction(async (tx) => {
    const before = await repo.selectUserById(tx, id);
    if (!before) throw new AppError('user_not_found', { id });
    const set: { role?: Role; deactivatedAt?: Date | null } = {};
    if (patch.role !== undefined && patch.role !== before.role) set.role = patch.role;
    if (patch.active === false && before.deactivatedAt === null) set.deactivatedAt = new Date();
    if (patch.active === true && before.deactivatedAt !== null) set.deactivatedAt = null;
    const after = await repo.updateUser(tx, id, patch.version, set);
    if (!after) {
      const regions = (await repo.selectRegionsOfUsers(tx, [id])).get(id) ?? [];
      throw new AppError('version_conflict', { current: toSummary(caller, before, regions) });
    }
    const audit = (action: string, details: Record<string, unknown>) =>
      recordAudit(tx, meta, {
        action,
        actorId: caller.id,
        targetType: 'user',
        targetId: id,
        details,
      });
    if (set.role) await audit('user.role_changed', { from: before.role, to: set.role });
    if (set.deactivatedAt) {
      await repo.deleteSessionsOfUser(tx, id);
      await audit('user.deactivated', {});
    }
    if (set.deactivatedAt === null) await audit('user.reactivated', {});
    if (patch.regions) {
      const unique = [...new Set(patch.regions)].sort();
      await repo.replaceUserRegions(tx, id, unique);
      await audit('user.regions_changed', { regions: unique });
    }
    const regions = (await repo.selectRegionsOfUsers(tx, [id])).get(id) ?? [];
    return toSummary(caller, after, regions);
  });
}

export function listAudit(
  db: Db,
  caller: Caller,
  query: {
    action?: string | undefined;
    actorId?: string | undefined;
    targetId?: string | undefined;
    page: number;
  },
) {
  if (!can.viewAuditLog(caller)) throw new AppError('forbidden');
  return listAuditEvents(
    db,
    {
      page: query.page,
      ...(query.action ? { action: query.action } : {}),
      ...(query.actorId ? { actorId: query.actorId } : {}),
      ...(query.targetId ? { targetId: query.targetId } : {}),
    },
    limits.pageSize,
  );
}
