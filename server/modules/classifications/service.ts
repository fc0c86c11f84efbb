import type { z } from 'zod';
import type {
  industrySectionListSchema,
  sdgGoalListSchema,
} from '../../../common/schemas/classifications.js';
import type { Db } from '../../db/client.js';
import { TOL2008 } from './reference-data.js';
import * as repo from './repo.js';

export async function listIndustrySections(
  db: Db,
): Promise<z.infer<typeof industrySectionListSchema>> {
  return { version: TOL2008, items: await repo.selectIndustrySections(db, TOL2008) };
}

export async function listSdgGoals(db: Db): Promise<z.infer<typeof sdgGoalListSchema>> {
  return { items: await repo.selectSdgGoals(db) };
}
