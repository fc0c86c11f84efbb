import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUser, userSession } from '../../db/schema/index.js';
import { csrf, goodPassword, login, newEmail, sessionCookie, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const me = (cookie?: string) =>
  t.app.inject({ url: '/api/v1/me', headers: cookie ? { cookie } : {} });

describe('logging in and sessions', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and answers /me with permissions', async () => {
    const { email } = await signUp(t);
    const res = await login(t, email);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'kudos_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    const body = (await me(sessionCookie(res))).json();
    expect(body).toMatchObject({
      email,
      role: 'member',
      permissions: { manageUsers: false, viewAuditLog: false, moderate: false },
    });
  });

  it('says who is signed in without a 401 for visitors (what the web app asks on every page)', async () => {
    const signedIn = (cookie?: string) =>
      t.app.inject({ url: '/api/v1/me/signed-in', headers: cookie ? { cookie } : {} });
    const visitor = await signedIn();
    expect(visitor.statusCode).toBe(200);
    expect(visitor.json()).toEqual({ user: null });
    // An unknown or ended session is a visitor too.
    expect((await signedIn('kudos_session=no-such-session')).json()).toEqual({ user: null });
    const { email } = await signUp(t);
    const cookie = sessionCookie(await login(t, email));
    const user = await signedIn(cookie);
    expect(user.statusCode).toBe(200);
    expect(user.json().user).toMatchObject({ email, role: 'member' });
    // Programs still get 401 from /me when they are not signed in.
    expect((await me()).statusCode).toBe(401);
  });

  it('marks the cookie Secure with the __Host- prefix when BASE_URL is https', async () => {
    const secure = await buildTestApp({ env: { BASE_URL: 'https://kudos.example.fi' } });
    try {
      const { email } = await signUp(secure);
      const res = await login(secure, email, goodPassword, { origin: 'https://kudos.example.fi' });
      const c = res.cookies.find((x) => x.name === '__Host-kudos_session');
      expect(c).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/' });
    } finally {
      await secure.close();
    }
  });

  it('gives the same answer for a wrong password and an unknown address', async () => {
    const { email } = await signUp(t);
    const wrong = await login(t, email, 'väärä salasana tässä');
    const unknown = await login(t, newEmail('nobody'), 'väärä salasana tässä');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('invalid_credentials');
  });

  it('rejects a 10 000-character password at login without hashing it', async () => {
    const { email } = await signUp(t);
    const res = await login(t, email, 'x'.repeat(10_000));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0].path).toBe('password');
  });

  it('refuses a deactivated account even with the right password, and ends its sessions', async () => {
    const { email, cookie } = await signUp(t);
    await t.database.db
      .update(appUser)
      .set({ deactivatedAt: new Date() })
      .where(eq(appUser.email, email));
    expect((await login(t, email)).json().error.code).toBe('account_deactivated');
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('does not accept a cookie set before login (session fixation)', async () => {
    const { email } = await signUp(t);
    const planted = 'kudos_session=attacker-chosen-value-that-is-long-enough';
    const res = await login(t, email, goodPassword, { cookie: planted });
    const fresh = sessionCookie(res);
    expect(fresh).not.toBe(planted);
    expect((await me(planted)).statusCode).toBe(401);
    expect((await me(fresh)).statusCode).toBe(200);
  });

  it('logs out: the cookie is cleared and the session no longer works', async () => {
    const { cookie } = await signUp(t);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { ...csrf, cookie },
    });
    expect(res.statusCode).toBe(204);
    expect(res.cookies.find((c) => c.name === 'kudos_session')?.value).toBe('');
    expect((await me(cookie)).json().error.code).toBe('not_authenticated');
  });

  it('lists sessions and logs out everywhere', async () => {
    const { email, cookie } = await signUp(t);
    const other = sessionCookie(await login(t, email));
    const list = await t.app.inject({ url: '/api/v1/me/sessions', headers: { cookie } });
    expect(list.json().items).toHaveLength(2);
    expect(list.json().items.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    const res = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/me/sessions',
      headers: { ...csrf, cookie },
    });
    expect(res.statusCode).toBe(204);
    expect((await me(cookie)).statusCode).toBe(401);
    expect((await me(other)).statusCode).toBe(401);
  });

  it('ends an expired session', async () => {
    const { email, cookie } = await signUp(t);
    const [user] = await t.database.db.select().from(appUser).where(eq(appUser.email, email));
    await t.database.db
      .update(userSession)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(userSession.userId, user?.id ?? ''));
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('changes name and language with a version, and refuses a stale version with 409', async () => {
    const { cookie, me: start } = await signUp(t);
    const patch = (body: object) =>
      t.app.inject({
        method: 'PATCH',
        url: '/api/v1/me',
        headers: { ...csrf, cookie },
        payload: body,
      });
    const first = await patch({ name: 'Uusi Nimi', lang: 'en', version: start.version });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      name: 'Uusi Nimi',
      lang: 'en',
      version: start.version + 1,
    });
    const stale = await patch({ name: 'Vanha välilehti', version: start.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    expect(stale.json().error.details.current.name).toBe('Uusi Nimi');
  });

  it('changes the password after checking the old one; other sessions end, this one stays', async () => {
    const { email, cookie } = await signUp(t);
    const other = sessionCookie(await login(t, email));
    const change = (currentPassword: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/me/password',
        headers: { ...csrf, cookie },
        payload: { currentPassword, newPassword: 'uusi pitkä salasana 2026' },
      });
    const wrong = await change('ei tämä');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.details.fields[0].path).toBe('currentPassword');
    expect((await change(goodPassword)).statusCode).toBe(204);
    expect((await me(cookie)).statusCode).toBe(200);
    expect((await me(other)).statusCode).toBe(401);
    expect((await login(t, email)).statusCode).toBe(401);
    expect((await login(t, email, 'uusi pitkä salasana 2026')).statusCode).toBe(200);
  });
});
