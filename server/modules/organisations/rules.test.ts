import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisation } from '../../db/schema/index.js';
import { csrf, lastMail, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createOrg, orgBody, patchOrg, search } from '../../test/organisations.js';
import { sendFreshnessReminders } from './freshness.service.js';

let t: TestApp;
let dist: string;
let coordinator: { cookie: string; email: string };
beforeAll(async () => {
  // A stand-in for the built web app, to see what the server puts in an organisation page.
  dist = await mkdtemp(path.join(tmpdir(), 'kudos-dist-'));
  await writeFile(
    path.join(dist, 'index.html'),
    '<!doctype html><html lang="fi"><head><title>Kudos</title></head><body></body></html>',
  );
  t = await buildTestApp({ env: { WEB_DIST: dist } });
  coordinator = await signUp(t, { role: 'coordinator' });
});
afterAll(async () => {
  await t.close();
  await rm(dist, { recursive: true, force: true });
});

const post = (body: object, cookie = coordinator.cookie, lang = 'fi') =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/organisations',
    headers: { ...csrf, cookie, 'accept-language': lang },
    payload: body,
  });

describe('business IDs and duplicates', () => {
  it('rejects an invalid business ID with 400 business_id_invalid in the language asked', async () => {
    const fi = await post(orgBody({ businessId: '1234567-8' }));
    expect(fi.statusCode).toBe(400);
    expect(fi.json().error).toMatchObject({
      code: 'business_id_invalid',
      message: expect.stringMatching(/Y-tunnus/),
    });
    const sv = await post(orgBody({ businessId: '1234567-8' }), coordinator.cookie, 'sv');
    expect(sv.json().error.message).toMatch(/FO-numret/);
  });

  it('stops a second organisation with the same business ID (409) and names the first', async () => {
    const first = await createOrg(t, coordinator.cookie, {
      name: 'Y-tunnus Oy',
      businessId: '2617416-4',
    });
    const again = await post({
      ...orgBody({ name: 'Toinen nimi Oy', businessId: '2617416-4' }),
      acknowledgeSimilar: true,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'business_id_taken',
      details: { organisation: { id: first.id, name: 'Y-tunnus Oy' } },
    });
    // Also when an edit tries to take it.
    const other = await createOrg(t, coordinator.cookie, { name: 'Kolmas Oy' });
    const edit = await patchOrg(t, coordinator.cookie, other.id, {
      version: other.version,
      businessId: '2617416-4',
    });
    expect(edit.statusCode).toBe(409);
  });

  it('warns about similar names in the same municipality until acknowledged', async () => {
    await createOrg(t, coordinator.cookie, {
      name: 'Vihreä Kierrätysosuuskunta',
      municipality: '853',
    });
    const warned = await post(
      orgBody({ name: 'Vihreä Kierrätysosuuskunta osk', municipality: '853' }),
    );
    expect(warned.statusCode).toBe(409);
    const { code, details } = warned.json().error;
    expect(code).toBe('similar_organisations');
    expect(details.candidates[0]).toMatchObject({ name: 'Vihreä Kierrätysosuuskunta' });
    // Elsewhere the same name is no warning; acknowledged, it goes through.
    expect(
      (await post(orgBody({ name: 'Vihreä Kierrätysosuuskunta osk', municipality: '091' })))
        .statusCode,
    ).toBe(201);
    const acknowledged = await post({
      ...orgBody({ name: 'Vihreä Kierrätysosuuskunta osk', municipality: '853' }),
      acknowledgeSimilar: true,
    });
    expect(acknowledged.statusCode).toBe(201);
    const similar = await t.app.inject({
      url: `/api/v1/organisations/similar?name=${encodeURIComponent('vihrea kierratysosuuskunta')}&municipality=853`,
      headers: { cookie: coordinator.cookie },
    });
    expect(similar.json().items.length).toBeGreaterThanOrEqual(1);
  });

  it('merges a duplicate: history and representatives move, the old address points on', async () => {
    const member = await signUp(t);
    const survivor = await createOrg(t, coordinator.cookie, { name: 'Sulautuva Osuuskunta' });
    const duplicate = await createOrg(t, coordinator.cookie, {
      name: 'Sulautuva Osuuskunta (kaksoiskappale)',
      businessId: '0737546-2',
      website: 'https://sulautuva.example',
    });
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${duplicate.id}/invitations`,
      headers: { ...csrf, cookie: coordinator.cookie },
      payload: { email: member.email, role: 'editor' },
    });
    const { token } = await lastMail(t, member.email);
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations/invitations/accept',
      headers: { ...csrf, cookie: member.cookie },
      payload: { token },
    });
    // Only coordinators merge.
    const denied = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${survivor.id}/merge`,
      headers: { ...csrf, cookie: member.cookie },
      payload: { duplicateId: duplicate.id },
    });
    expect(denied.statusCode).toBe(403);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${survivor.id}/merge`,
      headers: { ...csrf, cookie: coordinator.cookie },
      payload: { duplicateId: duplicate.id },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: 'Sulautuva Osuuskunta',
      businessId: '0737546-2',
      website: 'https://sulautuva.example',
    });
    const gone = await t.app.inject({ url: `/api/v1/organisations/${duplicate.id}` });
    expect(gone.json().error).toMatchObject({
      code: 'organisation_merged',
      details: { mergedInto: survivor.id },
    });
    const history = await t.app.inject({ url: `/api/v1/organisations/${survivor.id}/history` });
    const actions = history.json().items.map((i: { action: string }) => i.action);
    expect(actions.filter((a: string) => a === 'create')).toHaveLength(2);
    expect(actions[0]).toBe('merge');
    const asMember = await t.app.inject({
      url: `/api/v1/organisations/${survivor.id}`,
      headers: { cookie: member.cookie },
    });
    expect(asMember.json().myRole).toBe('editor');
  });
});

describe('text stays text', () => {
  const script = '<script>alert(1)</script><img src=x onerror=alert(2)>';

  it('stores HTML as given and renders it inert in JSON-LD', async () => {
    const org = await createOrg(t, coordinator.cookie, {
      name: `Skriptiyhdistys ${script}`,
      description: { fi: `Kuvaus </script><script>alert(3)</script> ${script}` },
      website: 'https://skripti.example',
    });
    expect(org.name).toBe(`Skriptiyhdistys ${script}`);
    const page = await t.app.inject({ url: `/fi/organisaatiot/${org.id}` });
    expect(page.statusCode).toBe(200);
    const ld = page.body.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)?.[1];
    expect(ld).toBeDefined();
    // No markup can start inside the element; the JSON still reads back to the same text.
    expect(ld).not.toMatch(/[<>]/);
    const parsed = JSON.parse(ld ?? '{}');
    expect(parsed).toMatchObject({
      '@type': 'Organization',
      name: `Skriptiyhdistys ${script}`,
      sameAs: 'https://skripti.example',
      address: { addressLocality: 'Helsinki', addressCountry: 'FI' },
    });
    expect(page.body.match(/<script/g)).toHaveLength(1);
    // Pages of organisations that are not public carry none.
    const hidden = await t.app.inject({
      url: '/fi/organisaatiot/00000000-0000-4000-8000-000000000000',
    });
    expect(hidden.body).not.toContain('ld+json');
  });

  it('refuses javascript: and other non-web addresses as the website', async () => {
    const res = await post(orgBody({ website: 'javascript:alert(1)' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0].path).toBe('website');
  });

  it('escapes formulas in CSV and XLSX exports and keeps the text in JSON', async () => {
    const formula = '=HYPERLINK("http://evil.example","klikkaa")';
    await createOrg(t, coordinator.cookie, {
      name: `${formula} Kaavayhdistys`,
      description: { fi: '+SUM(1,2)' },
      municipality: '167',
    });
    const csv = await t.app.inject({
      url: '/api/v1/organisations/export?format=csv&municipality=167',
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(
      /attachment; filename="kudos-organisations-.*\.csv"/,
    );
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    expect(csv.body).toContain(`"'=HYPERLINK(""http://evil.example"",""klikkaa"") Kaavayhdistys"`);
    expect(csv.body).toContain("'+SUM(1,2)");
    expect(csv.body).not.toMatch(/(^|,)=HYPERLINK/m);
    const semicolon = await t.app.inject({
      url: '/api/v1/organisations/export?format=csv&municipality=167&delimiter=semicolon',
    });
    expect(semicolon.body.split('\n')[0]).toContain('id;url;name');

    const json = await t.app.inject({
      url: '/api/v1/organisations/export?format=json&municipality=167',
    });
    expect(json.json().items[0].name).toBe(`${formula} Kaavayhdistys`);

    const xlsx = await t.app.inject({
      url: '/api/v1/organisations/export?format=xlsx&municipality=167',
    });
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('Nimi');
    const cell = sheet?.getRow(2).getCell(1);
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.value).toBe(`'${formula} Kaavayhdistys`);
  });

  it('exports the current search result only, with labels in the language asked', async () => {
    const res = await t.app.inject({
      url: '/api/v1/organisations/export?format=json&lang=sv&q=Kaavayhdistys',
    });
    const items = res.json().items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ legalFormName: 'Andelslag', municipalityName: 'Joensuu' });
    expect(items[0].url).toMatch(/\/sv\/organisationer\//);
  });
});

describe('logos', () => {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64',
  );
  const put = (id: string, body: Buffer | string, type: string, cookie = coordinator.cookie) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/v1/organisations/${id}/logo`,
      headers: { ...csrf, cookie, 'content-type': type },
      payload: body,
    });

  it('accepts a real image, serves it with safe headers, refuses the rest', async () => {
    const org = await createOrg(t, coordinator.cookie, { name: 'Logoyhdistys ry' });
    expect((await put(org.id, png, 'image/png')).statusCode).toBe(204);
    const detail = await t.app.inject({ url: `/api/v1/organisations/${org.id}` });
    const url = detail.json().logoUrl;
    expect(url).toMatch(/\/logo\?v=\d+$/);
    const logo = await t.app.inject({ url });
    expect(logo.statusCode).toBe(200);
    expect(logo.headers['content-type']).toBe('image/png');
    expect(logo.headers['x-content-type-options']).toBe('nosniff');
    expect(logo.headers['content-security-policy']).toContain("default-src 'none'");
    expect(logo.rawPayload.equals(png)).toBe(true);

    // Text claiming to be a PNG, an SVG, a too large file.
    const fake = await put(org.id, '<svg onload="alert(1)"></svg>', 'image/png');
    expect(fake.statusCode).toBe(400);
    expect(fake.json().error.code).toBe('image_invalid');
    expect((await put(org.id, '<svg/>', 'image/svg+xml')).statusCode).toBe(415);
    const big = Buffer.concat([png, Buffer.alloc(600 * 1024)]);
    expect((await put(org.id, big, 'image/png')).statusCode).toBe(413);
    // A member who does not represent it may not change it.
    const member = await signUp(t);
    expect((await put(org.id, png, 'image/png', member.cookie)).statusCode).toBe(403);
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/organisations/${org.id}/logo`,
      headers: { ...csrf, cookie: coordinator.cookie },
    });
    expect(del.statusCode).toBe(204);
    expect((await t.app.inject({ url })).statusCode).toBe(404);
  });
});

describe('freshness', () => {
  it('lists profiles not confirmed for a year and e-mails a one-click confirmation link', async () => {
    const owner = await signUp(t);
    const org = await createOrg(t, owner.cookie, {
      name: 'Vanha Profiili ry',
      municipality: '398',
    });
    const requests = await t.app.inject({
      url: '/api/v1/moderation/requests',
      headers: { cookie: coordinator.cookie },
    });
    const request = requests
      .json()
      .items.find((r: { organisation: { id: string } }) => r.organisation.id === org.id);
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/moderation/requests/${request.id}`,
      headers: { ...csrf, cookie: coordinator.cookie },
      payload: { decision: 'approve' },
    });
    await t.database.db
      .update(organisation)
      .set({ confirmedAt: new Date(Date.now() - 400 * 24 * 3600 * 1000) })
      .where(eq(organisation.id, org.id));

    const stale = await t.app.inject({
      url: '/api/v1/organisations/unconfirmed',
      headers: { cookie: coordinator.cookie },
    });
    expect(stale.json().items.map((i: { id: string }) => i.id)).toContain(org.id);
    expect(
      (
        await t.app.inject({
          url: '/api/v1/organisations/unconfirmed',
          headers: { cookie: owner.cookie },
        })
      ).statusCode,
    ).toBe(403);

    expect(await sendFreshnessReminders(t.database.db, { baseUrl: 'http://localhost:3000' })).toBe(
      1,
    );
    // Not again the next day.
    expect(await sendFreshnessReminders(t.database.db, { baseUrl: 'http://localhost:3000' })).toBe(
      0,
    );
    const mail = await lastMail(t, owner.email);
    expect(mail.subject).toContain('Vanha Profiili ry');
    expect(mail.text).toMatch(/\/fi\/organisaatiot\/vahvista\?token=/);
    const confirm = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations/confirm-link',
      headers: csrf,
      payload: { token: mail.token },
    });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.json()).toEqual({ organisationId: org.id, name: 'Vanha Profiili ry' });
    const after = await t.app.inject({ url: `/api/v1/organisations/${org.id}` });
    expect(Date.now() - Date.parse(after.json().confirmedAt)).toBeLessThan(60_000);
    const reuse = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations/confirm-link',
      headers: csrf,
      payload: { token: mail.token },
    });
    expect(reuse.statusCode).toBe(400);
    const list = await search(t, 'q=Vanha%20Profiili');
    expect(list.total).toBe(1);
  });
});
