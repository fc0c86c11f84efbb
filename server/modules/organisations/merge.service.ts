import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  type OrganisationData,
  organisationDataSchema,
} from '../../../common/schemas/organisations.js';
import type { Db } from '../../db/client.js';
import {
  organisation,
  organisationConfirmToken,
  organisationInvitation,
  organisationLogo,
  organisationMember,
  organisationRequest,
  organisationRevision,
} from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import type { Caller } from '../accounts/policy.js';
import { type RequestMeta, recordAudit } from '../audit/service.js';
import { canModerate } from './policy.js';
import * as repo from './repo.js';
import { getOrganisation, loadVisible, resolvePlace, writeRevision } from './service.js';

const isEmpty = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** The survivor keeps its values; fields it lacks are taken from the duplicate. */
export function mergeData(
  survivor: OrganisationData,
  duplicate: OrganisationData,
): OrganisationData {
  const out: Record<string, unknown> = { ...survivor };
  for (const [key, value] of Object.entries(duplicate)) {
    if (key === 'description' || key === 'criteria') {
      const a = (survivor[key] ?? {}) as Record<string, unknown>;
      const b = (value ?? {}) as Record<string, unknown>;
      const merged: Record<string, unknown> = { ...a };
      for (const [k, v] of Object.entries(b)) if (isEmpty(merged[k])) merged[k] = v;
      out[key] = merged;
    } else if (isEmpty(out[key])) out[key] = value;
  }
  return organisationDataSchema.parse(out);
}

/**
 * Folds a duplicate into a survivor: representatives, open requests, invitations, the logo and
 * the whole history move to the survivor; the duplicate remains only as a pointer (`merged`).
 */
export async function mergeOrganisations(
  db: Db,
  meta: RequestMeta,
  caller: Caller,
  survivorId: string,
  duplicateId: string,
) {
  if (survivorId === duplicateId) {
    throw new AppError('invalid_request', {
      fields: [{ location: 'body', path: 'duplicateId', code: 'same_organisation', message: '' }],
    });
  }
  const survivor = await loadVisible(db, caller, survivorId);
  const duplicate = await loadVisible(db, caller, duplicateId);
  for (const o of [survivor, duplicate]) {
    if (!canModerate(caller, o.row.org.regionCode)) throw new AppError('forbidden');
    if (o.row.org.state === 'rejected') throw new AppError('organisation_not_found');
  }
  const merged = mergeData(survivor.row.org.data, duplicate.row.org.data);
  const { data, place } = await resolvePlace(db, merged);
  await db.transaction(async (tx) => {
    // The duplicate leaves first, so that its business ID may pass to the survivor.
    await tx
      .update(organisation)
      .set({ state: 'merged', mergedInto: survivorId, updatedAt: new Date() })
      .where(eq(organisation.id, duplicateId));
    const changes = await writeRevision(
      tx,
      caller,
      survivor.row.org,
      data,
      place,
      survivor.row.org.version,
      'merge',
    );
    if (!changes) throw new AppError('version_conflict');
    const dupMembers = await tx
      .select()
      .from(organisationMember)
      .where(eq(organisationMember.organisationId, duplicateId));
    for (const m of dupMembers) {
      await repo.insertMember(tx, survivorId, m.userId, m.role as 'owner' | 'editor');
    }
    await tx.delete(organisationMember).where(eq(organisationMember.organisationId, duplicateId));
    // Pending requests follow unless the same person already has one for the survivor.
    await tx.execute(sql`
      update organisation_request d set organisation_id = ${survivorId}
      where d.organisation_id = ${duplicateId}
        and not (d.state = 'pending' and exists (
          select 1 from organisation_request s
          where s.organisation_id = ${survivorId} and s.user_id = d.user_id and s.state = 'pending'))`);
    await tx
      .update(organisationRequest)
      .set({ state: 'rejected', reason: 'merged', decidedBy: caller.id, decidedAt: new Date() })
      .where(
        and(
          eq(organisationRequest.organisationId, duplicateId),
          inArray(organisationRequest.state, ['pending']),
        ),
      );
    await tx
      .update(organisationRevision)
      .set({ organisationId: survivorId })
      .where(eq(organisationRevision.organisationId, duplicateId));
    await tx
      .update(organisationInvitation)
      .set({ organisationId: survivorId })
      .where(eq(organisationInvitation.organisationId, duplicateId));
    await tx
      .delete(organisationConfirmToken)
      .where(eq(organisationConfirmToken.organisationId, duplicateId));
    if (!survivor.row.org.hasLogo && duplicate.row.org.hasLogo) {
      await tx
        .update(organisationLogo)
        .set({ organisationId: survivorId })
        .where(eq(organisationLogo.organisationId, duplicateId));
      await repo.setOrganisationFields(tx, survivorId, { hasLogo: true });
    }
    await recordAudit(tx, meta, {
      action: 'organisation.merge',
      actorId: caller.id,
      targetType: 'organisation',
      targetId: survivorId,
      details: { duplicateId },
    });
  });
  return getOrganisation(db, caller, survivorId);
}
