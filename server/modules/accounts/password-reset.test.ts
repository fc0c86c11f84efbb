import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrf, lastMail, login, mailCount, newEmail, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const forgot = (email: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/forgot-password',
    headers: csrf,
    payload: { email },
  });
const reset = (token: string | undefined, password: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/reset-password',
    headers: csrf,
    payload: { token, password },
  });
const me = (cookie: string) => t.app.inject({ url: '/api/v1/me', headers: { cookie } });

describe('forgotten password', () => {
  it('answers the same for a known and an unknown address; only the known one gets mail', async () => {
    const { email } = await signUp(t);
    const unknown = newEmail('ghost');
    const a = await forgot(email);
    const b = await forgot(unknown);
    expect(a.statusCode).toBe(202);
    expect(a.body).toBe(b.body);
    expect(await mailCount(t, unknown)).toBe(0);
    expect((await lastMail(t, email)).subject).toContain('Salasanan vaihto');
  });

  it('sets a new password with the link once; every session ends', async () => {
    const { email, cookie } = await signUp(t);
    await forgot(email);
    const { token, text } = await lastMail(t, email);
    expect(text).toContain('/fi/uusi-salasana?token=');
    const weak = await reset(token, '1q2w3e4r5t6y');
    expect(weak.json().error.details.fields[0].code).toBe('password_too_common');
    // A rejected password does not use up the link.
    expect((await reset(token, 'aivan uusi salasana 42')).statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(401);
    expect((await login(t, email, 'aivan uusi salasana 42')).statusCode).toBe(200);
    const reused = await reset(token, 'kolmas salasana tähän');
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error.code).toBe('token_invalid');
  });

  it('makes older reset links stop working once one is used', async () => {
    const { email } = await signUp(t);
    await forgot(email);
    const first = (await lastMail(t, email)).token;
    await new Promise((r) => setTimeout(r, 5));
    await forgot(email);
    const second = (await lastMail(t, email)).token;
    expect(first).not.toBe(second);
    expect((await reset(second, 'ensimmäinen uusi salasana')).statusCode).toBe(200);
    expect((await reset(first, 'toinen uusi salasana!!')).json().error.code).toBe('token_invalid');
  });
});
