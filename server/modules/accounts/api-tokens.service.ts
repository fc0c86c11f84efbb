import type { ApiToken, Role } from '../../../common/schemas/accounts.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { type RequestMeta, recordAudit } from '../audit/service.js';
import type { Caller } from './policy.js';
import * as repo from './repo.js';
import { hashToken, newToken, sameHash } from './tokens.js';

/** Personal API tokens start with this, so a leaked one is easy to recognise (and to scan for). */
export const apiTokenPrefix = 'kudos_pat_';
const touchEveryMs = 60_000;

function toApiToken(r: repo.ApiTokenRow): ApiToken {
  return {
    id: r.id,
    name: r.name,
    scope: r.scope as ApiToken['scope'],
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt?.toISOString() ?? null,
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
  };
}

/** Tokens are managed from a browser session only: a token cannot mint or revoke tokens. */
function requireSession(caller: Caller): void {
  if (caller.via !== 'session') throw new AppError('forbidden', { reason: 'session_required' });
}

export async function createApiToken(
  db: Db,
  meta: RequestMeta,
  caller: Caller,
  input: { name: string; scope: ApiToken['scope']; expiresInDays: number | null },
): Promise<{ token: string; item: ApiToken }> {
  requireSession(caller);
  const token = newToken(apiTokenPrefix);
  return db.transaction(async (tx) => {
    const row = await repo.insertApiToken(tx, {
      userId: caller.id,
      name: input.name,
      scope: input.scope,
      tokenHash: hashToken(token),
      expiresAt: input.expiresInDays
        ? new Date(Date.now() + input.expiresInDays * 86_400_000)
        : null,
    });
    await recordAudit(tx, meta, {
      action: 'token.created',
      actorId: caller.id,
      targetType: 'api_token',
      targetId: row.id,
      details: { name: input.name, scope: input.scope },
    });
    return { token, item: toApiToken(row) };
  });
}

export async function listApiTokens(db: Db, caller: Caller): Promise<{ items: ApiToken[] }> {
  requireSession(caller);
  return { items: (await repo.selectApiTokensOfUser(db, caller.id)).map(toApiToken) };
}

export async function revokeApiToken(
  db: Db,
  meta: RequestMeta,
  caller: Caller,
  id: string,
): Promise<void> {
  requireSession(caller);
  await db.transaction(async (tx) => {
    const row = await repo.revokeApiToken(tx, caller.id, id);
    if (!row) throw new AppError('not_found', { id });
    await recordAudit(tx, meta, {
      action: 'token.revoked',
      actorId: caller.id,
      targetType: 'api_token',
      targetId: id,
    });
  });
}

/** The caller behind an `Authorization: Bearer` token, or undefined. */
export async function resolveApiToken(db: Db, token: string): Promise<Caller | undefined> {
  if (!token.startsWith(apiTokenPrefix)) return undefined;
  const tokenHash = hashToken(token);
  const found = await repo.selectLiveApiToken(db, tokenHash);
  if (!found || !sameHash(found.token.tokenHash, tokenHash)) return undefined;
  const { token: row, user } = found;
  if (user.deactivatedAt || !user.emailVerifiedAt) return undefined;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > touchEveryMs) {
    await repo.touchApiToken(db, row.id);
  }
  const regions = (await repo.selectRegionsOfUsers(db, [user.id])).get(user.id) ?? [];
  return {
    id: user.id,
    role: user.role as Role,
    regions,
    via: 'token',
    scope: row.scope as Caller['scope'],
  };
}
