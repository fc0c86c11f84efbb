import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrf, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createOrg } from '../../test/organisations.js';
import { createProject, projectBody } from '../../test/projects.js';

let t: TestApp;
let a: string;
let b: string;
let c: string;
let helsinki: string;
let projectId: string;
let regional: string;
let elsewhere: string;

const post = async (cookie: string, url: string, body: object) => {
  const res = await t.app.inject({
    method: 'POST',
    url,
    headers: { ...csrf, cookie },
    payload: body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};

beforeAll(async () => {
  t = await buildTestApp();
  const { cookie } = await signUp(t, { role: 'coordinator' });
  const org = async (name: string, municipality: string, actorTypes = ['social_economy_actor']) =>
    (await createOrg(t, cookie, { name, municipality, actorTypes })).id as string;
  a = await org('Ekotesti Alfa <b>ry</b>', '837');
  b = await org('Ekotesti Beeta oy', '837', ['company']);
  c = await org('Ekotesti Gamma säätiö', '837');
  helsinki = await org('Ekotesti Helsinki osuuskunta', '091');
  projectId = (
    await createProject(
      t,
      cookie,
      projectBody(a, {
        title: { fi: 'Ekotestin hanke' },
        regions: ['06'],
        partners: [
          { organisationId: a, role: 'lead' },
          { organisationId: helsinki, role: 'partner' },
        ],
      }),
    )
  ).id;
  const network = async (name: string, regions: string[], members: string[]) =>
    (
      await post(cookie, '/api/v1/networks', {
        name: { fi: name },
        kind: 'regional',
        regions,
        members: members.map((organisationId) => ({ organisationId })),
      })
    ).id as string;
  regional = await network('Ekotestin verkosto', ['06'], [a, b]);
  elsewhere = await network('Uudenmaan ekoverkosto', ['01'], [b, helsinki]);
  await post(cookie, '/api/v1/relations', { fromId: a, toId: c, type: 'funds' });
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ url });

describe('a region’s ecosystem', () => {
  it('counts its organisations by kind and lists its projects and the networks present', async () => {
    const res = await get('/api/v1/regions/06/ecosystem');
    expect(res.statusCode, res.body).toBe(200);
    const e = res.json();
    expect(e.region).toMatchObject({ code: '06', name: { fi: 'Pirkanmaa' } });
    expect(e.organisations.total).toBe(3);
    expect(e.organisations.actorType).toEqual(
      expect.arrayContaining([
        { value: 'social_economy_actor', count: 2 },
        { value: 'company', count: 1 },
      ]),
    );
    expect(e.projects.runningTotal).toBe(1);
    expect(e.projects.running[0]).toMatchObject({
      id: projectId,
      title: { fi: 'Ekotestin hanke' },
    });
    expect(e.projects.status).toEqual([{ value: 'running', count: 1 }]);
    // Placed here, or with members here; the one with more members here first.
    expect(e.networks.total).toBe(2);
    expect(
      e.networks.items.map((n: { id: string; membersInRegion: number }) => [
        n.id,
        n.membersInRegion,
      ]),
    ).toEqual([
      [regional, 2],
      [elsewhere, 1],
    ]);
  });

  it('is 404 for a code that is not a region and 400 for one that cannot be', async () => {
    expect((await get('/api/v1/regions/03/ecosystem')).statusCode).toBe(404);
    expect((await get('/api/v1/regions/abc/ecosystem')).statusCode).toBe(400);
  });
});

describe('a region’s graph', () => {
  it('sends the most connected nodes and the links among them, and says when some were left out', async () => {
    const all = (await get('/api/v1/regions/06/graph')).json();
    const ids = all.nodes.map((n: { id: string }) => n.id).sort();
    expect(ids).toEqual(
      [
        `o:${a}`,
        `o:${b}`,
        `o:${c}`,
        `o:${helsinki}`,
        `p:${projectId}`,
        `n:${regional}`,
        `n:${elsewhere}`,
      ].sort(),
    );
    expect(all).toMatchObject({ totalNodes: 7, truncated: false });
    const alpha = all.nodes.find((n: { id: string }) => n.id === `o:${a}`);
    // Labels are the names as text, markup and all.
    expect(alpha).toMatchObject({
      kind: 'organisation',
      label: 'Ekotesti Alfa <b>ry</b>',
      degree: 3,
    });
    expect(all.edges).toEqual(
      expect.arrayContaining([
        { source: `p:${projectId}`, target: `o:${a}`, kind: 'project', role: 'lead' },
        { source: `n:${regional}`, target: `o:${b}`, kind: 'network', role: 'member' },
        { source: `o:${a}`, target: `o:${c}`, kind: 'relation', role: 'funds' },
      ]),
    );
    // The member in Uusimaa is not a link of Pirkanmaa's graph.
    expect(all.edges).not.toContainEqual(
      expect.objectContaining({ target: `o:${helsinki}`, kind: 'network' }),
    );
    expect(all.edges).toHaveLength(6);

    const two = (await get('/api/v1/regions/06/graph?limit=2')).json();
    expect(two.nodes).toHaveLength(2);
    expect(two.nodes[0].id).toBe(`o:${a}`);
    expect(two.truncated).toBe(true);
    const sent = new Set(two.nodes.map((n: { id: string }) => n.id));
    expect(
      two.edges.every(
        (e: { source: string; target: string }) => sent.has(e.source) && sent.has(e.target),
      ),
    ).toBe(true);
  });

  it('expands a node to its neighbours and the links to them', async () => {
    const res = await get(`/api/v1/regions/06/graph?focus=o:${a}&limit=10`);
    expect(res.statusCode, res.body).toBe(200);
    const g = res.json();
    expect(g.nodes.map((n: { id: string }) => n.id).sort()).toEqual(
      [`o:${a}`, `o:${c}`, `p:${projectId}`, `n:${regional}`].sort(),
    );
    expect(g.edges).toHaveLength(3);
    const one = (await get(`/api/v1/regions/06/graph?focus=o:${a}&limit=1`)).json();
    expect(one.nodes).toHaveLength(2);
    // A node that is not in the region's graph has nothing to expand.
    const stranger = (
      await get(`/api/v1/regions/06/graph?focus=o:00000000-0000-4000-8000-000000000000`)
    ).json();
    expect(stranger).toMatchObject({ nodes: [], edges: [] });
  });

  it('shows what is linked together, and a change at once', async () => {
    const small = (await get('/api/v1/regions/06/graph?limit=3')).json();
    const linked = new Set(
      small.edges.flatMap((e: { source: string; target: string }) => [e.source, e.target]),
    );
    expect(small.nodes.every((n: { id: string }) => linked.has(n.id))).toBe(true);

    const { cookie } = await signUp(t, { role: 'coordinator' });
    const added = await createProject(
      t,
      cookie,
      projectBody(c, { title: { fi: 'Ekotestin toinen hanke' }, regions: ['06'] }),
    );
    const e = (await get('/api/v1/regions/06/ecosystem')).json();
    expect(e.projects.runningTotal).toBe(2);
    const g = (await get('/api/v1/regions/06/graph')).json();
    expect(g.nodes.map((n: { id: string }) => n.id)).toContain(`p:${added.id}`);
  });

  it('shows a link written by another process at once (the links move the registry generation)', async () => {
    const linked = (g: { edges: { source: string; target: string }[] }) =>
      g.edges.some((e) => e.source === `o:${a}` && e.target === `o:${c}`);
    expect(linked((await get('/api/v1/regions/06/graph')).json())).toBe(true);
    // Straight in the database, as another app process or a tool would: no write through this app.
    const db = t.database.db;
    await db.execute(sql`update organisation_relation set state = 'proposed'
      where from_id = ${a} and to_id = ${c}`);
    expect(linked((await get('/api/v1/regions/06/graph')).json())).toBe(false);
    await db.execute(sql`update organisation_relation set state = 'confirmed'
      where from_id = ${a} and to_id = ${c}`);
    expect(linked((await get('/api/v1/regions/06/graph')).json())).toBe(true);
    // A member added to a network elsewhere shows as well.
    await db.execute(sql`delete from network_member where network_id = ${regional}
      and organisation_id = ${b}`);
    const g = (await get('/api/v1/regions/06/graph')).json();
    expect(g.edges).not.toContainEqual(
      expect.objectContaining({ source: `n:${regional}`, target: `o:${b}` }),
    );
    await db.execute(sql`insert into network_member (network_id, organisation_id, role)
      values (${regional}, ${b}, 'member')`);
    expect((await get('/api/v1/regions/06/graph')).json().edges).toContainEqual(
      expect.objectContaining({ source: `n:${regional}`, target: `o:${b}` }),
    );
  });

  it('refuses limits out of bounds and malformed node ids', async () => {
    for (const q of [
      'limit=0',
      'limit=301',
      'limit=x',
      'focus=x',
      `focus=q:${a}`,
      "focus=o:1' or 1=1",
    ]) {
      expect((await get(`/api/v1/regions/06/graph?${q}`)).statusCode, q).toBe(400);
    }
    expect((await get('/api/v1/regions/03/graph')).statusCode).toBe(404);
  });
});

describe('a region’s contacts', () => {
  const ecosystem = async (code: string) =>
    (await t.app.inject({ url: `/api/v1/regions/${code}/ecosystem` })).json();
  const me = (cookie: string) => t.app.inject({ url: '/api/v1/me', headers: { cookie } });
  const choose = async (cookie: string, contact: object) => {
    const version = (await me(cookie)).json().version;
    return t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { ...csrf, cookie },
      payload: { contact, version },
    });
  };

  it('lists the coordinators of the region who chose to publish their contact, and only them', async () => {
    const tampere = await signUp(t, {
      role: 'coordinator',
      regions: ['06'],
      name: 'Kaisa Koordinaattori',
      email: 'kaisa.yhteys@example.org',
    });
    const quiet = await signUp(t, {
      role: 'coordinator',
      regions: ['06'],
      name: 'Hilja Hiljainen',
    });
    const member = await signUp(t, { name: 'Jäsen Julkinen' });
    expect(await ecosystem('06')).toMatchObject({ contacts: [] });

    const published = await choose(tampere.cookie, {
      public: true,
      title: 'Alueellinen koordinaattori',
      phone: '+358 40 123 4567',
    });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().contact).toEqual({
      public: true,
      title: 'Alueellinen koordinaattori',
      phone: '+358 40 123 4567',
    });
    // A member's choice shows nowhere; nor does a coordinator's who did not choose.
    expect((await choose(member.cookie, { public: true, title: 'Jäsen' })).statusCode).toBe(200);
    expect((await choose(quiet.cookie, { public: false, title: 'Ei näy' })).statusCode).toBe(200);
    expect((await ecosystem('06')).contacts).toEqual([
      {
        name: 'Kaisa Koordinaattori',
        title: 'Alueellinen koordinaattori',
        email: 'kaisa.yhteys@example.org',
        phone: '+358 40 123 4567',
      },
    ]);
    // Not on another region's page, and gone when the choice is taken back.
    expect((await ecosystem('01')).contacts).toEqual([]);
    expect((await choose(tampere.cookie, { public: false })).statusCode).toBe(200);
    expect((await ecosystem('06')).contacts).toEqual([]);
  });

  it('refuses a phone number that is not one, naming the field', async () => {
    const { cookie } = await signUp(t, { role: 'coordinator', regions: ['06'] });
    const res = await choose(cookie, { public: true, phone: 'soita minulle' });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().error.details)).toContain('contact.phone');
  });
});
