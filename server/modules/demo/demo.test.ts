import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createOrg, search } from '../../test/organisations.js';
import { loadDemoData, unloadDemoData } from './service.js';

let t: TestApp;
const meta = { ip: null, userAgent: 'test' };

beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const status = async () => {
  const res = await t.app.inject({ url: '/api/v1/site/demo' });
  expect(res.statusCode).toBe(200);
  return res.json();
};
const overview = async () => (await t.app.inject({ url: '/api/v1/organisations/overview' })).json();
const regionFacet = async () =>
  (await search(t, 'facets=true&pageSize=1')).facets.region as { value: string; count: number }[];

describe('demo data', () => {
  it('loads a registry in every region, marked as demo, and unloads exactly it', async () => {
    const coordinator = await signUp(t, { role: 'coordinator' });
    const own = await createOrg(t, coordinator.cookie, { name: 'Oikea Osuuskunta' });
    expect(own.demo).toBe(false);
    const regions = (await t.app.inject({ url: '/api/v1/regions' })).json().items as unknown[];
    const before = { overview: await overview(), search: await search(t, 'pageSize=50') };
    expect(await status()).toEqual({ present: false, counts: { organisations: 0, projects: 0 } });

    expect(await loadDemoData(t.database.db, meta)).toEqual({ organisations: 300, projects: 60 });
    expect(await status()).toEqual({ present: true, counts: { organisations: 300, projects: 60 } });
    // Published at once: the directory, its facets and the front page count them.
    expect((await search(t, 'pageSize=1')).total).toBe(301);
    const facet = await regionFacet();
    expect(facet).toHaveLength(regions.length);
    expect(facet.every((r) => r.count >= 3)).toBe(true);
    expect((await overview()).organisations).toBe(301);
    // Text search finds them in Finnish and Swedish.
    const recycling = await search(t, 'q=kierrätys');
    expect(recycling.total).toBeGreaterThan(5);
    expect((await search(t, 'q=andelslaget')).total).toBeGreaterThan(0);
    const demoOrg = await t.app.inject({ url: `/api/v1/organisations/${recycling.items[0].id}` });
    expect(demoOrg.json().demo).toBe(true);
    // Projects led by demo organisations, in the list and on their partners' pages.
    const projects = (await t.app.inject({ url: '/api/v1/projects?pageSize=100' })).json();
    expect(projects.total).toBe(60);
    const first = projects.items[0];
    expect(first.lead).not.toBeNull();
    const ofLead = (
      await t.app.inject({ url: `/api/v1/projects?partner=${first.lead.id}` })
    ).json();
    expect(ofLead.items.map((p: { id: string }) => p.id)).toContain(first.id);
    expect((await t.app.inject({ url: `/api/v1/projects/${first.id}` })).json().demo).toBe(true);

    // Loading again adds nothing.
    expect(await loadDemoData(t.database.db, meta)).toEqual({ organisations: 0, projects: 0 });
    expect((await search(t, 'pageSize=1')).total).toBe(301);

    expect(await unloadDemoData(t.database.db, meta)).toEqual({ organisations: 300, projects: 60 });
    expect(await status()).toEqual({ present: false, counts: { organisations: 0, projects: 0 } });
    // The same process's index and caches drop them: the registry is as it was.
    expect(await overview()).toEqual(before.overview);
    expect(await search(t, 'pageSize=50')).toEqual(before.search);
    expect((await search(t, 'q=kierrätys')).total).toBe(0);
    expect((await t.app.inject({ url: '/api/v1/projects' })).json().total).toBe(0);
    const gone = await t.app.inject({ url: `/api/v1/organisations/${recycling.items[0].id}` });
    expect(gone.statusCode).toBe(404);
    const history = await t.app.inject({ url: `/api/v1/organisations/${own.id}/history` });
    expect(history.json().items).toHaveLength(1);
  });

  it('gives the same projects the same lead organisations every time it is loaded', async () => {
    const leads = async () => {
      const res = await t.app.inject({ url: '/api/v1/projects?pageSize=100&sort=title' });
      // Sorted: projects with the same title come in the order of their (new) ids.
      return (res.json().items as { title: { fi: string }; lead: { name: string } }[])
        .map((p) => `${p.title.fi} – ${p.lead.name}`)
        .sort();
    };
    await loadDemoData(t.database.db, meta);
    const first = await leads();
    await unloadDemoData(t.database.db, meta);
    await loadDemoData(t.database.db, meta);
    expect(await leads()).toEqual(first);
    await unloadDemoData(t.database.db, meta);
  });
});
