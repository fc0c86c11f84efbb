import type { Lang } from '../../../common/languages.js';
import type { Me, Role, SessionInfo } from '../../../common/schemas/accounts.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { type RequestMeta, recordAudit } from '../audit/service.js';
import { checkOwnPassword } from './password-attempts.js';
import { hashPassword, passwordProblem } from './passwords.js';
import { type Caller, sitePermissions } from './policy.js';
import * as repo from './repo.js';

export function toMe(user: repo.UserRow, regions: string[]): Me {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    lang: user.lang as Lang,
    role: user.role as Role,
    regions,
    createdAt: user.createdAt.toISOString(),
    version: user.version,
    permissions: sitePermissions(user.role as Role),
    contact: { public: user.contactPublic, title: user.contactTitle, phone: user.contactPhone },
  };
}

async function loadUser(db: Db, caller: Caller): Promise<repo.UserRow> {
  const user = await repo.selectUserById(db, caller.id);
  if (!user) throw new AppError('not_authenticated');
  return user;
}

export async function getMe(db: Db, caller: Caller): Promise<Me> {
  return toMe(await loadUser(db, caller), caller.regions);
}

/** Changes name or language; a stale `version` gets 409 so two tabs never overwrite each other. */
export async function updateMe(
  db: Db,
  meta: RequestMeta,
  caller: Caller,
  input: {
    name?: string | undefined;
    lang?: Lang | undefined;
    contact?: { public: boolean; title: string | null; phone: string | null } | undefined;
    version: number;
  },
): Promise<Me> {
  return db.transaction(async (tx) => {
    const set: Partial<
      Pick<repo.UserRow, 'name' | 'lang' | 'contactPublic' | 'contactTitle' | 'contactPhone'>
    > = {};
    if (input.name !== undefined) set.name = input.name;
    if (input.lang !== undefined) set.lang = input.lang;
    if (input.contact !== undefined) {
      set.contactPublic = input.contact.public;
      set.contactTitle = input.contact.title;
      set.contactPhone = input.contact.phone;
    }
    const user = await repo.updateUser(tx, caller.id, input.version, set);
    if (!user) {
      const current = await loadUser(tx, caller);
      throw new AppError('version_conflict', { current: toMe(current, caller.regions) });
    }
    await recordAudit(tx, meta, {
      action: 'user.profile_updated',
      actorId: caller.id,
      targetType: 'user',
      targetId: caller.id,
      details: { fields: Object.keys(set) },
    });
    return toMe(user, caller.regions);
  });
}

/** Changes the password after checking the current one; the caller's other sessions end. */
export async function changePassword(
  db: Db,
  meta: RequestMeta,
  caller: Caller,
  currentPassword: string,
  newPassword: string,
  maxAttempts: number,
): Promise<void> {
  const user = await loadUser(db, caller);
  if (!(await checkOwnPassword(db, user, currentPassword, maxAttempts))) {
    await recordAudit(db, meta, {
      action: 'auth.password_change_failed',
      actorId: user.id,
      targetType: 'user',
      targetId: user.id,
    });
    throw new AppError('invalid_credentials', {
      fields: [{ location: 'body', path: 'currentPassword', code: 'wrong', message: 'wrong' }],
    });
  }
  const problem = passwordProblem(newPassword, user.email);
  if (problem) {
    throw new AppError('invalid_request', {
      fields: [{ location: 'body', path: 'newPassword', code: problem, message: problem }],
    });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    await repo.updateUser(tx, user.id, undefined, { passwordHash });
    await repo.deleteSessionsOfUser(tx, user.id, caller.sessionId);
    await recordAudit(tx, meta, {
      action: 'auth.password_changed',
      actorId: user.id,
      targetType: 'user',
      targetId: user.id,
    });
  });
}

export async function listSessions(db: Db, caller: Caller): Promise<{ items: SessionInfo[] }> {
  const rows = await repo.selectSessionsOfUser(db, caller.id);
  return {
    items: rows.map((s) => ({
      id: s.id,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      expiresAt: s.expiresAt.toISOString(),
      userAgent: s.userAgent,
      ip: s.ip,
      current: s.id === caller.sessionId,
    })),
  };
}

/** "Log out everywhere": every session of the caller ends, this one included. */
export async function endAllSessions(db: Db, meta: RequestMeta, caller: Caller): Promise<void> {
  await db.transaction(async (tx) => {
    await repo.deleteSessionsOfUser(tx, caller.id);
    await recordAudit(tx, meta, {
      action: 'auth.logout_everywhere',
      actorId: caller.id,
      targetType: 'user',
      targetId: caller.id,
    });
  });
}
