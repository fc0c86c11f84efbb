import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createProject, patchProject, projectBody, representedOrg } from '../../test/projects.js';

let t: TestApp;
let coordinator: { cookie: string; email: string };
let lead: string;

beforeAll(async () => {
  t = await buildTestApp();
  coordinator = await signUp(t, { role: 'coordinator' });
  const leadRep = await signUp(t, { name: 'Liisa Vetäjä' });
  lead = await representedOrg(t, leadRep, coordinator, 'Vetäjä ry');
});
afterAll(() => t.close());

const list = async (query: string) => {
  const res = await t.app.inject({ url: `/api/v1/projects?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const idsOf = (r: { items: { id: string }[] }) => r.items.map((i) => i.id);

describe('search', () => {
  let ids: Record<string, string>;
  beforeAll(async () => {
    const make = async (key: string, overrides: Record<string, unknown>) => {
      const p = await createProject(
        t,
        coordinator.cookie,
        projectBody(lead, { title: { fi: `Hakutesti ${key}` }, ...overrides }),
      );
      return [key, p.id] as const;
    };
    ids = Object.fromEntries(
      await Promise.all([
        make('alpha', {
          regions: ['01'],
          status: 'planned',
          goals: [1, 2],
          startDate: '2027-01-01',
          endDate: '2028-12-31',
        }),
        make('beeta', {
          regions: ['01', '02'],
          fundingProgramme: 'erdf',
          goals: [2],
          startDate: '2020-01-01',
          endDate: '2022-12-31',
          status: 'ended',
        }),
        make('gamma', {
          regions: [],
          national: true,
          fundingProgramme: 'national',
          themes: ['circular_economy'],
        }),
      ]),
    );
  });

  const found = async (query: string) =>
    (await list(`q=hakutesti&${query}`)).items.map((i: { id: string }) => i.id).sort();

  it('filters by region, status, funding, goal, theme and dates', async () => {
    expect(await found('region=01')).toEqual([ids.alpha, ids.beeta].sort());
    expect(await found('region=02')).toEqual([ids.beeta]);
    expect(await found('status=planned,ended')).toEqual([ids.alpha, ids.beeta].sort());
    expect(await found('fundingProgramme=national')).toEqual([ids.gamma]);
    expect(await found('goal=1')).toEqual([ids.alpha]);
    expect(await found('theme=circular_economy')).toEqual([ids.gamma]);
    // Active on some day of 2026: not beeta (ended 2022), not alpha (starts 2027), gamma (2025–2027).
    expect(await found('activeFrom=2026-01-01&activeTo=2026-12-31')).toEqual([ids.gamma]);
    expect(await found('activeFrom=2028-01-01')).toEqual([ids.alpha]);
    // Every word must match, in any case.
    const words = await list('q=HAKUTESTI%20beeta');
    expect(words.items.map((i: { id: string }) => i.id)).toEqual([ids.beeta]);
  });

  it('counts facets with every filter but their own, and pages', async () => {
    const r = await list('q=hakutesti&region=01');
    expect(r.total).toBe(2);
    expect(r.facets.region).toEqual(
      expect.arrayContaining([
        { value: '01', count: 2 },
        { value: '02', count: 1 },
      ]),
    );
    // The region facet ignores the region filter: gamma (national, no region) has no region value.
    expect(r.facets.status).toEqual(
      expect.arrayContaining([
        { value: 'planned', count: 1 },
        { value: 'ended', count: 1 },
      ]),
    );
    const page1 = await list('q=hakutesti&pageSize=2&sort=title');
    const page2 = await list('q=hakutesti&pageSize=2&page=2&sort=title');
    expect(page1.total).toBe(3);
    expect([...page1.items, ...page2.items].map((i: { id: string }) => i.id)).toEqual([
      ids.alpha,
      ids.beeta,
      ids.gamma,
    ]);
  });

  it('sorts by start, latest first and those without a start last, or by title', async () => {
    const ids_ = (r: { items: { id: string }[] }) => r.items.map((i) => i.id);
    // alpha 2027, gamma 2025 (the default), beeta 2020.
    expect(ids_(await list('q=hakutesti&sort=start'))).toEqual([ids.alpha, ids.gamma, ids.beeta]);
    expect(ids_(await list('q=hakutesti&sort=title'))).toEqual([ids.alpha, ids.beeta, ids.gamma]);
  });
});

describe('text search', () => {
  let workshop: string;
  let mention: string;
  beforeAll(async () => {
    workshop = (
      await createProject(
        t,
        coordinator.cookie,
        projectBody(lead, {
          title: {
            fi: 'Mehiläistarhojen työpajat',
            sv: 'Verkstäder för biodlare',
            en: 'Beekeeping workshops',
          },
          description: { fi: 'Pajoja maaseudulla.' },
        }),
      )
    ).id;
    mention = (
      await createProject(
        t,
        coordinator.cookie,
        projectBody(lead, {
          title: { fi: 'Maaseudun kehittämishanke' },
          description: { fi: 'Yksi osa on mehiläistarhojen työpajat kouluille.' },
        }),
      )
    ).id;
  });

  it('finds a project by its title in any of the three languages', async () => {
    for (const q of ['Verkstäder', 'beekeeping', 'mehiläistarhojen']) {
      expect(idsOf(await list(`q=${encodeURIComponent(q)}`)), q).toContain(workshop);
    }
  });

  it('ranks a match in the title above one in the description', async () => {
    const r = await list('q=mehiläistarhojen%20työpajat');
    expect(idsOf(r)).toEqual([workshop, mention]);
    // Asked for, the title order holds instead.
    expect(idsOf(await list('q=mehiläistarhojen%20työpajat&sort=title'))).toEqual([
      mention,
      workshop,
    ]);
  });

  it('follows edits at once: a new title is found and the old one no longer', async () => {
    const current = (await t.app.inject({ url: `/api/v1/projects/${mention}` })).json();
    const res = await patchProject(t, coordinator.cookie, mention, {
      version: current.version,
      title: { fi: 'Kyläkoulujen yhteistyö' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(idsOf(await list('q=kyläkoulujen'))).toEqual([mention]);
    expect(idsOf(await list('q=kehittämishanke'))).toEqual([]);
  });

  it('markup and punctuation in the query are only words (or nothing)', async () => {
    expect(idsOf(await list(`q=${encodeURIComponent('"Verkstäder!" (beekeeping)')}`))).toContain(
      workshop,
    );
    expect((await list(`q=${encodeURIComponent('<script>alert(1)</script>')}`)).total).toBe(0);
    expect((await list(`q=${encodeURIComponent('%_*"')}`)).total).toBe(0);
  });
});
