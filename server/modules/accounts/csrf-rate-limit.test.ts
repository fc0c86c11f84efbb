import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { csrf, goodPassword, newEmail, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';

describe('cross-site request forgery', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('refuses a login or a change made with the cookie but without the CSRF header', async () => {
    const { email, cookie, me } = await signUp(t);
    const noHeader = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: goodPassword },
    });
    expect(noHeader.statusCode).toBe(403);
    expect(noHeader.json().error.code).toBe('csrf_failed');
    const patch = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie },
      payload: { name: 'Hijacked', version: me.version },
    });
    expect(patch.json().error.code).toBe('csrf_failed');
  });

  it('refuses a request from another origin even with the header', async () => {
    const { cookie, me } = await signUp(t);
    for (const headers of [
      { origin: 'https://evil.example' },
      { referer: 'https://evil.example/page' },
    ]) {
      const res = await t.app.inject({
        method: 'PATCH',
        url: '/api/v1/me',
        headers: { ...csrf, ...headers, cookie },
        payload: { name: 'Hijacked', version: me.version },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('csrf_failed');
    }
    const ok = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { ...csrf, origin: 'http://localhost:3000', cookie },
      payload: { name: 'Oma muutos', version: me.version },
    });
    expect(ok.statusCode).toBe(200);
  });

  it('lets a public request without a cookie through without the header', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/postal-codes/lookup',
      payload: { codes: ['00100'] },
    });
    expect(res.statusCode).toBe(200);
  });
});

describe('the Origin check behind a proxy', () => {
  let p: TestApp;
  beforeAll(async () => {
    p = await buildTestApp({
      env: { TRUST_PROXY: 'true', BASE_URL: 'https://kudos.example.fi' },
    });
  });
  afterAll(() => p.close());

  it('trusts only the BASE_URL origin, not whatever Host the proxy passes on', async () => {
    const email = newEmail();
    const headers = (origin: string, host: string) => ({
      ...csrf,
      origin,
      host,
      'x-forwarded-proto': 'https',
    });
    const forged = await p.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      headers: headers('https://evil.example', 'evil.example'),
      payload: { email, password: goodPassword, name: 'Huijattu' },
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.code).toBe('csrf_failed');
    const ours = await p.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      headers: headers('https://kudos.example.fi', 'kudos.example.fi'),
      payload: { email, password: goodPassword, name: 'Oikea' },
    });
    expect(ours.statusCode).toBe(202);
  });
});

describe('rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { AUTH_RATE_LIMIT: '3' } });
  });
  afterAll(() => t.close());

  it('answers a burst of logins with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof t.app.inject>> | undefined;
    for (let i = 0; i < 5; i++) {
      last = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: csrf,
        payload: { email: newEmail(), password: 'mikä tahansa salasana' },
      });
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    expect(last?.json().error.code).toBe('rate_limited');
    expect(Number(last?.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('limits attempts on one account from many addresses', async () => {
    const email = newEmail();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: csrf,
        remoteAddress: `10.0.0.${i + 1}`,
        payload: { email, password: 'arvaus numero yksi' },
      });
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('limits registrations and reset requests per address', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/forgot-password',
        headers: csrf,
        remoteAddress: '10.9.9.9',
        payload: { email: newEmail() },
      });
      codes.push(res.statusCode);
    }
    expect(codes).toEqual([202, 202, 202, 429]);
  });

  it('shares its counts between app processes on one database, and keeps routes apart', async () => {
    // A second app on the same database stands for a second process behind a load balancer.
    const second = await buildApp({
      config: loadConfig({ AUTH_RATE_LIMIT: '3', LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent' }),
      database: t.database,
      logger: false,
    });
    await second.ready();
    try {
      const forgot = (app: typeof second) =>
        app.inject({
          method: 'POST',
          url: '/api/v1/auth/forgot-password',
          headers: csrf,
          remoteAddress: '10.7.7.7',
          payload: { email: newEmail() },
        });
      const codes = [
        (await forgot(t.app)).statusCode,
        (await forgot(second)).statusCode,
        (await forgot(t.app)).statusCode,
        (await forgot(second)).statusCode,
      ];
      expect(codes).toEqual([202, 202, 202, 429]);
      // The same address still has its own allowance on another route.
      const register = await second.inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        headers: csrf,
        remoteAddress: '10.7.7.7',
        payload: { email: newEmail(), password: goodPassword, name: 'Uusi' },
      });
      expect(register.statusCode).toBe(202);
    } finally {
      await second.close();
    }
  });
});
