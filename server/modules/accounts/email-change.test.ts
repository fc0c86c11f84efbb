import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  csrf,
  goodPassword,
  lastMail,
  login,
  mailCount,
  newEmail,
  signUp,
} from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const change = (cookie: string, newEmailAddress: string, password = goodPassword) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/me/email',
    headers: { ...csrf, cookie },
    payload: { newEmail: newEmailAddress, password },
  });
const confirm = (token: string | undefined) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/confirm-email',
    headers: csrf,
    payload: { token },
  });

describe('changing the e-mail address', () => {
  it('changes the address only when the link sent to the new one is opened, and tells the old one', async () => {
    const { cookie, email } = await signUp(t);
    const next = newEmail('moved');
    expect((await change(cookie, next)).statusCode).toBe(202);
    // Nothing changes before the link is opened.
    expect((await login(t, email)).statusCode).toBe(200);
    const mail = await lastMail(t, next);
    expect(mail.text).toContain('/fi/vahvista-uusi-osoite?token=');
    expect((await confirm(mail.token)).statusCode).toBe(200);
    expect((await login(t, next)).statusCode).toBe(200);
    expect((await login(t, email)).statusCode).toBe(401);
    expect((await lastMail(t, email)).subject).toBe('Kudos-tilisi sähköpostiosoite vaihdettiin');
    expect((await confirm(mail.token)).json().error.code).toBe('token_invalid');
  });

  it('needs the password, and does not reveal that the new address is taken', async () => {
    const { cookie } = await signUp(t);
    const other = await signUp(t);
    expect((await change(cookie, newEmail(), 'väärä salasana')).statusCode).toBe(401);
    const before = await mailCount(t, other.email);
    const taken = await change(cookie, other.email);
    expect(taken.statusCode).toBe(202);
    expect(await mailCount(t, other.email)).toBe(before);
  });
});
