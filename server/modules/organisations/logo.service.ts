import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { organisation, organisationLogo } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import type { Caller } from '../accounts/policy.js';
import { type RequestMeta, recordAudit } from '../audit/service.js';
import { canEdit } from './policy.js';
import { loadVisible } from './service.js';

export const logoContentTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;

/**
 * The image type from the file's own signature, whatever the client declared: PNG, JPEG and WebP
 * only. SVG is refused because it can carry script.
 */
export function sniffImage(bytes: Buffer): (typeof logoContentTypes)[number] | undefined {
  if (
    bytes.length >= 8 &&
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  ) {
    return 'image/png';
  }
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return 'image/jpeg';
  }
  if (
    bytes.length >= 12 &&
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP'
  ) {
    return 'image/webp';
  }
  return undefined;
}

export async function putLogo(
  db: Db,
  meta: RequestMeta,
  caller: Caller,
  id: string,
  bytes: Buffer,
) {
  const { scope } = await loadVisible(db, caller, id);
  if (!canEdit(caller, scope)) throw new AppError('forbidden');
  const contentType = sniffImage(bytes);
  if (!contentType) throw new AppError('image_invalid');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
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
