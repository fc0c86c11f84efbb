import { lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { rateLimitCounter } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';

/**
 * Counters of rate limits, kept in the database so that every app process shares them: the
 * per-route limits of @fastify/rate-limit (plugins/rate-limit-store.ts) and the limits services
 * keep themselves (password checks per account, e-mails per recipient, invitations).
 */

let calls = 0;

/**
 * Counts one hit of `key` in a fixed window of `windowMs` and returns the hits in the current
 * window with the milliseconds it has left. One upsert, shared by every app process: the window
 * restarts when it has passed, otherwise the count goes up. Services use it directly for limits
 * that are not per route (password checks per account, e-mails per recipient).
 */
export async function countHit(
  db: Db,
  key: string,
  windowMs: number,
): Promise<{ current: number; ttl: number }> {
  const expired = sql`${rateLimitCounter.windowStart} + make_interval(secs => ${windowMs / 1000}) <= now()`;
  const [row] = await db
    .insert(rateLimitCounter)
    .values({ key, windowStart: sql`now()`, hits: 1 })
    .onConflictDoUpdate({
      target: rateLimitCounter.key,
      set: {
        hits: sql`case when ${expired} then 1 else ${rateLimitCounter.hits} + 1 end`,
        windowStart: sql`case when ${expired} then now() else ${rateLimitCounter.windowStart} end`,
      },
    })
    .returning({
      hits: rateLimitCounter.hits,
      ttl: sql<number>`greatest(0, ceil(extract(epoch from (${rateLimitCounter.windowStart} + make_interval(secs => ${windowMs / 1000}) - now())) * 1000))`.mapWith(
        Number,
      ),
    });
  // Now and then, forget windows that ended long ago.
  calls += 1;
  if (calls % 500 === 0) {
    await db
      .delete(rateLimitCounter)
      .where(lt(rateLimitCounter.windowStart, sql`now() - interval '1 day'`));
  }
  return { current: row?.hits ?? 1, ttl: row?.ttl ?? windowMs };
}

/**
 * Counts one hit of `key` and refuses it over `max` in the window: 429 `rate_limited` with
 * Retry-After (the error handler sets it from `details.retryAfter`) and `details.reason`.
 */
export async function enforceLimit(
  db: Db,
  key: string,
  windowMs: number,
  max: number,
  reason: string,
): Promise<void> {
  const { current, ttl } = await countHit(db, key, windowMs);
  if (current > max) {
    throw new AppError('rate_limited', { reason, retryAfter: Math.max(1, Math.ceil(ttl / 1000)) });
  }
}
