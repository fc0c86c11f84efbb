import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { project, projectLogo } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { checkedImage } from '../../images/logo.js';
import type { Caller } from '../accounts/policy.js';
import { type RequestMeta, recordAudit } from '../audit/service.js';
import { canEdit } from './policy.js';
import { loadVisible } from './service.js';

/** Sets a project's logo (its editors): not part of the versioned data, so no form goes stale. */
export async function putProjectLogo(
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
      .insert(projectLogo)
      .values({ projectId: id, contentType, bytes, sha256 })
      .onConflictDoUpdate({
        target: projectLogo.projectId,
        set: { contentType, bytes, sha256, updatedAt: new Date() },
      });
    await tx
      .update(project)
      .set({ hasLogo: true, updatedAt: new Date() })
      .where(eq(project.id, id));
    await recordAudit(tx, meta, {
      action: 'project.logo',
      actorId: caller.id,
      targetType: 'project',
      targetId: id,
      details: { contentType, bytes: bytes.length },
    });
  });
}

export async function deleteProjectLogo(db: Db, meta: RequestMeta, caller: Caller, id: string) {
  const { scope } = await loadVisible(db, caller, id);
  if (!canEdit(caller, scope)) throw new AppError('forbidden');
  await db.transaction(async (tx) => {
    await tx.delete(projectLogo).where(eq(projectLogo.projectId, id));
    await tx
      .update(project)
      .set({ hasLogo: false, updatedAt: new Date() })
      .where(eq(project.id, id));
    await recordAudit(tx, meta, {
      action: 'project.logo_delete',
      actorId: caller.id,
      targetType: 'project',
      targetId: id,
    });
  });
}

/** The logo of a project the caller may see (404 otherwise, or when it has none). */
export async function getProjectLogo(db: Db, caller: Caller | null, id: string) {
  await loadVisible(db, caller, id);
  const [logo] = await db.select().from(projectLogo).where(eq(projectLogo.projectId, id));
  if (!logo) throw new AppError('not_found');
  return logo;
}
