import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrf, lastMail, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createOrg, patchOrg } from '../../test/organisations.js';

/** A regional coordinator's reach: their regions, also when an organisation moves. */
let t: TestApp;
let uusimaa: Awaited<ReturnType<typeof signUp>>;
beforeAll(async () => {
  t = await buildTestApp();
  // Region 01 = Uusimaa (Helsinki 091, Espoo 049); 02 = Varsinais-Suomi (Turku 853).
  uusimaa = await signUp(t, { role: 'coordinator', regions: ['01'] });
});
afterAll(() => t.close());

const importCsv = (csv: string, mapping: object, dryRun = true) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/organisations/import${dryRun ? '/dry-run' : ''}?mapping=${encodeURIComponent(JSON.stringify(mapping))}`,
    headers: { ...csrf, cookie: uusimaa.cookie, 'content-type': 'text/csv' },
    payload: csv,
  });

describe('moving an organisation between regions', () => {
  it('lets a regional coordinator move within their regions, not into another region', async () => {
    // Added by someone else, so the coordinator's right to change it comes only from moderating.
    const national = await signUp(t, { role: 'coordinator' });
    const org = await createOrg(t, national.cookie, { name: 'Liikkuva Osuuskunta' });
    const away = await patchOrg(t, uusimaa.cookie, org.id, {
      version: org.version,
      municipality: '853',
    });
    expect(away.statusCode).toBe(403);
    expect(away.json().error.details).toMatchObject({ reason: 'target_region', region: '02' });
    const within = await patchOrg(t, uusimaa.cookie, org.id, {
      version: org.version,
      municipality: '049',
    });
    expect(within.statusCode).toBe(200);
    expect(within.json().region.code).toBe('01');
  });

  it('keeps a regional coordinator within their regions also after making themselves an editor', async () => {
    const national = await signUp(t, { role: 'coordinator' });
    const org = await createOrg(t, national.cookie, { name: 'Kiertotie Osuuskunta' });
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${org.id}/invitations`,
      headers: { ...csrf, cookie: uusimaa.cookie },
      payload: { email: uusimaa.email, role: 'editor' },
    });
    const { token } = await lastMail(t, uusimaa.email);
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations/invitations/accept',
      headers: { ...csrf, cookie: uusimaa.cookie },
      payload: { token },
    });
    expect(accepted.statusCode).toBe(200);
    const away = await patchOrg(t, uusimaa.cookie, org.id, {
      version: org.version,
      municipality: '853',
    });
    expect(away.statusCode).toBe(403);
    expect(away.json().error.details.reason).toBe('target_region');
  });

  it('lets a representative move their own organisation anywhere', async () => {
    const owner = await signUp(t);
    const org = await createOrg(t, owner.cookie, { name: 'Muuttava Yhdistys ry' });
    const moved = await patchOrg(t, owner.cookie, org.id, {
      version: org.version,
      municipality: '853',
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().region.code).toBe('02');
  });

  it('does not restore a revision into another region for a regional coordinator', async () => {
    const national = await signUp(t, { role: 'coordinator' });
    const org = await createOrg(t, national.cookie, {
      name: 'Palautettava Oy',
      municipality: '853',
    });
    const moved = await patchOrg(t, national.cookie, org.id, {
      version: org.version,
      municipality: '091',
    });
    expect(moved.json().region.code).toBe('01');
    const history = await t.app.inject({
      url: `/api/v1/organisations/${org.id}/history`,
      headers: { cookie: uusimaa.cookie },
    });
    const first = history.json().items.at(-1);
    const restore = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${org.id}/restore`,
      headers: { ...csrf, cookie: uusimaa.cookie },
      payload: { revision: first.id, version: moved.json().version },
    });
    expect(restore.statusCode).toBe(403);
    expect(restore.json().error.details.reason).toBe('target_region');
  });

  it('refuses import rows that would move an organisation out of the importer’s regions', async () => {
    await createOrg(t, uusimaa.cookie, { name: 'Tuotava Oy', businessId: '0737546-2' });
    const report = await importCsv('name,businessId,municipality\nTuotava Oy,0737546-2,Turku\n', {
      name: 0,
      businessId: 1,
      municipality: 2,
    });
    expect(report.statusCode).toBe(200);
    expect(report.json().errors.map((e: { code: string }) => e.code)).toEqual(['not_allowed']);
  });

  it('keeps the region of an organisation that an import updates without a municipality column', async () => {
    const org = await createOrg(t, uusimaa.cookie, {
      name: 'Paikallaan Oy',
      businessId: '2617416-4',
    });
    const run = await importCsv(
      'name,businessId\nPaikallaan Oy (uusi nimi),2617416-4\n',
      { name: 0, businessId: 1 },
      false,
    );
    expect(run.statusCode).toBe(200);
    expect(run.body).toContain('"state":"done"');
    const after = await t.app.inject({ url: `/api/v1/organisations/${org.id}` });
    expect(after.json()).toMatchObject({
      name: 'Paikallaan Oy (uusi nimi)',
      region: { code: '01' },
    });
  });
});
