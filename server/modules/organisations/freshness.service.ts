import { and, asc, count, eq, gt, isNull, lt, or } from 'drizzle-orm';
import type { Lang } from '../../../common/languages.js';
import type { Db } from '../../db/client.js';
import { organisation, organisationConfirmToken } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import type { Caller } from '../accounts/policy.js';
import { hashToken, newToken } from '../accounts/tokens.js';
import { type RequestMeta, recordAudit } from '../audit/service.js';
import { enqueueMail } from '../mail/service.js';
import { moderatedRegions } from './policy.js';
import * as repo from './repo.js';
import { type Context, pageLink } from './service.js';

/** A profile is due for confirmation a year after it was last confirmed or edited. */
export const staleAfterMs = 365 * 24 * 3600 * 1000;
/** Reminders are sent again after this long without an answer. */
const remindAgainMs = 30 * 24 * 3600 * 1000;
const linkValidMs = 30 * 24 * 3600 * 1000;
const pageSize = 50;

export async function listStale(db: Db, caller: Caller, page: number) {
  if (caller.role !== 'admin' && caller.role !== 'coordinator') throw new AppError('forbidden');
  const where = and(
    eq(organisation.state, 'published'),
    lt(organisation.confirmedAt, new Date(Date.now() - staleAfterMs)),
    moderatedRegions(caller),
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: organisation.id,
        name: organisation.name,
        regionCode: organisation.regionCode,
        confirmedAt: organisation.confirmedAt,
        reminderSentAt: organisation.reminderSentAt,
      })
      .from(organisation)
      .where(where)
      .orderBy(asc(organisation.confirmedAt))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(organisation).where(where),
  ]);
  return {
    items: rows.map((r) => ({
      ...r,
      confirmedAt: r.confirmedAt.toISOString(),
      reminderSentAt: r.reminderSentAt?.toISOString() ?? null,
    })),
    total: Number(total?.n ?? 0),
    page,
    pageSize,
  };
}

/**
 * E-mails the representatives of each stale profile a one-click "still correct" link (at most
 * `limit` profiles per run; again after 30 days without an answer). Returns how many profiles.
 */
export async function sendFreshnessReminders(db: Db, ctx: Context, limit = 100): Promise<number> {
  const now = Date.now();
  const due = await db
    .select({ id: organisation.id, name: organisation.name })
    .from(organisation)
    .where(
      and(
        eq(organisation.state, 'published'),
        lt(organisation.confirmedAt, new Date(now - staleAfterMs)),
        or(
          isNull(organisation.reminderSentAt),
          lt(organisation.reminderSentAt, new Date(now - remindAgainMs)),
        ),
      ),
    )
    .orderBy(asc(organisation.confirmedAt))
    .limit(limit);
  for (const org of due) {
    await db.transaction(async (tx) => {
      const members = await repo.selectMembers(tx, org.id);
      for (const m of members) {
        const token = newToken();
        await tx.insert(organisationConfirmToken).values({
          tokenHash: hashToken(token),
          organisationId: org.id,
          userId: m.userId,
          expiresAt: new Date(now + linkValidMs),
        });
        const lang = m.lang as Lang;
        await enqueueMail(tx, {
          to: m.email,
          lang,
          message: 'freshnessReminder',
          vars: {
            name: m.name,
            organisation: org.name,
            link: pageLink(ctx.baseUrl, 'organisationConfirm', lang, {}, `?token=${token}`),
          },
        });
      }
      await repo.setOrganisationFields(tx, org.id, { reminderSentAt: new Date(now) });
    });
  }
  return due.length;
}

/** The one-click link: no login needed, the token is the proof (single use, 30 days). */
export async function confirmByLink(db: Db, meta: RequestMeta, token: string) {
  return db.transaction(async (tx) => {
    const [t] = await tx
      .update(organisationConfirmToken)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(organisationConfirmToken.tokenHash, hashToken(token)),
          isNull(organisationConfirmToken.usedAt),
          gt(organisationConfirmToken.expiresAt, new Date()),
        ),
      )
      .returning();
    if (!t) throw new AppError('token_invalid');
    const [org] = await tx
      .update(organisation)
      .set({ confirmedAt: new Date(), reminderSentAt: null })
      .where(and(eq(organisation.id, t.organisationId), eq(organisation.state, 'published')))
      .returning({ id: organisation.id, name: organisation.name });
    if (!org) throw new AppError('token_invalid');
    await recordAudit(tx, meta, {
      action: 'organisation.confirm_link',
      actorId: t.userId,
      targetType: 'organisation',
      targetId: org.id,
    });
    return { organisationId: org.id, name: org.name };
  });
}
