import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { organisation, organisationLogo } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { checkedImage } from '../../images/logo.js';
import type { Caller } from '../accounts/policy.js';
import { type RequestMeta, recordAudit } from '../audit/service.js';
import { canEdit } from './policy.js';
import { loadVisible } from './service.js';

export async function putLogo(
  db: Db,
  meta: RequestMeta,
  caller: Caller,
  id: string,
  bytes: Buffer,
) {
  const { scope } = await loadVisible(db, caller, id);
  if (!canEdit(caller, scope)) throw new AppError('forbidden');
  const { contentType, sha256 } = checkedImage(bytes);
  await db.transaction(async (tx) => {
    await tx
      .insert(organisationLogo)
      .values({ organisationId: id, contentType, bytes, sha256 })
      .onConflictDoUpdate({
        target: organisationLogo.organisationId,
        set: { contentType, bytes, sha256, updatedAt: new Date() },
      });
    // The logo is not part of the versioned data: an edit form open meanwhile stays valid.
    await tx
      .update(organisation)
      .set({ hasLogo: true, updatedAt: new Date() })
      .where(eq(organisation.id, id));
    await recordAudit(tx, meta, {
      action: 'organisation.logo',
      actorId: caller.id,
      targetType: 'organisation',
      targetId: id,
      details: { contentType, bytes: bytes.length },
    });
  });
}

export async function deleteLogo(db: Db, meta: RequestMeta, caller: Caller, id: string) {
  const { scope } = await loadVisible(db, caller, id);
  if (!canEdit(caller, scope)) throw new AppError('forbidden');
  await db.transaction(async (tx) => {
    await tx.delete(organisationLogo).where(eq(organisationLogo.organisationId, id));
    await tx
      .update(organisation)
      .set({ hasLogo: false, updatedAt: new Date() })
      .where(eq(organisation.id, id));
    await recordAudit(tx, meta, {
      action: 'organisation.logo_delete',
      actorId: caller.id,
      targetType: 'organisation',
      targetId: id,
    });
  });
}

export async function getLogo(db: Db, caller: Caller | null, id: string) {
  await loadVisible(db, caller, id);
  const [logo] = await db
    .select()
    .from(organisationLogo)
    .where(eq(organisationLogo.organisationId, id));
  if (!logo) throw new AppError('not_found');
  return logo;
}
