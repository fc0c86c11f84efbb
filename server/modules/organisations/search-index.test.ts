/**
 * The directory's search index stays exact when another process writes: each process keeps its
 * own index (one per database handle) and catches up from the change feed before answering.
 * A second handle on the same database stands in for a second app process.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.js';
import { LiveIndex } from '../../search/live-index.js';
import { csrf, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createOrg, patchOrg, search } from '../../test/organisations.js';
import { organisationSource } from './search-source.js';

let t: TestApp;
let coordinator: { cookie: string };
/** The "other process": its own index over the same database. */
let other: LiveIndex<unknown>;
const find = async (text: string, filters: Record<string, string[]> = {}) =>
  (await other.current()).search({
    text,
    filters,
    sort: 'relevance',
    offset: 0,
    limit: 20,
    facets: false,
  }).keys;

beforeAll(async () => {
  t = await buildTestApp();
  coordinator = await signUp(t, { role: 'coordinator' });
  other = new LiveIndex(
    Object.create(t.database.db) as Db,
    organisationSource,
  ) as LiveIndex<unknown>;
});
afterAll(() => t.close());

describe('search index across processes', () => {
  it('sees organisations created, renamed and merged by another process at once', async () => {
    expect(await find('Saippuakuplatehdas')).toEqual([]);
    const created = await createOrg(t, coordinator.cookie, { name: 'Saippuakuplatehdas Oy' });
    expect(await find('saippuakuplatehtaalla')).toEqual([created.id]);
    // This process's own index answers the same.
    expect(
      (await search(t, 'q=saippuakuplatehdas')).items.map((i: { id: string }) => i.id),
    ).toEqual([created.id]);

    const renamed = await patchOrg(t, coordinator.cookie, created.id, {
      version: created.version,
      name: 'Kuplakone Oy',
    });
    expect(renamed.statusCode).toBe(200);
    expect(await find('saippuakuplatehdas')).toEqual([]);
    expect(await find('kuplakoneen')).toEqual([created.id]);

    const keeper = await createOrg(t, coordinator.cookie, { name: 'Vaahtokarkkitehdas Oy' });
    const merged = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${keeper.id}/merge`,
      headers: { ...csrf, cookie: coordinator.cookie },
      payload: { duplicateId: created.id },
    });
    expect(merged.statusCode).toBe(200);
    // The merged organisation leaves the directory in every process.
    expect(await find('kuplakone')).toEqual([]);
    expect(await find('vaahtokarkkitehdas')).toEqual([keeper.id]);
  });

  it('drops an organisation that another process deleted (its tombstone says so)', async () => {
    const doomed = await createOrg(t, coordinator.cookie, { name: 'Poistuva Osuuskunta' });
    expect(await find('poistuva')).toEqual([doomed.id]);
    expect((await search(t, 'q=poistuva')).total).toBe(1);
    await t.database.db.execute(sql`delete from organisation where id = ${doomed.id}`);
    expect(await find('poistuva')).toEqual([]);
    expect((await search(t, 'q=poistuva')).total).toBe(0);
  });

  it('misses no write of a transaction still running when the index last looked', async (ctx) => {
    // The embedded database runs one transaction at a time: nothing can commit meanwhile.
    if (t.database.kind !== 'postgresql') ctx.skip();
    const slow = await createOrg(t, coordinator.cookie, { name: 'Hidas Muutos Oy' });
    expect(await find('hidas')).toEqual([slow.id]);
    let fastId = '';
    // A transaction writes and stays open while another write commits and the index catches up.
    await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`update organisation set status = 'ceased' where id = ${slow.id}`);
      fastId = (await createOrg(t, coordinator.cookie, { name: 'Nopea Muutos Oy' })).id;
      expect(await find('nopea')).toEqual([fastId]);
      expect(await find('hidas', { status: ['ceased'] })).toEqual([]);
    });
    expect(await find('hidas', { status: ['ceased'] })).toEqual([slow.id]);
  });

  it('keeps the change mark in the database: every update takes its transaction id', async () => {
    const org = await createOrg(t, coordinator.cookie, { name: 'Merkki Oy' });
    const before = await t.database.db.execute(
      sql`select change_xid::text as x from organisation where id = ${org.id}`,
    );
    await patchOrg(t, coordinator.cookie, org.id, {
      version: org.version,
      name: 'Merkki Kaksi Oy',
    });
    const after = await t.database.db.execute(
      sql`select change_xid::text as x from organisation where id = ${org.id}`,
    );
    const x = (r: unknown) => BigInt((r as { rows: { x: string }[] }).rows[0]?.x ?? '0');
    expect(x(after)).toBeGreaterThan(x(before));
  });
});
