import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { rowsOf } from '../../db/sql.js';
import { GenerationCache, registryGeneration } from './cache.js';

const cache = new GenerationCache<Map<string, number>>(1);

/** Published organisations per region, counted again only after an organisation has changed. */
export async function publishedCountsByRegion(db: Db): Promise<Map<string, number>> {
  const generation = await registryGeneration(db);
  const cached = cache.get('regions', generation);
  if (cached) return cached;
  const result = await db.execute(sql`
    select region_code, count(*)::int as n from organisation
    where state = 'published' and region_code is not null group by region_code`);
  const counts = new Map(
    rowsOf<{ region_code: string; n: number }>(result).map((r) => [r.region_code, Number(r.n)]),
  );
  cache.set('regions', generation, counts);
  return counts;
}
