import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrf, goodPassword, login, newEmail, sessionCookie, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createSetupLink } from './auth.service.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const patchUser = (cookie: string, id: string, body: object) =>
  t.app.inject({
    method: 'PATCH',
    url: `/api/v1/admin/users/${id}`,
    headers: { ...csrf, cookie },
    payload: body,
  });

describe('first admin', () => {
  it('creates the first admin with the single-use setup link, and only while there is none', async () => {
    const link = await createSetupLink(t.database.db, 'http://localhost:3000');
    expect(link).toMatch(/^http:\/\/localhost:3000\/fi\/kayttoonotto\?token=/);
    const token = new URL(link ?? '').searchParams.get('token');
    const email = newEmail('first-admin');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/setup',
      headers: csrf,
      payload: { token, email, password: goodPassword, name: 'Ylläpitäjä' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ role: 'admin', permissions: { manageUsers: true } });
    const me = await t.app.inject({ url: '/api/v1/me', headers: { cookie: sessionCookie(res) } });
    expect(me.json().email).toBe(email);
    expect(await createSetupLink(t.database.db, 'http://localhost:3000')).toBeUndefined();
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/setup',
      headers: csrf,
      payload: { token, email: newEmail(), password: goodPassword, name: 'Toinen' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('setup_not_available');
  });
});

describe('admin routes', () => {
  it('answers members and coordinators 403 forbidden, and anonymous callers 401', async () => {
    const member = await signUp(t);
    const coordinator = await signUp(t, { role: 'coordinator' });
    for (const { cookie } of [member, coordinator]) {
      for (const url of ['/api/v1/admin/users', '/api/v1/admin/audit']) {
        const res = await t.app.inject({ url, headers: { cookie } });
        expect(res.statusCode, url).toBe(403);
        expect(res.json().error.code).toBe('forbidden');
      }
      const res = await patchUser(cookie, member.me.id, { role: 'admin', version: 1 });
      expect(res.statusCode).toBe(403);
    }
    expect((await t.app.inject({ url: '/api/v1/admin/users' })).statusCode).toBe(401);
  });

  it('lets an admin search users, change a role with regions, and see it in the audit log', async () => {
    const admin = await signUp(t, { role: 'admin' });
    const target = await signUp(t, { name: 'Kaisa Koordinaattori' });
    const found = await t.app.inject({
      url: '/api/v1/admin/users?q=koordinaattori',
      headers: { cookie: admin.cookie },
    });
    expect(found.json().items.map((u: { id: string }) => u.id)).toEqual([target.me.id]);
    expect(found.json().items[0].permissions).toEqual({ update: true });
    const self = await t.app.inject({
      url: `/api/v1/admin/users?q=${encodeURIComponent(admin.email)}`,
      headers: { cookie: admin.cookie },
    });
    expect(self.json().items[0].permissions).toEqual({ update: false });

    const res = await patchUser(admin.cookie, target.me.id, {
      role: 'coordinator',
      regions: ['06', '02', '06'],
      version: target.me.version,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ role: 'coordinator', regions: ['02', '06'] });
    const stale = await patchUser(admin.cookie, target.me.id, {
      role: 'member',
      version: target.me.version,
    });
    expect(stale.statusCode).toBe(409);

    const audit = await t.app.inject({
      url: `/api/v1/admin/audit?targetId=${target.me.id}&action=user.role_changed`,
      headers: { cookie: admin.cookie },
    });
    expect(audit.json().items).toEqual([
      expect.objectContaining({
        action: 'user.role_changed',
        actorId: admin.me.id,
        details: { from: 'member', to: 'coordinator' },
      }),
    ]);
    const me = await t.app.inject({ url: '/api/v1/me', headers: { cookie: target.cookie } });
    expect(me.json()).toMatchObject({
      role: 'coordinator',
      regions: ['02', '06'],
      permissions: { moderate: true },
    });
  });

  it('deactivates a user (sessions end, login refused) and reactivates them', async () => {
    const admin = await signUp(t, { role: 'admin' });
    const target = await signUp(t);
    const off = await patchUser(admin.cookie, target.me.id, {
      active: false,
      version: target.me.version,
    });
    expect(off.json().active).toBe(false);
    expect(
      (await t.app.inject({ url: '/api/v1/me', headers: { cookie: target.cookie } })).statusCode,
    ).toBe(401);
    expect((await login(t, target.email)).json().error.code).toBe('account_deactivated');
    const on = await patchUser(admin.cookie, target.me.id, {
      active: true,
      version: off.json().version,
    });
    expect(on.json().active).toBe(true);
    expect((await login(t, target.email)).statusCode).toBe(200);
    const audit = await t.app.inject({
      url: `/api/v1/admin/audit?targetId=${target.me.id}`,
      headers: { cookie: admin.cookie },
    });
    const actions = audit.json().items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['user.deactivated', 'user.reactivated', 'auth.login']),
    );
  });

  it('refuses an admin changing their own role, an unknown user, and unknown regions', async () => {
    const admin = await signUp(t, { role: 'admin' });
    const self = await patchUser(admin.cookie, admin.me.id, {
      role: 'member',
      version: admin.me.version,
    });
    expect(self.statusCode).toBe(403);
    const unknown = await patchUser(admin.cookie, '00000000-0000-4000-8000-000000000000', {
      role: 'member',
      version: 1,
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('user_not_found');
    const target = await signUp(t);
    const badRegion = await patchUser(admin.cookie, target.me.id, {
      regions: ['03'],
      version: target.me.version,
    });
    expect(badRegion.statusCode).toBe(400);
    expect(badRegion.json().error.details.fields[0]).toMatchObject({
      path: 'regions',
      code: 'unknown_region',
    });
  });

  it('records failed logins in the audit log without the password', async () => {
    const admin = await signUp(t, { role: 'admin' });
    const target = await signUp(t);
    await login(t, target.email, 'väärä salasana 123');
    const audit = await t.app.inject({
      url: `/api/v1/admin/audit?action=auth.login_failed&targetId=${target.me.id}`,
      headers: { cookie: admin.cookie },
    });
    const [event] = audit.json().items;
    expect(event).toMatchObject({ details: { reason: 'wrong_password' }, ip: '127.0.0.1' });
    expect(JSON.stringify(audit.json())).not.toContain('väärä salasana');
  });
});
