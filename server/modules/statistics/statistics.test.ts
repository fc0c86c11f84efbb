import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatisticsCell, StatisticsTable } from '../../../common/schemas/statistics.js';
import { rowsOf } from '../../db/sql.js';
import { helsinkiDate } from '../../export/dates.js';
import { csrf, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createOrg } from '../../test/organisations.js';

/**
 * The statistics API on a closed round: tables by region and family, sums and medians, every
 * figure through disclosure control, and what it refuses.
 */

let t: TestApp;
let coordinator: string;
let roundId: string;

const day = (days: number) => helsinkiDate(new Date(Date.now() + days * 86_400_000));
const exec = (q: ReturnType<typeof sql>) => t.database.db.execute(q);

/**
 * 40 respondents: Helsinki (Uusimaa) 15, Tampere (Pirkanmaa) 12, Turku (Southwest Finland) 8,
 * Oulu (North Ostrobothnia) 4, Rovaniemi (Lapland) 1; families in turn; one Tampere company
 * with a turnover of 50 million among ones of about 100 000; every one meets the EU definition
 * except one in Helsinki.
 */
const places = [
  ...Array<string>(15).fill('091'),
  ...Array<string>(12).fill('837'),
  ...Array<string>(8).fill('853'),
  ...Array<string>(4).fill('564'),
  '698',
];
const families = ['cooperative', 'association', 'company'];
const respondents = places.map((municipality, i) => ({
  municipality,
  legal_family: families[i % 3] as string,
  turnover_eur: i === 15 ? 50_000_000 : 100_000 + i * 1_000,
  employees_headcount: 3 + (i % 5),
  se_mark: i % 2 === 0,
  meetsEu: i !== 0,
}));

async function table(query: string, lang = 'fi') {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/statistics/table?round=${roundId}&lang=${lang}&${query}`,
  });
  return res;
}
async function ok(query: string): Promise<StatisticsTable> {
  const res = await table(query);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const cell = (body: StatisticsTable, ...at: string[]) => {
  const found = body.cells.find((c) => c.at.join('|') === at.join('|'));
  if (!found) throw new Error(`no cell ${at.join('|')}`);
  return found;
};

beforeAll(async () => {
  t = await buildTestApp();
  coordinator = (await signUp(t, { role: 'coordinator' })).cookie;
  const surveyId = (
    await t.app.inject({ method: 'GET', url: '/api/v1/surveys', headers: { cookie: coordinator } })
  ).json().items[0].id;
  const round = await t.app.inject({
    method: 'POST',
    url: '/api/v1/surveys/rounds',
    headers: { ...csrf, cookie: coordinator },
    payload: {
      surveyId,
      versionNumber: 1,
      name: { fi: 'Barometri (tilastotesti)' },
      opensOn: day(0),
      closesOn: day(30),
      target: 'region=01',
    },
  });
  expect(round.statusCode, round.body).toBe(201);
  roundId = round.json().id;
  for (const [i, r] of respondents.entries()) {
    const org = await createOrg(t, coordinator, {
      name: `Tilasto ${i}`,
      municipality: r.municipality,
    });
    const [response] = rowsOf<{ id: string }>(
      await exec(sql`insert into survey_response (round_id, organisation_id, state, submitted_at)
        values (${roundId}, ${org.id}, 'submitted', now()) returning id`),
    );
    const responseId = (response as { id: string }).id;
    for (const [indicator, value] of Object.entries(r)) {
      if (indicator === 'meetsEu') continue;
      await exec(sql`insert into survey_answer (response_id, round_id, organisation_id, indicator, value, number)
        values (${responseId}, ${roundId}, ${org.id}, ${indicator}, ${JSON.stringify(value)}::jsonb,
          ${typeof value === 'number' ? value : null})`);
    }
    await exec(sql`insert into survey_classification (response_id, round_id, organisation_id, version, result)
      values (${responseId}, ${roundId}, ${org.id}, 'test',
        ${JSON.stringify({ euOperational: { meets: r.meetsEu, criteria: [] } })}::jsonb)`);
  }
});
afterAll(() => t.close());

const isSuppressed = (c: StatisticsCell) => c.suppressed && c.value === null && c.n === null;

describe('statistics tables', () => {
  it('are published only once answering has ended', async () => {
    const res = await table('indicator=legal_family&by=region');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('round_not_closed');
    const closed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/surveys/rounds/${roundId}/close`,
      headers: { ...csrf, cookie: coordinator },
      payload: {},
    });
    expect(closed.statusCode, closed.body).toBeLessThan(300);
  });

  it('count a choice by region, hiding the lone respondent and the cell that would reveal it', async () => {
    const body = await ok('indicator=legal_family&by=region');
    expect(body.population).toMatchObject({ code: 'respondents', responses: 40 });
    expect(body.dimensions.map((d) => d.code)).toEqual(['region', 'answer']);
    // Uusimaa (01): 15 respondents, 5 of each family.
    expect(cell(body, '01', 'total')).toMatchObject({ value: 15, n: 15, suppressed: false });
    expect(cell(body, '01', 'cooperative')).toMatchObject({ value: 5, suppressed: false });
    // Lapland (19) has one respondent: hidden, never 0, and so is another region's total.
    const lapland = cell(body, '19', 'total');
    expect(isSuppressed(lapland)).toBe(true);
    const hiddenTotals = body.cells.filter(
      (c) => c.at[1] === 'total' && c.at[0] !== 'total' && c.suppressed,
    );
    expect(hiddenTotals.length).toBeGreaterThanOrEqual(2);
    // An empty region is 0, not hidden.
    expect(cell(body, '08', 'total')).toMatchObject({ value: 0, suppressed: false });
    expect(cell(body, 'total', 'total')).toMatchObject({ value: 40 });
    expect(body.legend.map((l) => l.symbol)).toContain('..');
    expect(body.notes.join(' ')).toContain('40');
  });

  it('show the same hidden figures by region and by NUTS2 area', async () => {
    const regions = await ok('indicator=legal_family&by=region');
    const areas = await ok('indicator=legal_family&by=nuts2');
    // Lapland and North Ostrobothnia make up FI1D; its total is what the two regions' cells add to.
    const fi1d = cell(areas, 'FI1D', 'total');
    if (!fi1d.suppressed) {
      const parts = ['17', '19'].map((r) => cell(regions, r, 'total'));
      // Published area, hidden regions: the area must not equal a single published region alone.
      expect(parts.some((p) => p.suppressed)).toBe(true);
    }
    // The national totals agree.
    expect(cell(areas, 'total', 'cooperative')).toEqual(cell(regions, 'total', 'cooperative'));
  });

  it('hide a sum one organisation dominates, and give medians and quartiles of euros', async () => {
    const sums = await ok('indicator=turnover_eur&measure=sum&by=region');
    expect(isSuppressed(cell(sums, '06'))).toBe(true);
    expect(cell(sums, '01').value).toBe(15 * 100_000 + 1_000 * ((14 * 15) / 2));
    // The whole country's sum is dominated too; its mean with it.
    const mean = await ok('indicator=turnover_eur&measure=mean');
    expect(mean.cells).toHaveLength(1);
    expect(isSuppressed(mean.cells[0] as StatisticsCell)).toBe(true);
    expect(mean.population.responses).toBeNull();
    // A median reveals no one's turnover: only the frequency rule applies.
    const median = await ok('indicator=turnover_eur&measure=median&by=region');
    expect(cell(median, '01').value).toBe(107_000);
    expect(cell(median, '06').value).toBe(121_500);
    expect(isSuppressed(cell(median, '19'))).toBe(true);
    const p75 = await ok('indicator=turnover_eur&measure=p75');
    expect(p75.cells).toHaveLength(1);
    expect(p75.cells[0]?.value).toBeGreaterThan(107_000);
  });

  it('give shares of a yes/no answer by two breakdowns', async () => {
    const body = await ok('indicator=se_mark&measure=share&by=nuts2,family');
    expect(body.dimensions.map((d) => d.code)).toEqual(['nuts2', 'family', 'answer']);
    const whole = cell(body, 'total', 'total', 'true');
    expect(whole.value).toBe(50);
    for (const c of body.cells) {
      if (c.suppressed) expect(c.value).toBeNull();
      else if (c.value !== null) expect(c.value).toBeGreaterThanOrEqual(0);
    }
  });

  it('hide what differs from all respondents by one organisation (no differencing)', async () => {
    const all = await ok('indicator=legal_family&by=region');
    const eu = await ok('indicator=legal_family&by=region&population=meets:eu_operational');
    expect(eu.population.code).toBe('meets:eu_operational');
    // Respondent 0 (a Helsinki cooperative) does not meet it: Uusimaa's cooperatives differ by one.
    for (const at of [
      ['01', 'cooperative'],
      ['01', 'total'],
      ['total', 'cooperative'],
      ['total', 'total'],
    ]) {
      const a = cell(all, ...at);
      const e = cell(eu, ...at);
      expect(e.suppressed || a.suppressed || a.value === e.value, at.join('|')).toBe(true);
    }
  });

  it('say when most figures are hidden and suggest a coarser breakdown', async () => {
    const body = await ok('indicator=se_mark&by=region,family');
    expect(body.mostlySuppressed).toBe(true);
    expect(body.suggestion).toEqual({ by: ['nuts2', 'family'] });
    expect(body.notes.at(-1)).toContain('karkeampaa');
  });

  it('download as csv, json and xlsx with the same suppression', async () => {
    const file = await t.app.inject({
      method: 'GET',
      url: `/api/v1/statistics/table/export?round=${roundId}&indicator=legal_family&by=region&format=csv`,
    });
    expect(file.statusCode, file.body).toBe(200);
    expect(file.headers['content-disposition']).toContain('kudos-statistics-legal_family-');
    const lines = file.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('region,answer,value,n');
    expect(lines).toContain('19,total,..,..');
    expect(lines).toContain('01,cooperative,5,5');
    const json = await t.app.inject({
      method: 'GET',
      url: `/api/v1/statistics/table/export?round=${roundId}&indicator=legal_family&by=region&format=json`,
    });
    const items = json.json().items as Record<string, unknown>[];
    expect(items.find((r) => r.region === '19' && r.value === null)).toMatchObject({
      flag: '..',
      n: null,
    });
    const people = await t.app.inject({
      method: 'GET',
      url: `/api/v1/statistics/table/export?round=${roundId}&indicator=legal_family&by=region&format=excel-csv&lang=fi`,
    });
    expect(people.body).toContain('Lappi;Yhteensä;..;..');
    expect(people.body).toContain('.. tieto on salattu');
    const xlsx = await t.app.inject({
      method: 'GET',
      url: `/api/v1/statistics/table/export?round=${roundId}&indicator=legal_family&by=region&format=xlsx`,
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('list the closed rounds and what tables can be made of them', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/statistics/catalogue?lang=en' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.rounds.map((r: { id: string }) => r.id)).toContain(roundId);
    const turnover = body.indicators.find((i: { code: string }) => i.code === 'turnover_eur');
    expect(turnover.measures).toEqual(['count', 'sum', 'mean', 'median', 'p25', 'p75']);
    expect(body.indicators.some((i: { code: string }) => i.code === 'social_aim_text')).toBe(false);
    expect(body.populations.map((p: { code: string }) => p.code)).toContain('meets:wef');
  });

  it('are in Swedish and English too', async () => {
    const sv = (await table('indicator=legal_family&by=region', 'sv')).json();
    expect(sv.dimensions[0].label).toBe('Landskap');
    expect(sv.dimensions[0].categories.find((c: { code: string }) => c.code === '01').label).toBe(
      'Nyland',
    );
    const en = (await table('indicator=legal_family&by=region', 'en')).json();
    expect(en.population.label).toBe('All respondents');
  });

  it('refuse what they cannot answer with a 400 naming the parameter', async () => {
    const cases: [string, number, string, string?][] = [
      ['indicator=nonsense', 400, 'invalid_request', 'indicator'],
      ['indicator=legal_family&measure=avg', 400, 'invalid_request', 'measure'],
      ['indicator=legal_family&by=planet', 400, 'invalid_request', 'by'],
      ['indicator=legal_family&by=region,family,tol', 400, 'invalid_request', 'by'],
      ['indicator=legal_family&by=region,nuts2', 400, 'invalid_request', 'by'],
      ['indicator=legal_family&population=everyone', 400, 'invalid_request', 'population'],
      ['indicator=legal_family&by=business_id', 400, 'breakdown_identifying'],
      ['indicator=legal_family&by=name', 400, 'breakdown_identifying'],
      ['indicator=legal_family&measure=sum', 400, 'measure_not_applicable'],
      ['indicator=employees_headcount&measure=p25', 400, 'measure_not_applicable'],
      ['indicator=social_aim_text', 400, 'indicator_not_tabulable'],
    ];
    for (const [query, status, code, path] of cases) {
      const res = await table(query);
      expect(res.statusCode, query).toBe(status);
      const { error } = res.json();
      expect(error.code, query).toBe(code);
      if (path) expect(JSON.stringify(error.details), query).toContain(`"path":"${path}"`);
    }
    const missing = await t.app.inject({
      method: 'GET',
      url: '/api/v1/statistics/table?indicator=legal_family&round=00000000-0000-4000-8000-000000000000',
    });
    expect(missing.statusCode).toBe(404);
  });
});
