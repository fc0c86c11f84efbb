import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrf, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createOrg } from '../../test/organisations.js';

let t: TestApp;
let coordinator: { cookie: string };
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await buildTestApp();
  coordinator = await signUp(t, { role: 'coordinator' });
  const orgs = await Promise.all(
    ['Yksi', 'Kaksi', 'Kolme'].map(
      async (n) => (await createOrg(t, coordinator.cookie, { name: `Haun jäsen ${n} ry` })).id,
    ),
  );
  const create = async (key: string, body: object, members: string[]) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/networks',
      headers: { ...csrf, cookie: coordinator.cookie },
      payload: {
        kind: 'thematic',
        regions: ['02'],
        members: members.map((organisationId) => ({ organisationId, role: 'member' })),
        ...body,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    ids[key] = res.json().id;
  };
  await create(
    'beekeepers',
    {
      name: {
        fi: 'Mehiläistarhaajien verkosto',
        sv: 'Biodlarnas nätverk',
        en: 'Beekeepers network',
      },
      description: { fi: 'Pölyttäjien puolesta.' },
    },
    orgs.slice(0, 1),
  );
  await create(
    'rural',
    {
      name: { fi: 'Maaseudun yhteisöt' },
      description: { fi: 'Mukana myös mehiläistarhaajien yhdistyksiä ja kyläkouluja.' },
    },
    orgs,
  );
});
afterAll(() => t.close());

const idsOf = async (query: string) => {
  const res = await t.app.inject({ url: `/api/v1/networks?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { id: string }[]).map((i) => i.id);
};

describe('network search', () => {
  it('finds a network by its name in any of the three languages, and by inflected forms', async () => {
    for (const q of ['biodlarnas', 'beekeepers', 'mehiläistarhaajien', 'mehiläistarhaajat']) {
      expect(await idsOf(`q=${encodeURIComponent(q)}`), q).toContain(ids.beekeepers);
    }
  });

  it('ranks a match in the name above one in the description; other orders when asked', async () => {
    const q = `q=${encodeURIComponent('mehiläistarhaajien')}`;
    expect(await idsOf(q)).toEqual([ids.beekeepers, ids.rural]);
    // Most members first: three against one.
    expect(await idsOf(`${q}&sort=members`)).toEqual([ids.rural, ids.beekeepers]);
    expect(await idsOf(`${q}&sort=name`)).toEqual([ids.rural, ids.beekeepers]);
  });

  it('counts kinds and regions of the matches, and filters by them', async () => {
    const res = await t.app.inject({ url: '/api/v1/networks?q=mehil%C3%A4istarhaajien' });
    expect(res.json().facets.kind).toEqual([{ value: 'thematic', count: 2 }]);
    expect(res.json().facets.region).toEqual([{ value: '02', count: 2 }]);
    expect(await idsOf('q=mehil%C3%A4istarhaajien&region=01')).toEqual([]);
  });
});

describe('network export', () => {
  it('gives the matches of a search as files for programs and for people, without contacts', async () => {
    const json = await t.app.inject({
      url: '/api/v1/networks/export?q=mehil%C3%A4istarhaajien&format=json&sort=members',
    });
    expect(json.statusCode, json.body).toBe(200);
    expect(json.headers['content-disposition']).toMatch(/kudos-networks-\d{4}-\d{2}-\d{2}\.json/);
    const items = json.json().items as { id: string; kind: string; memberCount: number }[];
    expect(items.map((i) => i.id)).toEqual([ids.rural, ids.beekeepers]);
    expect(items[0]).toMatchObject({ kind: 'thematic', memberCount: 3 });

    const excel = await t.app.inject({
      url: '/api/v1/networks/export?q=mehil%C3%A4istarhaajien&format=excel-csv&lang=sv',
    });
    expect(excel.statusCode).toBe(200);
    expect(excel.headers['content-disposition']).toMatch(/kudos-natverk-\d{4}-\d{2}-\d{2}\.csv/);
    const [heading, first] = excel.body.replace(/^\ufeff/, '').split('\r\n');
    expect(heading?.split(';').slice(0, 5)).toEqual([
      'Namn på finska',
      'Namn på svenska',
      'Namn på engelska',
      'Typ av nätverk',
      'Landskap',
    ]);
    expect(first).toContain('Tematiskt nätverk');
    expect(excel.body).not.toContain('@example.org');

    const xlsx = await t.app.inject({ url: '/api/v1/networks/export?format=xlsx' });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect((await t.app.inject({ url: '/api/v1/networks/export?format=pdf' })).statusCode).toBe(
      400,
    );
  });
});
