import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { industrySection, sdgGoal } from '../../db/schema/index.js';

export function selectIndustrySections(db: Db, version: string) {
  return db
    .select({ code: industrySection.code, name: industrySection.name })
    .from(industrySection)
    .where(eq(industrySection.version, version))
    .orderBy(asc(industrySection.sortOrder));
}

export function selectSdgGoals(db: Db) {
  return db.select().from(sdgGoal).orderBy(asc(sdgGoal.n));
}
