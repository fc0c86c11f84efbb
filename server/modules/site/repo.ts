import { and, eq } from 'drizzle-orm';
import type { SitePageKey } from '../../../common/schemas/site.js';
import type { Db } from '../../db/client.js';
import { siteContent } from '../../db/schema/index.js';

export type SiteContentRow = typeof siteContent.$inferSelect;

export async function selectSiteContent(db: Db, key: SitePageKey) {
  const [row] = await db.select().from(siteContent).where(eq(siteContent.key, key));
  return row;
}

/** Writes new content when the stored version is still `version`; undefined when it is not. */
export async function updateSiteContent(
  db: Db,
  key: SitePageKey,
  version: number,
  data: Record<string, unknown>,
  userId: string,
) {
  const [row] = await db
    .update(siteContent)
    .set({ data, version: version + 1, updatedAt: new Date(), updatedBy: userId })
    .where(and(eq(siteContent.key, key), eq(siteContent.version, version)))
    .returning();
  return row;
}
