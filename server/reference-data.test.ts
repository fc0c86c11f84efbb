import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceDataset } from './db/schema/index.js';
import { loadReferenceData } from './reference-data.js';
import { buildTestApp, type TestApp } from './test/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

async function counts() {
  const res = await t.app.inject({ url: '/api/v1/regions' });
  return res.json().items.map((r: { counts: unknown }) => r.counts);
}

describe('reference data', () => {
  it('loads nothing when the data has not changed', async () => {
    expect(await loadReferenceData(t.database.db)).toEqual({ loaded: [] });
  });

  it('reloads changed data in place without duplicating rows', async () => {
    const before = await counts();
    await t.database.db.delete(referenceDataset).where(sql`true`);
    const { loaded } = await loadReferenceData(t.database.db);
    expect(loaded).toEqual(['regions', 'tol2008-sections', 'sdg-goals']);
    expect(await counts()).toEqual(before);
  });

  it('serves TOL 2008 sections and the SDG goals', async () => {
    const tol = (await t.app.inject({ url: '/api/v1/classifications/industry-sections' })).json();
    expect(tol.version).toBe('TOL2008');
    expect(tol.items[0]).toEqual({
      code: 'A',
      name: {
        fi: 'Maatalous, metsätalous ja kalatalous',
        sv: 'Jordbruk, skogsbruk och fiske',
        en: 'Agriculture, forestry and fishing',
      },
    });
    const sdg = (await t.app.inject({ url: '/api/v1/classifications/sdg-goals' })).json();
    expect(sdg.items).toHaveLength(17);
    expect(sdg.items[0]).toEqual({
      n: 1,
      name: { fi: 'Ei köyhyyttä', sv: 'Ingen fattigdom', en: 'No poverty' },
    });
  });
});
