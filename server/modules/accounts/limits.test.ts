import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limits } from '../../../common/limits.js';
import {
  csrf,
  goodPassword,
  login,
  mailCount,
  newEmail,
  register,
  signUp,
} from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';

let t: TestApp;
/** The same service with a per-account limit of three password checks per 15 minutes. */
let strict: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  strict = await buildTestApp({ env: { AUTH_RATE_LIMIT: '3' } });
});
afterAll(async () => {
  await t.close();
  await strict.close();
});

let address = 0;
/** A different client address for each call, so only the per-account limits can bite. */
const nextAddress = () => `10.20.${Math.floor(++address / 250)}.${address % 250}`;

describe('password checks outside the login share its per-account limit', () => {
  it('counts wrong current passwords, and the login of that account is then limited too', async () => {
    const user = await signUp(strict);
    const change = () =>
      strict.app.inject({
        method: 'POST',
        url: '/api/v1/me/password',
        headers: { ...csrf, cookie: user.cookie },
        remoteAddress: nextAddress(),
        payload: {
          currentPassword: 'väärä salasana tässä',
          newPassword: 'uusi hyvä salasana 2026',
        },
      });
    // The sign-up's own login was the first attempt of the window.
    expect((await change()).statusCode).toBe(401);
    expect((await change()).statusCode).toBe(401);
    const limited = await change();
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    const loginNow = await login(strict, user.email, goodPassword, {
      'x-forwarded-for': nextAddress(),
    });
    expect(loginNow.statusCode).toBe(429);
  });

  it('counts account deletion and e-mail change attempts as well', async () => {
    const user = await signUp(strict);
    const remove = await strict.app.inject({
      method: 'DELETE',
      url: '/api/v1/me',
      headers: { ...csrf, cookie: user.cookie },
      payload: { password: 'ei tämä ole oikea', confirm: true },
    });
    expect(remove.statusCode).toBe(401);
    const email = await strict.app.inject({
      method: 'POST',
      url: '/api/v1/me/email',
      headers: { ...csrf, cookie: user.cookie },
      payload: { newEmail: newEmail(), password: 'ei tämäkään ole oikea' },
    });
    expect(email.statusCode).toBe(401);
    const third = await strict.app.inject({
      method: 'DELETE',
      url: '/api/v1/me',
      headers: { ...csrf, cookie: user.cookie },
      payload: { password: goodPassword, confirm: true },
    });
    // Even the right password waits: the account has had its attempts for this window.
    expect(third.statusCode).toBe(429);
  });
});

describe('e-mails a stranger can trigger are limited per recipient', () => {
  it('sends at most the hourly number of "you already have an account" e-mails', async () => {
    const { email } = await signUp(t);
    const before = await mailCount(t, email);
    for (let i = 0; i < limits.mailsPerRecipientPerHour + 3; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        headers: csrf,
        remoteAddress: nextAddress(),
        payload: { email, password: goodPassword, name: 'Joku Muu' },
      });
      expect(res.statusCode).toBe(202);
    }
    // The verification e-mail of the sign-up counted as the first of the hour.
    expect((await mailCount(t, email)) - before).toBe(limits.mailsPerRecipientPerHour - 1);
  });

  it('sends at most the hourly number of reset links, answering alike', async () => {
    const email = newEmail();
    expect(
      (await register(t, { email, password: goodPassword, name: 'Nollaaja' })).statusCode,
    ).toBe(202);
    for (let i = 0; i < limits.mailsPerRecipientPerHour + 3; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/forgot-password',
        headers: csrf,
        remoteAddress: nextAddress(),
        payload: { email },
      });
      expect(res.statusCode).toBe(202);
    }
    // The verification e-mail of the sign-up is of another kind and has its own budget.
    expect(await mailCount(t, email)).toBe(1 + limits.mailsPerRecipientPerHour);
  });

  it('keeps a flood of sign-ups from stopping the owner’s password reset', async () => {
    const { email } = await signUp(t);
    for (let i = 0; i < limits.mailsPerRecipientPerHour + 2; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        headers: csrf,
        remoteAddress: nextAddress(),
        payload: { email, password: goodPassword, name: 'Tulva' },
      });
    }
    const before = await mailCount(t, email);
    const reset = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/forgot-password',
      headers: csrf,
      remoteAddress: nextAddress(),
      payload: { email },
    });
    expect(reset.statusCode).toBe(202);
    expect(await mailCount(t, email)).toBe(before + 1);
  });
});

describe('personal API tokens', () => {
  const create = (cookie: string | undefined) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/me/tokens',
      headers: { ...csrf, ...(cookie ? { cookie } : {}), 'x-forwarded-for': '192.0.2.7' },
      remoteAddress: '192.0.2.7',
      payload: { name: 'ohjelma', scope: 'read' },
    });

  it('are limited per person, not per address, and an anonymous call is 401 before any limit', async () => {
    const a = await signUp(t);
    const b = await signUp(t);
    for (let i = 0; i < limits.tokensPerUserPerHour; i++) {
      expect((await create(a.cookie)).statusCode).toBe(201);
    }
    expect((await create(a.cookie)).statusCode).toBe(429);
    // Someone else behind the same address is not affected.
    expect((await create(b.cookie)).statusCode).toBe(201);
    for (let i = 0; i < limits.tokensPerUserPerHour + 2; i++) {
      const anonymous = await create(undefined);
      expect(anonymous.statusCode).toBe(401);
    }
  });
});
