import { and, count, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Lang } from '../../../common/languages.js';
import type { ModerationRequest } from '../../../common/schemas/organisations.js';
import type { Db } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import {
  appUser,
  municipality,
  organisation,
  organisationMember,
  organisationRequest,
  region,
} from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import type { Caller } from '../accounts/policy.js';
import { type RequestMeta, recordAudit } from '../audit/service.js';
import { enqueueMail } from '../mail/service.js';
import { canModerate, canRequestToRepresent, moderatedRegions } from './policy.js';
import * as repo from './repo.js';
import { type Context, loadVisible, pageLink } from './service.js';

const pageSize = 50;
const orgRegion = alias(region, 'org_region');

/**
 * Requests waiting for (or given) a decision, for a coordinator's regions: national coordinators
 * and admins see all.
 */
export async function listRequests(
  db: Db,
  caller: Caller,
  query: { state: 'pending' | 'approved' | 'rejected'; page: number },
) {
  if (caller.role !== 'admin' && caller.role !== 'coordinator') throw new AppError('forbidden');
  const where = and(eq(organisationRequest.state, query.state), moderatedRegions(caller));
  const [rows, [total]] = await Promise.all([
    db
      .select({
        r: organisationRequest,
        orgName: organisation.name,
        municipalityCode: organisation.municipalityCode,
        municipalityName: municipality.name,
        regionCode: organisation.regionCode,
        regionName: orgRegion.name,
        userName: appUser.name,
        userEmail: appUser.email,
      })
      .from(organisationRequest)
      .innerJoin(organisation, eq(organisation.id, organisationRequest.organisationId))
      .leftJoin(municipality, eq(municipality.code, organisation.municipalityCode))
      .leftJoin(orgRegion, eq(orgRegion.code, organisation.regionCode))
      .leftJoin(appUser, eq(appUser.id, organisationRequest.userId))
      .where(where)
      .orderBy(
        query.state === 'pending'
          ? organisationRequest.createdAt
          : desc(organisationRequest.decidedAt),
      )
      .limit(pageSize)
      .offset((query.page - 1) * pageSize),
    db
      .select({ n: count() })
      .from(organisationRequest)
      .innerJoin(organisation, eq(organisation.id, organisationRequest.organisationId))
      .where(where),
  ]);
  return {
    items: rows.map(
      (x): ModerationRequest => ({
        id: x.r.id,
        kind: x.r.kind as 'propose',
        state: x.r.state as 'pending',
        organisation: {
          id: x.r.organisationId,
          name: x.orgName,
          municipality:
            x.municipalityCode && x.municipalityName
              ? { code: x.municipalityCode, name: x.municipalityName }
              : null,
          region: x.regionCode && x.regionName ? { code: x.regionCode, name: x.regionName } : null,
        },
        requester: x.userName && x.userEmail ? { name: x.userName, email: x.userEmail } : null,
        message: x.r.message,
        reason: x.r.reason,
        createdAt: x.r.createdAt.toISOString(),
        decidedAt: x.r.decidedAt?.toISOString() ?? null,
      }),
    ),
    total: Number(total?.n ?? 0),
    page: query.page,
    pageSize,
  };
}

/** A member asks to represent a published organisation. */
export async function requestToRepresent(
  db: Db,
  meta: RequestMeta,
  caller: Caller,
  id: string,
  body: { message: string | null },
) {
  const { scope } = await loadVisible(db, caller, id);
  if (scope.myRole) throw new AppError('already_member');
  if (!canRequestToRepresent(caller, scope)) throw new AppError('forbidden');
  try {
    await db.transaction(async (tx) => {
      await tx.insert(organisationRequest).values({
        kind: 'represent',
        organisationId: id,
        userId: caller.id,
        message: body.message,
      });
      await recordAudit(tx, meta, {
        action: 'organisation.represent_request',
        actorId: caller.id,
        targetType: 'organisation',
        targetId: id,
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('request_pending');
    throw err;
  }
  return { state: 'pending' as const };
}

/**
 * Approves or rejects a request. Approving a proposal publishes the organisation; approving a
 * request to represent makes the requester its owner (when it has none) or an editor. The
 * requester is told by e-mail, with the reason when rejected.
 */
export async function decideRequest(
  db: Db,
  meta: RequestMeta,
  caller: Caller,
  ctx: Context,
  requestId: string,
  decision: { decision: 'approve' } | { decision: 'reject'; reason: string },
) {
  const [req] = await db
    .select({
      r: organisationRequest,
      regionCode: organisation.regionCode,
      name: organisation.name,
    })
    .from(organisationRequest)
    .innerJoin(organisation, eq(organisation.id, organisationRequest.organisationId))
    .where(and(eq(organisationRequest.id, requestId), eq(organisationRequest.state, 'pending')));
  if (!req) throw new AppError('request_not_found');
  if (!canModerate(caller, req.regionCode)) throw new AppError('forbidden');
  const approve = decision.decision === 'approve';
  const reason = decision.decision === 'reject' ? decision.reason : null;
  const orgId = req.r.organisationId;
  await db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(organisationRequest)
      .set({
        state: approve ? 'approved' : 'rejected',
        reason,
        decidedBy: caller.id,
        decidedAt: new Date(),
      })
      .where(and(eq(organisationRequest.id, requestId), eq(organisationRequest.state, 'pending')))
      .returning({ id: organisationRequest.id });
    // Two coordinators deciding at once: the first one wins.
    if (!claimed) throw new AppError('request_not_found');
    if (req.r.kind === 'propose') {
      await repo.setOrganisationFields(tx, orgId, {
        state: approve ? 'published' : 'rejected',
        updatedAt: new Date(),
        confirmedAt: new Date(),
      });
    } else if (approve && req.r.userId) {
      const owners = await tx
        .select({ n: count() })
        .from(organisationMember)
        .where(
          and(eq(organisationMember.organisationId, orgId), eq(organisationMember.role, 'owner')),
        );
      const hasOwner = Number(owners[0]?.n ?? 0) > 0;
      await repo.insertMember(tx, orgId, req.r.userId, hasOwner ? 'editor' : 'owner');
    }
    const requester = req.r.userId ? await repo.selectUser(tx, req.r.userId) : undefined;
    if (requester) {
      const lang = requester.lang as Lang;
      const message =
        req.r.kind === 'propose'
          ? approve
            ? 'proposalApproved'
            : 'proposalRejected'
          : approve
            ? 'representApproved'
            : 'representRejected';
      await enqueueMail(tx, {
        to: requester.email,
        lang,
        message,
        vars: {
          name: requester.name,
          organisation: req.name,
          reason: reason ?? '',
          link: pageLink(ctx.baseUrl, 'organisation', lang, { id: orgId }),
        },
      });
    }
    await recordAudit(tx, meta, {
      action: `organisation.${req.r.kind}_${approve ? 'approve' : 'reject'}`,
      actorId: caller.id,
      targetType: 'organisation',
      targetId: orgId,
      details: reason ? { reason } : {},
    });
  });
  return { id: requestId, state: approve ? ('approved' as const) : ('rejected' as const) };
}
