import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createProject, projectBody, representedOrg } from '../../test/projects.js';

let t: TestApp;
let coordinator: { cookie: string; email: string };
let lead: string;
let partner: string;

beforeAll(async () => {
  t = await buildTestApp();
  coordinator = await signUp(t, { role: 'coordinator' });
  lead = await representedOrg(t, await signUp(t), coordinator, 'Vetäjä ry');
  partner = await representedOrg(t, await signUp(t), coordinator, 'Kumppani osuuskunta');
});
afterAll(() => t.close());

describe('exports', () => {
  const exported = (query: string) => t.app.inject({ url: `/api/v1/projects/export?${query}` });

  it('gives programs codes and people words, in the reader’s language, formulas made inert', async () => {
    const body = projectBody(lead, {
      title: { fi: '=HYPERLINK("http://evil.example","Vientihanke")', sv: 'Exportprojekt' },
      partners: [
        { organisationId: lead, role: 'lead' },
        { organisationId: partner, role: 'co_implementer' },
      ],
      contact: { name: 'Salainen Henkilö', email: 'salainen@example.org' },
    });
    const created = await createProject(t, coordinator.cookie, body);

    const json = await exported(`partner=${partner}&format=json`);
    expect(json.statusCode, json.body).toBe(200);
    expect(json.headers['content-disposition']).toMatch(/kudos-projects-\d{4}-\d{2}-\d{2}\.json/);
    const item = json.json().items.find((i: { id: string }) => i.id === created.id);
    expect(item).toMatchObject({
      status: 'running',
      fundingProgramme: 'esf_plus',
      regions: '06',
      partners: `${lead}:lead;${partner}:co_implementer`,
      leadId: lead,
    });
    expect(json.body).not.toContain('salainen');

    const csv = await exported(`partner=${partner}&format=csv`);
    expect(csv.body).toContain(`'=HYPERLINK(`);

    const people = await exported(`partner=${partner}&format=excel-csv&lang=sv`);
    expect(people.headers['content-disposition']).toMatch(/kudos-projekt-\d{4}-\d{2}-\d{2}\.csv/);
    const lines = people.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toContain('Namn på engelska;Status;Börjar;Slutar;Finansieringsprogram');
    const line = lines.find((l) => l.includes('Exportprojekt')) ?? '';
    expect(line).toContain('Pågår');
    expect(line).toContain('1.1.2025');
    expect(line).toContain('Birkaland');
    expect(line).toContain('Kumppani osuuskunta (delgenomförare)');
    expect(line).not.toContain('salainen');

    const xlsx = await exported(`partner=${partner}&format=xlsx&lang=en`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses unknown formats and filters with 400', async () => {
    for (const q of ['format=pdf', 'status=forgotten', 'region=99x', 'lang=de']) {
      expect((await exported(q)).statusCode, q).toBe(400);
    }
  });
});
