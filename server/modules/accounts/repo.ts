import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  ilike,
  inArray,
  isNotNull,
  isNull,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { apiToken, appUser, emailToken, userRegion, userSession } from '../../db/schema/index.js';

export type UserRow = typeof appUser.$inferSelect;
export type SessionRow = typeof userSession.$inferSelect;

export async function selectUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(appUser).where(eq(appUser.email, email));
  return row;
}

export async function selectUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(appUser).where(eq(appUser.id, id));
  return row;
}

export async function insertUser(db: Db, values: typeof appUser.$inferInsert): Promise<UserRow> {
  const [row] = await db.insert(appUser).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** Updates a user if `version` still matches; returns the new row or undefined on a stale version. */
export async function updateUser(
  db: Db,
  id: string,
  version: number | undefined,
  set: Partial<typeof appUser.$inferInsert>,
): Promise<UserRow | undefined> {
  const [row] = await db
    .update(appUser)
    .set({ ...set, version: sql`${appUser.version} + 1`, updatedAt: sql`now()` })
    .where(
      version === undefined
        ? eq(appUser.id, id)
        : and(eq(appUser.id, id), eq(appUser.version, version)),
    )
    .returning();
  return row;
}

/** Not an edit of the profile: leaves `version` alone so an open form does not go stale. */
export async function recordLogin(db: Db, id: string): Promise<void> {
  await db.update(appUser).set({ lastLoginAt: sql`now()` }).where(eq(appUser.id, id));
}

export async function countAdmins(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(appUser).where(eq(appUser.role, 'admin'));
  return row?.n ?? 0;
}

export async function selectRegionsOfUsers(db: Db, ids: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return map;
  const rows = await db
    .select()
    .from(userRegion)
    .where(inArray(userRegion.userId, ids))
    .orderBy(asc(userRegion.regionCode));
  for (const r of rows) map.get(r.userId)?.push(r.regionCode);
  return map;
}

export async function replaceUserRegions(db: Db, userId: string, regions: string[]): Promise<void> {
  await db.delete(userRegion).where(eq(userRegion.userId, userId));
  if (regions.length > 0) {
    await db.insert(userRegion).values(regions.map((regionCode) => ({ userId, regionCode })));
  }
}

export async function selectUsers(
  db: Db,
  filter: { q?: string; role?: string; active?: boolean },
  limit: number,
  offset: number,
) {
  const conditions: SQL[] = [];
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const match = or(ilike(appUser.email, like), ilike(appUser.name, like));
    if (match) conditions.push(match);
  }
  if (filter.role) conditions.push(eq(appUser.role, filter.role));
  if (filter.active === true) conditions.push(isNull(appUser.deactivatedAt));
  if (filter.active === false) conditions.push(isNotNull(appUser.deactivatedAt));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [rows, [total]] = await Promise.all([
    db.select().from(appUser).where(where).orderBy(asc(appUser.email)).limit(limit).offset(offset),
    db.select({ n: count() }).from(appUser).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

// Sessions

export async function insertSession(
  db: Db,
  values: typeof userSession.$inferInsert,
): Promise<SessionRow> {
  const [row] = await db.insert(userSession).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** A live session (not past either expiry) with its user. */
export async function selectLiveSession(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ session: userSession, user: appUser })
    .from(userSession)
    .innerJoin(appUser, eq(appUser.id, userSession.userId))
    .where(
      and(
        eq(userSession.tokenHash, tokenHash),
        gt(userSession.expiresAt, sql`now()`),
        gt(userSession.absoluteExpiresAt, sql`now()`),
      ),
    );
  return row;
}

export async function touchSession(db: Db, id: string, expiresAt: Date): Promise<void> {
  await db
    .update(userSession)
    .set({ lastSeenAt: sql`now()`, expiresAt })
    .where(eq(userSession.id, id));
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.delete(userSession).where(eq(userSession.id, id));
}

/** Ends every session of a user, or every one but `keepId`. */
export async function deleteSessionsOfUser(db: Db, userId: string, keepId?: string): Promise<void> {
  await db
    .delete(userSession)
    .where(
      keepId
        ? and(eq(userSession.userId, userId), sql`${userSession.id} <> ${keepId}`)
        : eq(userSession.userId, userId),
    );
}

export function selectSessionsOfUser(db: Db, userId: string) {
  return db
    .select()
    .from(userSession)
    .where(and(eq(userSession.userId, userId), gt(userSession.expiresAt, sql`now()`)))
    .orderBy(desc(userSession.lastSeenAt));
}

// Single-use e-mail links

export async function insertEmailToken(
  db: Db,
  values: typeof emailToken.$inferInsert,
): Promise<void> {
  await db.insert(emailToken).values(values);
}

/** Marks an unused, unexpired token used and returns it; undefined when it cannot be used. */
export async function consumeEmailToken(db: Db, tokenHash: string, purpose: string) {
  const [row] = await db
    .update(emailToken)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(emailToken.tokenHash, tokenHash),
        eq(emailToken.purpose, purpose),
        isNull(emailToken.usedAt),
        gt(emailToken.expiresAt, sql`now()`),
      ),
    )
    .returning();
  return row;
}

/** Other unused links of the same kind stop working once one is used. */
export async function expireEmailTokens(db: Db, userId: string, purpose: string): Promise<void> {
  await db
    .update(emailToken)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(emailToken.userId, userId),
        eq(emailToken.purpose, purpose),
        isNull(emailToken.usedAt),
      ),
    );
}

// API tokens

export type ApiTokenRow = typeof apiToken.$inferSelect;

export async function insertApiToken(
  db: Db,
  values: typeof apiToken.$inferInsert,
): Promise<ApiTokenRow> {
  const [row] = await db.insert(apiToken).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export function selectApiTokensOfUser(db: Db, userId: string) {
  return db
    .select()
    .from(apiToken)
    .where(eq(apiToken.userId, userId))
    .orderBy(desc(apiToken.createdAt));
}

export async function revokeApiToken(
  db: Db,
  userId: string,
  id: string,
): Promise<ApiTokenRow | undefined> {
  const [row] = await db
    .update(apiToken)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiToken.id, id), eq(apiToken.userId, userId), isNull(apiToken.revokedAt)))
    .returning();
  return row;
}

/** A usable token (not revoked, not expired) with its user. */
export async function selectLiveApiToken(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ token: apiToken, user: appUser })
    .from(apiToken)
    .innerJoin(appUser, eq(appUser.id, apiToken.userId))
    .where(
      and(
        eq(apiToken.tokenHash, tokenHash),
        isNull(apiToken.revokedAt),
        or(isNull(apiToken.expiresAt), gt(apiToken.expiresAt, sql`now()`)),
      ),
    );
  return row;
}

export async function touchApiToken(db: Db, id: string): Promise<void> {
  await db.update(apiToken).set({ lastUsedAt: sql`now()` }).where(eq(apiToken.id, id));
}

export async function deleteUser(db: Db, id: string): Promise<void> {
  await db.delete(appUser).where(eq(appUser.id, id));
}
