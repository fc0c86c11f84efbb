import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrf, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const read = (path: string, cookie?: string) =>
  t.app.inject({ url: `/api/v1/site/${path}`, headers: cookie ? { cookie } : {} });

const put = (path: string, cookie: string, payload: object) =>
  t.app.inject({
    method: 'PUT',
    url: `/api/v1/site/${path}`,
    headers: { ...csrf, cookie },
    payload,
  });

/** The content of a page as answered, without what the server adds: the body of an edit. */
function editable(page: Record<string, unknown>) {
  const { version: _v, updatedAt: _u, permissions: _p, ...data } = page;
  return data;
}

describe('GET /api/v1/site/accessibility', () => {
  it('answers anyone with the statement: partial compliance, shortcomings and the supervisory authority', async () => {
    const res = await read('accessibility');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      compliance: 'partial',
      feedbackEmail: null,
      version: 1,
      permissions: { edit: false },
      authority: {
        name: { fi: 'Liikenne- ja viestintävirasto Traficom' },
        email: 'saavutettavuus@traficom.fi',
        phone: '029 534 5000',
        url: { fi: 'https://www.saavutettavuusvaatimukset.fi/' },
      },
    });
    expect(body.preparedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.shortcomings.length).toBeGreaterThan(0);
    expect(body.shortcomings[0].fi).toMatch(/logo/i);
  });
});

describe('GET /api/v1/site/about', () => {
  it('answers anyone with the programme and its organisations, the coordinator first', async () => {
    const res = await read('about');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.organisations).toHaveLength(11);
    expect(body.organisations[0]).toMatchObject({
      name: { fi: 'Silta-Valmennusyhdistys ry' },
      role: 'coordinator',
    });
    expect(body.intro.fi).toMatch(/koordinaatio-ohjelma/);
    expect(body.permissions).toEqual({ edit: false });
  });
});

describe('PUT /api/v1/site/accessibility', () => {
  it('lets an admin change the feedback address and the review date, audited, and shows it to everyone', async () => {
    const admin = await signUp(t, { role: 'admin' });
    expect(admin.me.permissions.editSitePages).toBe(true);
    const current = (await read('accessibility', admin.cookie)).json();
    expect(current.permissions.edit).toBe(true);
    const res = await put('accessibility', admin.cookie, {
      ...editable(current),
      feedbackEmail: 'saavutettavuus@kudos.example.fi',
      reviewedOn: '2027-01-15',
      version: current.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      feedbackEmail: 'saavutettavuus@kudos.example.fi',
      reviewedOn: '2027-01-15',
      version: current.version + 1,
    });
    const anyone = (await read('accessibility')).json();
    expect(anyone.feedbackEmail).toBe('saavutettavuus@kudos.example.fi');

    const audit = await t.app.inject({
      url: '/api/v1/admin/audit?action=site.accessibility_updated',
      headers: { cookie: admin.cookie },
    });
    expect(audit.json().items[0]).toMatchObject({
      actorId: admin.me.id,
      targetId: 'accessibility',
      details: { fields: ['feedbackEmail', 'reviewedOn'] },
    });
  });

  it('keeps the version when nothing changed', async () => {
    const admin = await signUp(t, { role: 'admin' });
    const current = (await read('accessibility')).json();
    const res = await put('accessibility', admin.cookie, {
      ...editable(current),
      version: current.version,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().version).toBe(current.version);
  });

  it('answers a stale version with 409 and the content as saved now', async () => {
    const admin = await signUp(t, { role: 'admin' });
    const before = (await read('accessibility')).json();
    const first = await put('accessibility', admin.cookie, {
      ...editable(before),
      compliance: 'none',
      version: before.version,
    });
    expect(first.statusCode).toBe(200);
    const stale = await put('accessibility', admin.cookie, {
      ...editable(before),
      feedbackEmail: 'myohassa@example.org',
      version: before.version,
    });
    expect(stale.statusCode).toBe(409);
    const { error } = stale.json();
    expect(error.code).toBe('version_conflict');
    expect(error.details.current).toMatchObject({
      compliance: 'none',
      version: before.version + 1,
    });
    expect((await read('accessibility')).json().feedbackEmail).not.toBe('myohassa@example.org');
  });

  it('refuses members and coordinators with 403 and anonymous callers with 401', async () => {
    const current = (await read('accessibility')).json();
    const body = { ...editable(current), feedbackEmail: 'x@example.org', version: current.version };
    for (const role of ['member', 'coordinator'] as const) {
      const who = await signUp(t, { role });
      expect(who.me.permissions.editSitePages).toBe(false);
      expect((await read('accessibility', who.cookie)).json().permissions.edit).toBe(false);
      const res = await put('accessibility', who.cookie, body);
      expect(res.statusCode, role).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
      const about = (await read('about', who.cookie)).json();
      const resAbout = await put('about', who.cookie, {
        ...editable(about),
        version: about.version,
      });
      expect(resAbout.statusCode, role).toBe(403);
    }
    const anonymous = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/site/accessibility',
      payload: body,
    });
    expect(anonymous.statusCode).toBe(401);
    expect((await read('accessibility')).json().feedbackEmail).not.toBe('x@example.org');
  });

  it("refuses an administrator's API token: changing the service pages needs a browser session", async () => {
    const admin = await signUp(t, { role: 'admin' });
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/tokens',
      headers: { ...csrf, cookie: admin.cookie },
      payload: { name: 'script', scope: 'read_write' },
    });
    const { token } = created.json();
    const current = (await read('accessibility')).json();
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/site/accessibility',
      headers: { authorization: `Bearer ${token}` },
      payload: { ...editable(current), version: current.version },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.details).toEqual({ reason: 'session_required' });
  });

  it('refuses a session request without the CSRF header', async () => {
    const admin = await signUp(t, { role: 'admin' });
    const current = (await read('accessibility')).json();
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/site/accessibility',
      headers: { cookie: admin.cookie },
      payload: { ...editable(current), version: current.version },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf_failed');
  });

  it('answers bad input with 400 naming each field', async () => {
    const admin = await signUp(t, { role: 'admin' });
    const current = (await read('accessibility')).json();
    const res = await put('accessibility', admin.cookie, {
      ...editable(current),
      feedbackEmail: 'not an address',
      reviewedOn: '15.1.2027',
      authority: { ...current.authority, name: { ...current.authority.name, fi: '' } },
      version: current.version,
    });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('invalid_request');
    const paths = error.details.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(['authority.name.fi', 'feedbackEmail', 'reviewedOn']);
  });
});

describe('PUT /api/v1/site/about', () => {
  it('lets an admin replace the texts, the organisations and the regional contacts', async () => {
    const admin = await signUp(t, { role: 'admin' });
    const current = (await read('about')).json();
    const res = await put('about', admin.cookie, {
      intro: { fi: 'Uusi esittely', sv: '', en: null },
      organisations: [{ name: { fi: 'Koordinoija ry' }, role: 'coordinator', url: '' }],
      contact: { email: 'info@kudos.example.fi', phone: '+358 40 123 4567', address: '' },
      regionalContacts: [
        {
          area: { fi: 'Pirkanmaa', sv: 'Birkaland' },
          name: 'Aino Alue',
          email: 'aino@example.org',
        },
      ],
      version: current.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      intro: { fi: 'Uusi esittely', sv: null, en: null },
      organisations: [{ name: { fi: 'Koordinoija ry', sv: null, en: null }, url: null }],
      contact: { email: 'info@kudos.example.fi', address: null },
      regionalContacts: [{ area: { sv: 'Birkaland' }, name: 'Aino Alue', phone: null }],
    });
  });

  it('requires the Finnish intro', async () => {
    const admin = await signUp(t, { role: 'admin' });
    const current = (await read('about')).json();
    const res = await put('about', admin.cookie, {
      ...editable(current),
      intro: { fi: '  ', sv: 'Bara svenska' },
      version: current.version,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields.map((f: { path: string }) => f.path)).toEqual([
      'intro.fi',
    ]);
  });
});
