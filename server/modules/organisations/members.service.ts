import { and, count, eq, gt, isNull } from 'drizzle-orm';
import type { Lang } from '../../../common/languages.js';
import { limits } from '../../../common/limits.js';
import type { MemberRole, MyOrganisations } from '../../../common/schemas/organisations.js';
import type { Db } from '../../db/client.js';
import { organisationInvitation, organisationMember } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import type { Caller } from '../accounts/policy.js';
import { hashToken, newToken } from '../accounts/tokens.js';
import { type RequestMeta, recordAudit } from '../audit/service.js';
import { enforceStrangerMailLimit, enqueueMail } from '../mail/service.js';
import { enforceLimit } from '../rate-limits/service.js';
import { canManageMembers } from './policy.js';
import * as repo from './repo.js';
import { type Context, loadVisible, pageLink } from './service.js';

const invitationDays = 14;

/** The organisations the caller represents, with role and state (the account page's list). */
export async function myOrganisations(db: Db, caller: Caller): Promise<MyOrganisations> {
  const rows = await repo.selectOrganisationsOfMember(db, caller.id);
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      state: r.state as MyOrganisations['items'][number]['state'],
      role: r.role as MyOrganisations['items'][number]['role'],
    })),
  };
}

export async function listMembers(db: Db, caller: Caller, id: string) {
  const { scope } = await loadVisible(db, caller, id);
  if (!scope.myRole && !canManageMembers(caller, scope)) throw new AppError('forbidden');
  const members = await repo.selectMembers(db, id);
  const invitations = canManageMembers(caller, scope)
    ? await db
        .select()
        .from(organisationInvitation)
        .where(
          and(
            eq(organisationInvitation.organisationId, id),
            isNull(organisationInvitation.acceptedAt),
            gt(organisationInvitation.expiresAt, new Date()),
          ),
        )
    : [];
  return {
    items: members.map((m) => ({
      userId: m.userId,
      name: m.name,
      email: m.email,
      role: m.role as MemberRole,
      since: m.since.toISOString(),
    })),
    invitations: invitations.map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role as MemberRole,
      expiresAt: i.expiresAt.toISOString(),
    })),
  };
}

/** An owner (or a coordinator) invites someone by e-mail; the link works for 14 days. */
export async function invite(
  db: Db,
  meta: RequestMeta,
  caller: Caller,
  ctx: Context,
  id: string,
  body: { email: string; role: MemberRole },
) {
  const { row, scope } = await loadVisible(db, caller, id);
  if (!canManageMembers(caller, scope)) throw new AppError('forbidden');
  const hour = 3600_000;
  await enforceLimit(
    db,
    `invite-org:${id}`,
    hour,
    limits.invitationsPerOrganisationPerHour,
    'organisation',
  );
  await enforceLimit(
    db,
    `invite-user:${caller.id}`,
    hour,
    limits.invitationsPerUserPerHour,
    'user',
  );
  await enforceStrangerMailLimit(db, body.email, 'invitation');
  const inviter = await repo.selectUser(db, caller.id);
  const token = newToken();
  await db.transaction(async (tx) => {
    await tx.insert(organisationInvitation).values({
      tokenHash: hashToken(token),
      organisationId: id,
      email: body.email,
      role: body.role,
      invitedBy: caller.id,
      expiresAt: new Date(Date.now() + invitationDays * 24 * 3600 * 1000),
    });
    // The invitee may have no account yet: the inviter's language is the best guess.
    const lang = (inviter?.lang ?? 'fi') as Lang;
    await enqueueMail(tx, {
      to: body.email,
      lang,
      message: 'organisationInvitation',
      vars: {
        name: inviter?.name ?? '',
        organisation: row.org.name,
        link: pageLink(ctx.baseUrl, 'organisationInvitation', lang, {}, `?token=${token}`),
      },
    });
    await recordAudit(tx, meta, {
      action: 'organisation.invite',
      actorId: caller.id,
      targetType: 'organisation',
      targetId: id,
      details: { role: body.role },
    });
  });
  return listMembers(db, caller, id);
}

/**
 * The signed-in person who opened an invitation link becomes a representative, when the invitation
 * was sent to their account's (verified) address: a forwarded or leaked link is refused, and stays
 * usable by the person it was meant for. Who accepted is recorded.
 */
export async function acceptInvitation(db: Db, meta: RequestMeta, caller: Caller, token: string) {
  const me = await repo.selectUser(db, caller.id);
  if (!me) throw new AppError('not_authenticated');
  const open = () =>
    and(
      eq(organisationInvitation.tokenHash, hashToken(token)),
      isNull(organisationInvitation.acceptedAt),
      gt(organisationInvitation.expiresAt, new Date()),
    );
  const [found] = await db.select().from(organisationInvitation).where(open());
  if (!found) throw new AppError('token_invalid');
  // Every signed-in account has a verified address (login requires it); both are lower-case.
  if (found.email !== me.email.toLowerCase()) {
    await recordAudit(db, meta, {
      action: 'organisation.invitation_refused',
      actorId: caller.id,
      targetType: 'organisation',
      targetId: found.organisationId,
      details: { reason: 'other_address' },
    });
    throw new AppError('invitation_other_address');
  }
  return db.transaction(async (tx) => {
    const [inv] = await tx
      .update(organisationInvitation)
      .set({ acceptedAt: new Date(), acceptedBy: caller.id })
      .where(and(eq(organisationInvitation.id, found.id), open()))
      .returning();
    // Accepted a moment ago in another request, or expired in between.
    if (!inv) throw new AppError('token_invalid');
    await repo.insertMember(tx, inv.organisationId, caller.id, inv.role as MemberRole);
    await recordAudit(tx, meta, {
      action: 'organisation.invitation_accept',
      actorId: caller.id,
      targetType: 'organisation',
      targetId: inv.organisationId,
    });
    return { organisationId: inv.organisationId };
  });
}

async function ownerCount(db: Db, id: string) {
  const [r] = await db
    .select({ n: count() })
    .from(organisationMember)
    .where(and(eq(organisationMember.organisationId, id), eq(organisationMember.role, 'owner')));
  return Number(r?.n ?? 0);
}

/**
 * Changes a representative's role or removes them (`role` null). Owners and coordinators manage
 * everyone; anyone may leave. The last owner stays.
 */
export async function changeMember(
  db: Db,
  meta: RequestMeta,
  caller: Caller,
  id: string,
  userId: string,
  role: MemberRole | null,
) {
  const { scope } = await loadVisible(db, caller, id);
  const leaving = role === null && userId === caller.id;
  if (!leaving && !canManageMembers(caller, scope)) throw new AppError('forbidden');
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ role: organisationMember.role })
      .from(organisationMember)
      .where(and(eq(organisationMember.organisationId, id), eq(organisationMember.userId, userId)));
    if (!current) throw new AppError('user_not_found');
    if (current.role === 'owner' && role !== 'owner' && (await ownerCount(tx, id)) <= 1) {
      throw new AppError('last_owner');
    }
    const where = and(
      eq(organisationMember.organisationId, id),
      eq(organisationMember.userId, userId),
    );
    if (role === null) await tx.delete(organisationMember).where(where);
    else await tx.update(organisationMember).set({ role }).where(where);
    await recordAudit(tx, meta, {
      action: role === null ? 'organisation.member_remove' : 'organisation.member_role',
      actorId: caller.id,
      targetType: 'organisation',
      targetId: id,
      details: { userId, role },
    });
  });
  return leaving ? { items: [], invitations: [] } : listMembers(db, caller, id);
}
