// The organisations of the demo registry: written, counted and removed here, through the same
// repository functions as real ones, so that search indexes and cached counts follow as they do
// for any change. Demo rows carry `demo = true`; nothing else ever does.
import { count, eq, sql } from 'drizzle-orm';
import { organisationDataSchema } from '../../../common/schemas/organisations.js';
import type { Db } from '../../db/client.js';
import { organisation } from '../../db/schema/index.js';
import type { ReferenceName } from '../../db/schema/regions.js';
import { rowsOf } from '../../db/sql.js';
import { type DemoMunicipality, generateDemoOrganisations } from './demo-data.js';
import { diffData } from './diff.js';
import * as repo from './repo.js';

/** How many organisations the demo registry has. */
export const demoOrganisationCount = 300;

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Municipalities with a weight for where demo organisations are (the square root of their postal
 * code areas, a rough stand-in for size that still leaves room for small places) and the place
 * each one stands for.
 */
async function demoMunicipalities(db: Db) {
  const result = await db.execute(sql`
    select m.code, m.region_code, m.name, count(p.code)::int as n
    from municipality m left join postal_code p on p.municipality_code = m.code
    group by m.code order by m.code`);
  const rows = rowsOf<{ code: string; region_code: string; name: ReferenceName; n: number }>(
    result,
  );
  return {
    weights: rows.map(
      (r): DemoMunicipality => ({
        code: r.code,
        regionCode: r.region_code,
        weight: Math.sqrt(Number(r.n) + 1),
      }),
    ),
    places: new Map(
      rows.map((r): [string, repo.Place] => [
        r.code,
        { regionCode: r.region_code, municipalityName: r.name },
      ]),
    ),
  };
}

/** Adds the demo organisations, published, in one transaction; returns how many. */
export async function insertDemoOrganisations(db: Db, now = new Date()): Promise<number> {
  const { weights, places } = await demoMunicipalities(db);
  const items = generateDemoOrganisations(demoOrganisationCount, weights)
    // Oldest first, as if they had been added over time.
    .sort((a, b) => b.ageDays - a.ageDays)
    .map((item) => {
      const data = organisationDataSchema.parse(item.data);
      const place = data.municipality ? places.get(data.municipality) : undefined;
      if (!place) throw new Error(`demo data: unknown municipality ${data.municipality}`);
      const at = new Date(now.getTime() - item.ageDays * dayMs);
      return { data, place, state: 'published', createdBy: null, demo: { at } };
    });
  await db.transaction(async (tx) => {
    const rows = await repo.insertOrganisations(tx, items);
    await repo.revisions.insert(
      tx,
      rows.map((row) => ({
        ownerId: row.id,
        version: 1,
        action: 'create',
        actorId: null,
        actorLabel: null,
        at: row.createdAt,
        data: row.data,
        changes: diffData(null, row.data),
      })),
    );
  });
  return items.length;
}

export async function countDemoOrganisations(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(organisation)
    .where(eq(organisation.demo, true));
  return Number(row?.n ?? 0);
}

/**
 * Deletes the demo organisations and, with them, what belongs to them (revisions, members,
 * requests, invitations, logos: the foreign keys cascade). Returns how many.
 */
export async function deleteDemoOrganisations(db: Db): Promise<number> {
  const deleted = await db
    .delete(organisation)
    .where(eq(organisation.demo, true))
    .returning({ id: organisation.id });
  return deleted.length;
}
