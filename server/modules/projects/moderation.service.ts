import { and, count, desc, eq, or, sql } from 'drizzle-orm';
import type { Lang } from '../../../common/languages.js';
import type { Db } from '../../db/client.js';
import { appUser, project, projectRequest } from '../../db/schema/index.js';
import { sqlArray } from '../../db/sql.js';
import { AppError } from '../../errors.js';
import type { Caller } from '../accounts/policy.js';
import { type RequestMeta, recordAudit } from '../audit/service.js';
import { enqueueMail } from '../mail/service.js';
import * as orgRepo from '../organisations/repo.js';
import { pageLink } from '../organisations/service.js';
import { canModerate } from './policy.js';
import * as repo from './repo.js';

const pageSize = 50;

/**
 * The projects a coordinator's lists show: those in their regions and the national ones; no
 * condition for national coordinators and admins.
 */
function moderatedProjects(caller: Caller) {
  if (caller.role !== 'coordinator' || caller.regions.length === 0) return undefined;
  return or(
    sql`cardinality(${project.regionCodes}) = 0`,
    sql`${project.regionCodes} && ${sqlArray(caller.regions, 'text')}`,
  );
}

/** Project proposals waiting for (or given) a decision, in the coordinator's regions. */
export async function listProjectRequests(
  db: Db,
  caller: Caller,
  query: { state: 'pending' | 'approved' | 'rejected'; page: number },
) {
  if (caller.role !== 'admin' && caller.role !== 'coordinator') throw new AppError('forbidden');
  const where = and(eq(projectRequest.state, query.state), moderatedProjects(caller));
  const [rows, [total]] = await Promise.all([
    db
      .select({
        r: projectRequest,
        title: project.title,
        regionCodes: project.regionCodes,
        userName: appUser.name,
        userEmail: appUser.email,
      })
      .from(projectRequest)
      .innerJoin(project, eq(project.id, projectRequest.projectId))
      .leftJoin(appUser, eq(appUser.id, projectRequest.userId))
      .where(where)
      .orderBy(
        query.state === 'pending' ? projectRequest.createdAt : desc(projectRequest.decidedAt),
      )
      .limit(pageSize)
      .offset((query.page - 1) * pageSize),
    db
      .select({ n: count() })
      .from(projectRequest)
      .innerJoin(project, eq(project.id, projectRequest.projectId))
      .where(where),
  ]);
  return {
    items: rows.map((x) => ({
      id: x.r.id,
      state: x.r.state as 'pending',
      project: { id: x.r.projectId, title: x.title, regions: x.regionCodes },
      requester: x.userName && x.userEmail ? { name: x.userName, email: x.userEmail } : null,
      reason: x.r.reason,
      createdAt: x.r.createdAt.toISOString(),
      decidedAt: x.r.decidedAt?.toISOString() ?? null,
    })),
    total: Number(total?.n ?? 0),
    page: query.page,
    pageSize,
  };
}

/**
 * Approves (publishes) or rejects a proposed project; the proposer is told by e-mail, with the
 * reason when it was rejected. Two coordinators deciding at once: the first one wins.
 */
export async function decideProjectRequest(
  db: Db,
  meta: RequestMeta,
  caller: Caller,
  baseUrl: string,
  requestId: string,
  decision: { decision: 'approve' } | { decision: 'reject'; reason: string },
) {
  const [req] = await db
    .select({ r: projectRequest, regionCodes: project.regionCodes, title: project.title })
    .from(projectRequest)
    .innerJoin(project, eq(project.id, projectRequest.projectId))
    .where(and(eq(projectRequest.id, requestId), eq(projectRequest.state, 'pending')));
  if (!req) throw new AppError('request_not_found');
  if (!canModerate(caller, req.regionCodes)) throw new AppError('forbidden');
  const approve = decision.decision === 'approve';
  const reason = decision.decision === 'reject' ? decision.reason : null;
  const projectId = req.r.projectId;
  await db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(projectRequest)
      .set({
        state: approve ? 'approved' : 'rejected',
        reason,
        decidedBy: caller.id,
        decidedAt: new Date(),
      })
      .where(and(eq(projectRequest.id, requestId), eq(projectRequest.state, 'pending')))
      .returning({ id: projectRequest.id });
    if (!claimed) throw new AppError('request_not_found');
    await repo.setProjectFields(tx, projectId, {
      state: approve ? 'published' : 'rejected',
      updatedAt: new Date(),
    });
    const requester = req.r.userId ? await orgRepo.selectUser(tx, req.r.userId) : undefined;
    if (requester) {
      const lang = requester.lang as Lang;
      await enqueueMail(tx, {
        to: requester.email,
        lang,
        message: approve ? 'projectApproved' : 'projectRejected',
        vars: {
          name: requester.name,
          project: req.title,
          reason: reason ?? '',
          link: pageLink(baseUrl, 'project', lang, { id: projectId }),
        },
      });
    }
    await recordAudit(tx, meta, {
      action: `project.propose_${approve ? 'approve' : 'reject'}`,
      actorId: caller.id,
      targetType: 'project',
      targetId: projectId,
      details: reason ? { reason } : {},
    });
  });
  return { id: requestId, state: approve ? ('approved' as const) : ('rejected' as const) };
}
