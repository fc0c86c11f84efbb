import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrf, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createOrg } from '../../test/organisations.js';
import { representedOrg } from '../../test/projects.js';

let t: TestApp;
type User = { cookie: string; email: string };
let coordinator: User;
let tampereCoordinator: User;
let repA: User;
let repC: User;
let stranger: User;
let a: string;
let b: string;
let c: string;
let tampere: string;

beforeAll(async () => {
  t = await buildTestApp();
  coordinator = await signUp(t, { role: 'coordinator' });
  tampereCoordinator = await signUp(t, { role: 'coordinator', regions: ['06'] });
  repA = await signUp(t);
  repC = await signUp(t);
  stranger = await signUp(t);
  a = await representedOrg(t, repA, coordinator, 'Suhdetesti Alfa ry');
  c = await representedOrg(t, repC, coordinator, 'Suhdetesti Gamma osuuskunta');
  b = (
    await createOrg(t, coordinator.cookie, {
      name: 'Suhdetesti Beeta säätiö',
      nameSv: 'Relationstest Beta stiftelse',
    })
  ).id;
  tampere = (
    await createOrg(t, coordinator.cookie, { name: 'Suhdetesti Tampere oy', municipality: '837' })
  ).id;
});
afterAll(() => t.close());

const post = (body: object, cookie?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/relations',
    headers: cookie ? { ...csrf, cookie } : csrf,
    payload: body,
  });
const send = (method: 'PATCH' | 'DELETE' | 'POST', url: string, cookie?: string, body?: object) =>
  t.app.inject({
    method,
    url,
    headers: cookie ? { ...csrf, cookie } : csrf,
    ...(body ? { payload: body } : {}),
  });
const list = async (query: string, headers: Record<string, string> = {}) => {
  const res = await t.app.inject({ url: `/api/v1/relations?${query}`, headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const ofOrg = async (id: string, cookie?: string) =>
  (await list(`organisation=${id}`, cookie ? { cookie } : {})).items as {
    id: string;
    type: string;
    state: string;
    from: { id: string; name: string };
    to: { id: string; name: string };
    canEdit: boolean;
    canConfirm: boolean;
    version: number;
  }[];

describe('relations stated by someone who acts for both sides', () => {
  it('are confirmed at once and listed on both organisations, named in the language asked', async () => {
    const res = await post(
      { fromId: b, toId: a, type: 'funds', startDate: '2025-01-01' },
      coordinator.cookie,
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      type: 'funds',
      from: { id: b, name: 'Suhdetesti Beeta säätiö' },
      to: { id: a, name: 'Suhdetesti Alfa ry' },
      startDate: '2025-01-01',
      endDate: null,
      state: 'confirmed',
      version: 1,
      canEdit: true,
      canConfirm: false,
    });
    // Anyone sees it on both sides, without the right to change it.
    for (const id of [a, b]) {
      const items = await ofOrg(id);
      expect(items.map((r) => [r.type, r.from.id, r.to.id])).toContainEqual(['funds', b, a]);
      expect(items.every((r) => !r.canEdit && !r.canConfirm)).toBe(true);
    }
    const sv = await list(`organisation=${b}`, { 'accept-language': 'sv' });
    expect(sv.items[0].from.name).toBe('Relationstest Beta stiftelse');
    // The representative of one side may change and remove it, not confirm it again.
    const mine = (await ofOrg(a, repA.cookie)).find((r) => r.type === 'funds');
    expect(mine).toMatchObject({ canEdit: true, canConfirm: false });
  });

  it('filters by kind and pages', async () => {
    await post({ fromId: a, toId: b, type: 'supports' }, coordinator.cookie);
    const supports = await list(`organisation=${a}&type=supports`);
    expect(supports.items.map((r: { type: string }) => r.type)).toEqual(['supports']);
    const paged = await list(`organisation=${a}&pageSize=1&page=2`);
    expect(paged).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(paged.items).toHaveLength(1);
  });
});

describe('a relation stated by one side', () => {
  let id: string;

  it('waits for the other side, seen only by those who act for either side', async () => {
    const res = await post({ fromId: a, toId: c, type: 'member_of' }, repA.cookie);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ state: 'proposed', canEdit: true, canConfirm: false });
    id = res.json().id;
    expect((await ofOrg(c)).some((r) => r.id === id)).toBe(false);
    expect((await ofOrg(c, stranger.cookie)).some((r) => r.id === id)).toBe(false);
    expect((await t.app.inject({ url: `/api/v1/relations/${id}` })).statusCode).toBe(404);
    const forC = (await ofOrg(c, repC.cookie)).find((r) => r.id === id);
    expect(forC).toMatchObject({ state: 'proposed', canEdit: true, canConfirm: true });
    // The coordinator of another region does not see it; a national one does.
    expect((await ofOrg(c, tampereCoordinator.cookie)).some((r) => r.id === id)).toBe(false);
    expect((await ofOrg(c, coordinator.cookie)).some((r) => r.id === id)).toBe(true);
  });

  it('cannot be confirmed by the side that stated it, nor by a stranger', async () => {
    expect((await send('POST', `/api/v1/relations/${id}/confirm`, repA.cookie)).statusCode).toBe(
      403,
    );
    expect(
      (await send('POST', `/api/v1/relations/${id}/confirm`, stranger.cookie)).statusCode,
    ).toBe(404);
    expect((await send('POST', `/api/v1/relations/${id}/confirm`)).statusCode).toBe(401);
  });

  it('becomes public when the other side confirms it', async () => {
    const res = await send('POST', `/api/v1/relations/${id}/confirm`, repC.cookie);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'confirmed', version: 2, canConfirm: false });
    expect((await ofOrg(c)).find((r) => r.id === id)).toMatchObject({
      type: 'member_of',
      from: { id: a },
      to: { id: c },
    });
  });

  it('from a regional coordinator acting for the side in their region, waits for the other', async () => {
    const res = await post(
      { fromId: tampere, toId: c, type: 'partner_of' },
      tampereCoordinator.cookie,
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().state).toBe('proposed');
    // …and cannot be stated by them between two organisations out of their reach.
    const out = await post({ fromId: a, toId: c, type: 'supports' }, tampereCoordinator.cookie);
    expect(out.statusCode).toBe(403);
  });
});

describe('changing and removing', () => {
  let id: string;
  let version: number;

  beforeAll(async () => {
    const res = await post({ fromId: a, toId: b, type: 'owns' }, coordinator.cookie);
    id = res.json().id;
    version = res.json().version;
  });

  it('changes the dates on the version it was based on; a stale version is 409 with the current', async () => {
    const url = `/api/v1/relations/${id}`;
    const ok = await send('PATCH', url, repA.cookie, {
      startDate: '2020-05-01',
      endDate: '2024-12-31',
      version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ startDate: '2020-05-01', endDate: '2024-12-31' });
    expect(ok.json().version).toBe(version + 1);
    const stale = await send('PATCH', url, coordinator.cookie, { endDate: null, version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'version_conflict',
      details: { current: { id, endDate: '2024-12-31', version: version + 1 } },
    });
    const backwards = await send('PATCH', url, coordinator.cookie, {
      startDate: '2025-01-01',
      version: version + 1,
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.code).toBe('date_range_invalid');
    expect(backwards.json().error.details.fields[0].path).toBe('endDate');
    const forStranger = await send('PATCH', url, stranger.cookie, {
      endDate: null,
      version: version + 1,
    });
    expect(forStranger.statusCode).toBe(403);
  });

  it('is removed by either side, and then not found', async () => {
    const url = `/api/v1/relations/${id}`;
    expect((await send('DELETE', url)).statusCode).toBe(401);
    expect((await send('DELETE', url, stranger.cookie)).statusCode).toBe(403);
    expect((await send('DELETE', url, repA.cookie)).statusCode).toBe(204);
    expect((await t.app.inject({ url })).statusCode).toBe(404);
    expect((await send('DELETE', url, coordinator.cookie)).statusCode).toBe(404);
  });
});

describe('bad input', () => {
  const statusAndCode = async (body: object, cookie = coordinator.cookie) => {
    const res = await post(body, cookie);
    return {
      status: res.statusCode,
      code: res.json().error?.code,
      fields: res.json().error?.details?.fields,
    };
  };

  it('refuses a relation of an organisation to itself, naming the field', async () => {
    expect(await statusAndCode({ fromId: a, toId: a, type: 'supports' })).toMatchObject({
      status: 400,
      code: 'relation_to_itself',
      fields: [{ path: 'toId' }],
    });
  });

  it('refuses an end before the start', async () => {
    const r = await statusAndCode({
      fromId: a,
      toId: b,
      type: 'member_of',
      startDate: '2026-01-01',
      endDate: '2025-01-01',
    });
    expect(r).toMatchObject({
      status: 400,
      code: 'date_range_invalid',
      fields: [{ path: 'endDate' }],
    });
  });

  it('refuses a side that is not a published organisation', async () => {
    const pending = (await createOrg(t, stranger.cookie, { name: 'Suhdetesti Odottava ry' })).id;
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const [fromId, path] of [
      [pending, 'fromId'],
      [unknown, 'fromId'],
    ] as const) {
      expect(await statusAndCode({ fromId, toId: b, type: 'supports' })).toMatchObject({
        status: 400,
        code: 'invalid_request',
        fields: [{ path, code: 'organisation_not_published' }],
      });
    }
  });

  it('refuses unknown kinds, malformed ids and dates', async () => {
    for (const body of [
      { fromId: a, toId: b, type: 'hates' },
      { fromId: 'x', toId: b, type: 'funds' },
      { fromId: a, toId: b, type: 'funds', startDate: '2025-13-01' },
      { fromId: a, toId: b, type: 'funds', startDate: '<script>alert(1)</script>' },
      { fromId: a, toId: b },
    ]) {
      expect((await statusAndCode(body)).status, JSON.stringify(body)).toBe(400);
    }
  });

  it('refuses the same relation twice, either way round when it reads the same both ways', async () => {
    expect(
      (await post({ fromId: a, toId: b, type: 'partner_of' }, coordinator.cookie)).statusCode,
    ).toBe(201);
    expect(await statusAndCode({ fromId: a, toId: b, type: 'partner_of' })).toMatchObject({
      status: 409,
      code: 'duplicate_relation',
    });
    expect(await statusAndCode({ fromId: b, toId: a, type: 'partner_of' })).toMatchObject({
      status: 409,
      code: 'duplicate_relation',
    });
    // A kind that reads differently each way is another relation the other way round.
    expect((await post({ fromId: a, toId: b, type: 'funds' }, coordinator.cookie)).statusCode).toBe(
      201,
    );
  });

  it('asks for a signed-in caller who acts for a side', async () => {
    expect((await post({ fromId: a, toId: b, type: 'member_of' })).statusCode).toBe(401);
    expect(
      await statusAndCode({ fromId: a, toId: b, type: 'member_of' }, stranger.cookie),
    ).toMatchObject({
      status: 403,
      code: 'forbidden',
    });
  });
});
