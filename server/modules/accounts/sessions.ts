import type { Role } from '../../../common/schemas/accounts.js';
import type { Db } from '../../db/client.js';
import type { RequestMeta } from '../audit/service.js';
import type { Caller } from './policy.js';
import * as repo from './repo.js';
import { hashToken, newToken, sameHash } from './tokens.js';

const day = 24 * 3600_000;
/** A session ends after 14 days without use, and after 30 days in any case. */
export const sessionIdleMs = 14 * day;
export const sessionAbsoluteMs = 30 * day;
/** Sliding expiry is written at most this often, not on every request. */
const touchEveryMs = 60_000;

export async function createSession(db: Db, userId: string, meta: RequestMeta) {
  const token = newToken();
  const now = Date.now();
  const session = await repo.insertSession(db, {
    tokenHash: hashToken(token),
    userId,
    expiresAt: new Date(now + sessionIdleMs),
    absoluteExpiresAt: new Date(now + sessionAbsoluteMs),
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return { token, session };
}

/** The caller behind a session token, or undefined when the session is unknown, expired or the user inactive. */
export async function resolveSession(db: Db, token: string): Promise<Caller | undefined> {
  const tokenHash = hashToken(token);
  const found = await repo.selectLiveSession(db, tokenHash);
  if (!found || !sameHash(found.session.tokenHash, tokenHash)) return undefined;
  const { session, user } = found;
  if (user.deactivatedAt || !user.emailVerifiedAt) return undefined;
  const now = Date.now();
  if (now - session.lastSeenAt.getTime() > touchEveryMs) {
    const expiresAt = new Date(Math.min(now + sessionIdleMs, session.absoluteExpiresAt.getTime()));
    await repo.touchSession(db, session.id, expiresAt);
  }
  const regions = (await repo.selectRegionsOfUsers(db, [user.id])).get(user.id) ?? [];
  return {
    id: user.id,
    role: user.role as Role,
    regions,
    via: 'session',
    scope: 'read_write',
    sessionId: session.id,
  };
}
