import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrf, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createOrg } from '../../test/organisations.js';
import { createProject, projectBody, representedOrg } from '../../test/projects.js';

let t: TestApp;
type User = { cookie: string; email: string };
let coordinator: User;
let tampereCoordinator: User;
let runner: User;
let memberRep: User;
let outsider: User;
let lead: string;
let member: string;
let other: string;

beforeAll(async () => {
  t = await buildTestApp();
  coordinator = await signUp(t, { role: 'coordinator' });
  tampereCoordinator = await signUp(t, { role: 'coordinator', regions: ['06'] });
  runner = await signUp(t, { name: 'Vera Verkostoija' });
  memberRep = await signUp(t);
  outsider = await signUp(t);
  lead = await representedOrg(t, runner, coordinator, 'Verkostotesti Veturi ry');
  member = await representedOrg(t, memberRep, coordinator, 'Verkostotesti Jäsen oy');
  other = (await createOrg(t, coordinator.cookie, { name: 'Verkostotesti Kolmas säätiö' })).id;
});
afterAll(() => t.close());

const call = (method: 'POST' | 'PATCH' | 'DELETE', url: string, cookie?: string, body?: object) =>
  t.app.inject({
    method,
    url,
    headers: cookie ? { ...csrf, cookie } : csrf,
    ...(body ? { payload: body } : {}),
  });
const get = (url: string, cookie?: string) =>
  t.app.inject({ url, headers: cookie ? { cookie } : {} });
const search = async (query: string) => {
  const res = await get(`/api/v1/networks?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

const networkBody = (overrides: Record<string, unknown> = {}) => ({
  name: { fi: 'Uudenmaan yhteisötalousverkosto', sv: 'Nylands nätverk för social ekonomi' },
  description: { fi: 'Alueen toimijat yhdessä.' },
  kind: 'regional',
  regions: ['01'],
  contact: { name: 'Vera Verkostoija', email: 'vera@example.org' },
  ...overrides,
});

describe('the programme consortium', () => {
  it('is there from the start, empty, for coordinators to fill', async () => {
    const found = await search('kind=programme_consortium');
    expect(found.total).toBe(1);
    expect(found.items[0]).toMatchObject({
      kind: 'programme_consortium',
      memberCount: 0,
      name: { fi: expect.stringContaining('koordinaatiohankkeen konsortio') },
    });
    const history = await get(`/api/v1/networks/${found.items[0].id}/history`);
    expect(history.json().items.map((r: { action: string }) => r.action)).toEqual(['create']);
  });
});

describe('a network from set-up to archive', () => {
  let id: string;

  it('is set up by a coordinator with its first members, and public at once', async () => {
    const res = await call(
      'POST',
      '/api/v1/networks',
      coordinator.cookie,
      networkBody({
        members: [
          { organisationId: member, role: 'member', startDate: '2024-01-01' },
          { organisationId: lead, role: 'coordinator' },
        ],
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json()).toMatchObject({
      state: 'published',
      kind: 'regional',
      regions: [{ code: '01', name: { fi: 'Uusimaa' } }],
      memberCount: 2,
      coordinators: [{ id: lead, name: 'Verkostotesti Veturi ry' }],
      permissions: { edit: true, moderate: true },
      version: 1,
    });
    // Readers see it, without the contact person unless published, and its members, coordinators first.
    const anonymous = await get(`/api/v1/networks/${id}`);
    expect(anonymous.json()).toMatchObject({ contact: null, permissions: { edit: false } });
    const members = await get(`/api/v1/networks/${id}/members`);
    expect(members.json()).toMatchObject({
      total: 2,
      items: [
        { organisation: { id: lead }, role: 'coordinator', startDate: null },
        { organisation: { id: member }, role: 'member', startDate: '2024-01-01' },
      ],
    });
    expect((await search(`member=${member}`)).items.map((n: { id: string }) => n.id)).toEqual([id]);
  });

  it('is changed by a representative of its coordinator member, not of another member', async () => {
    expect((await get(`/api/v1/networks/${id}`, runner.cookie)).json().permissions).toEqual({
      edit: true,
      moderate: false,
    });
    const ok = await call('PATCH', `/api/v1/networks/${id}`, runner.cookie, {
      description: { fi: 'Alueen toimijat yhdessä.', en: 'The region’s actors together.' },
      version: 1,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().version).toBe(2);
    const notTheirs = await call('PATCH', `/api/v1/networks/${id}`, memberRep.cookie, {
      kind: 'thematic',
      version: 2,
    });
    expect(notTheirs.statusCode).toBe(403);
    const stale = await call('PATCH', `/api/v1/networks/${id}`, coordinator.cookie, {
      kind: 'thematic',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details).toMatchObject({
      changedFields: ['description.en'],
      current: { version: 2 },
    });
    // Those who run it may not hand it to regions they do not moderate… unless they are not
    // coordinators: a representative may.
    const moved = await call('PATCH', `/api/v1/networks/${id}`, tampereCoordinator.cookie, {
      regions: ['06'],
      version: 2,
    });
    expect(moved.statusCode).toBe(403);
  });

  it('keeps every change in its history, and a coordinator restores an earlier one', async () => {
    const history = (await get(`/api/v1/networks/${id}/history`, coordinator.cookie)).json();
    expect(history.items.map((r: { action: string }) => r.action)).toEqual(['update', 'create']);
    expect(history.items[0].changes).toEqual([
      { field: 'description.en', before: null, after: 'The region’s actors together.' },
    ]);
    expect(history.permissions.restore).toBe(true);
    const first = history.items[1].id;
    const byRunner = await call('POST', `/api/v1/networks/${id}/restore`, runner.cookie, {
      revision: first,
      version: 2,
    });
    expect(byRunner.statusCode).toBe(403);
    const restored = await call('POST', `/api/v1/networks/${id}/restore`, coordinator.cookie, {
      revision: first,
      version: 2,
    });
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json()).toMatchObject({
      version: 3,
      description: { fi: 'Alueen toimijat yhdessä.' },
    });
    expect(restored.json().description.en).toBeUndefined();
  });

  it('takes members one at a time: each once, published, with a role and dates', async () => {
    const url = `/api/v1/networks/${id}/members`;
    const added = await call('POST', url, runner.cookie, {
      organisationId: other,
      role: 'observer',
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({
      organisation: { id: other },
      role: 'observer',
      version: 1,
    });
    expect((await get(`/api/v1/networks/${id}`)).json().memberCount).toBe(3);

    const twice = await call('POST', url, runner.cookie, { organisationId: other });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('duplicate_member');

    const pending = (await createOrg(t, outsider.cookie, { name: 'Verkostotesti Odottava' })).id;
    const notPublished = await call('POST', url, runner.cookie, { organisationId: pending });
    expect(notPublished.statusCode).toBe(400);
    expect(notPublished.json().error.details.fields).toMatchObject([
      { path: 'organisationId', code: 'organisation_not_published' },
    ]);
    expect(
      (await call('POST', url, memberRep.cookie, { organisationId: pending })).statusCode,
    ).toBe(403);

    const one = `${url}/${other}`;
    const changed = await call('PATCH', one, runner.cookie, {
      role: 'member',
      startDate: '2025-02-01',
      version: 1,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ role: 'member', startDate: '2025-02-01', version: 2 });
    const stale = await call('PATCH', one, coordinator.cookie, { role: 'coordinator', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ role: 'member', version: 2 });
    const backwards = await call('PATCH', one, runner.cookie, {
      endDate: '2025-01-01',
      version: 2,
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.code).toBe('date_range_invalid');

    expect((await call('DELETE', one, memberRep.cookie)).statusCode).toBe(403);
    expect((await call('DELETE', one, runner.cookie)).statusCode).toBe(204);
    expect((await call('DELETE', one, runner.cookie)).statusCode).toBe(404);
    expect((await get(`/api/v1/networks/${id}`)).json().memberCount).toBe(2);
  });

  it('is archived by a coordinator: gone from the lists and for readers, kept for moderators', async () => {
    expect((await call('DELETE', `/api/v1/networks/${id}`, runner.cookie)).statusCode).toBe(403);
    expect((await call('DELETE', `/api/v1/networks/${id}`, coordinator.cookie)).statusCode).toBe(
      204,
    );
    expect((await get(`/api/v1/networks/${id}`)).statusCode).toBe(404);
    expect((await get(`/api/v1/networks/${id}/members`)).statusCode).toBe(404);
    expect((await get(`/api/v1/networks/${id}`, coordinator.cookie)).json().state).toBe('archived');
    expect((await search(`member=${member}`)).total).toBe(0);
    const edit = await call('PATCH', `/api/v1/networks/${id}`, runner.cookie, {
      kind: 'sector',
      version: 3,
    });
    expect(edit.statusCode).toBe(404);
  });
});

describe('a network’s members as a directory (its sub-portal)', () => {
  it('searches and counts facets over the members alone, and follows changes of membership', async () => {
    const created = await call(
      'POST',
      '/api/v1/networks',
      coordinator.cookie,
      networkBody({
        name: { fi: 'Alaportaalin verkosto' },
        members: [{ organisationId: lead, role: 'coordinator' }, { organisationId: member }],
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const directory = async (query: string) => {
      const res = await get(`/api/v1/organisations?network=${id}&${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const all = await directory('');
    expect(all.items.map((o: { id: string }) => o.id).sort()).toEqual([lead, member].sort());
    expect(all.facets.region).toEqual([{ value: '01', count: 2 }]);
    expect((await directory('q=veturi')).items.map((o: { id: string }) => o.id)).toEqual([lead]);
    expect((await directory('q=kolmas')).total).toBe(0);

    // The network's projects: those in which a member takes part.
    const project = await createProject(
      t,
      coordinator.cookie,
      projectBody(member, { title: { fi: 'Alaportaalin hanke' }, regions: ['01'] }),
    );
    const projectsOf = async () =>
      (await get(`/api/v1/projects?network=${id}`)).json().items.map((p: { id: string }) => p.id);
    expect(await projectsOf()).toEqual([project.id]);

    await call('DELETE', `/api/v1/networks/${id}/members/${member}`, runner.cookie);
    expect((await directory('')).items.map((o: { id: string }) => o.id)).toEqual([lead]);
    expect(await projectsOf()).toEqual([]);
    // An unknown or archived network has no members to show.
    const none = await get('/api/v1/organisations?network=00000000-0000-4000-8000-000000000000');
    expect(none.json().total).toBe(0);
    await call('DELETE', `/api/v1/networks/${id}`, coordinator.cookie);
    expect((await directory('')).total).toBe(0);
  });
});

describe('who sets networks up', () => {
  it('coordinators in the regions they moderate; not members, not anonymous callers', async () => {
    const post = (cookie: string | undefined, body: object) =>
      call('POST', '/api/v1/networks', cookie, body);
    expect((await post(undefined, networkBody())).statusCode).toBe(401);
    expect((await post(runner.cookie, networkBody())).statusCode).toBe(403);
    expect((await post(tampereCoordinator.cookie, networkBody())).statusCode).toBe(403);
    const inTampere = await post(
      tampereCoordinator.cookie,
      networkBody({ name: { fi: 'Pirkanmaan verkosto' }, regions: ['06'] }),
    );
    expect(inTampere.statusCode, inTampere.body).toBe(201);
  });
});

describe('search', () => {
  beforeAll(async () => {
    for (const [fi, sv, kind, regions] of [
      ['Kiertotalouden hakuverkosto', 'Cirkulär sökning', 'thematic', ['02', '06']],
      ['Osuuskuntien hakuverkosto', 'Andelslag sökning', 'sector', ['06']],
      ['Eurooppalainen hakuverkosto', null, 'international', []],
    ] as const) {
      const res = await call(
        'POST',
        '/api/v1/networks',
        coordinator.cookie,
        networkBody({ name: { fi, ...(sv ? { sv } : {}) }, kind, regions }),
      );
      expect(res.statusCode, res.body).toBe(201);
    }
  });

  it('finds words in any language, with facet counts that leave out their own filter', async () => {
    expect((await search('q=hakuverkosto')).total).toBe(3);
    expect(
      (await search('q=andelslag')).items.map((n: { name: { fi: string } }) => n.name.fi),
    ).toEqual(['Osuuskuntien hakuverkosto']);
    const filtered = await search('q=hakuverkosto&kind=thematic,sector&region=06');
    expect(filtered.total).toBe(2);
    expect(filtered.facets.kind).toEqual(
      expect.arrayContaining([
        { value: 'thematic', count: 1 },
        { value: 'sector', count: 1 },
      ]),
    );
    // The kind facet counts without the kind filter: the international one has no region 06.
    expect(
      filtered.facets.kind.find((f: { value: string }) => f.value === 'international'),
    ).toBeUndefined();
    expect(filtered.facets.region).toEqual(
      expect.arrayContaining([
        { value: '06', count: 2 },
        { value: '02', count: 1 },
      ]),
    );
    const paged = await search('q=hakuverkosto&pageSize=2&page=2&sort=name');
    expect(paged).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(paged.items).toHaveLength(1);
  });

  it('treats LIKE wildcards as plain characters', async () => {
    expect((await search('q=%25')).total).toBe(0);
    expect((await search('q=_')).total).toBe(0);
  });
});

describe('bad input', () => {
  const create = (body: object) => call('POST', '/api/v1/networks', coordinator.cookie, body);

  it('refuses the same organisation twice, a member that is not published, and wrong dates', async () => {
    const twice = await create(
      networkBody({
        members: [
          { organisationId: member, role: 'member' },
          { organisationId: member, role: 'observer' },
        ],
      }),
    );
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('duplicate_member');
    const unknown = await create(
      networkBody({ members: [{ organisationId: '00000000-0000-4000-8000-000000000000' }] }),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.fields).toMatchObject([
      { path: 'members.0.organisationId', code: 'organisation_not_published' },
    ]);
    const dates = await create(
      networkBody({
        members: [{ organisationId: member, startDate: '2025-05-01', endDate: '2025-04-01' }],
      }),
    );
    expect(dates.statusCode).toBe(400);
    expect(dates.json().error.details.fields[0].path).toBe('members.0.endDate');
  });

  it('refuses unknown kinds, roles and regions, a missing Finnish name, and bad addresses', async () => {
    for (const body of [
      networkBody({ kind: 'secret_society' }),
      networkBody({ regions: ['99'] }),
      networkBody({ name: { sv: 'Bara svenska' } }),
      networkBody({ members: [{ organisationId: member, role: 'king' }] }),
      networkBody({ website: 'javascript:alert(1)' }),
      networkBody({ contact: { email: 'not an address' } }),
    ]) {
      const res = await create(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
  });

  it('stores HTML in names as text, unchanged', async () => {
    const name = '<img src=x onerror=alert(1)> Verkosto';
    const res = await create(networkBody({ name: { fi: name } }));
    expect(res.statusCode, res.body).toBe(201);
    expect((await get(`/api/v1/networks/${res.json().id}`)).json().name.fi).toBe(name);
  });
});
