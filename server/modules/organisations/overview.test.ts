import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createOrg, patchOrg } from '../../test/organisations.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const overview = async () => {
  const res = await t.app.inject({ url: '/api/v1/organisations/overview' });
  expect(res.statusCode).toBe(200);
  return res.json();
};

describe('GET /api/v1/organisations/overview', () => {
  it('is empty on a new registry', async () => {
    expect(await overview()).toEqual({ organisations: 0, regions: 0, latest: [] });
  });

  it('counts published organisations and their regions, and lists the latest added first', async () => {
    const coordinator = await signUp(t, { role: 'coordinator' });
    const member = await signUp(t);
    const names = ['Ensimmäinen Osuuskunta', 'Toinen Osuuskunta', 'Kolmas Osuuskunta'];
    const ids: string[] = [];
    // Helsinki (Uusimaa), Helsinki, Tampere (Pirkanmaa).
    for (const [i, municipality] of ['091', '091', '837'].entries()) {
      ids.push((await createOrg(t, coordinator.cookie, { name: names[i], municipality })).id);
    }
    // A proposal waits for moderation: not counted, not listed.
    await createOrg(t, member.cookie, { name: 'Ehdotettu Osuuskunta', municipality: '049' });
    const first = await overview();
    expect(first.organisations).toBe(3);
    expect(first.regions).toBe(2);
    expect(first.latest.map((o: { name: string }) => o.name)).toEqual([...names].reverse());

    // An edit is not an addition: the order stays, the summary follows the edit.
    const edit = await patchOrg(t, coordinator.cookie, ids[0] as string, {
      version: 1,
      name: 'Ensimmäinen Osuuskunta Uusi',
    });
    expect(edit.statusCode).toBe(200);
    const second = await overview();
    expect(second.latest.map((o: { name: string }) => o.name)).toEqual([
      'Kolmas Osuuskunta',
      'Toinen Osuuskunta',
      'Ensimmäinen Osuuskunta Uusi',
    ]);
  });
});

describe('GET /api/v1/me/organisations', () => {
  const mine = (cookie?: string) =>
    t.app.inject({ url: '/api/v1/me/organisations', headers: cookie ? { cookie } : {} });

  it('lists what the person represents, with role and state, and nothing of others', async () => {
    const member = await signUp(t);
    const other = await signUp(t);
    expect((await mine(member.cookie)).json()).toEqual({ items: [] });
    const proposal = await createOrg(t, member.cookie, {
      name: 'Oma Ehdotus Osuuskunta',
      municipality: '091',
    });
    const res = await mine(member.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      { id: proposal.id, name: 'Oma Ehdotus Osuuskunta', state: 'pending', role: 'owner' },
    ]);
    expect((await mine(other.cookie)).json()).toEqual({ items: [] });
    expect((await mine()).statusCode).toBe(401);
  });
});
