import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailToken, outboxMessage } from '../../db/schema/index.js';
import {
  csrf,
  goodPassword,
  lastMail,
  login,
  mailCount,
  newEmail,
  register,
} from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { hashToken } from './tokens.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const verify = (token: string | undefined) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/verify', headers: csrf, payload: { token } });

describe('registration and e-mail verification', () => {
  it('registers, e-mails a link in the chosen language, and the link verifies the address once', async () => {
    const email = newEmail();
    const res = await register(t, {
      email: email.toUpperCase(),
      password: goodPassword,
      name: 'Aino',
      lang: 'sv',
    });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ status: 'accepted' });
    const mail = await lastMail(t, email);
    expect(mail.subject).toContain('Bekräfta');
    expect(mail.text).toContain('/sv/bekrafta-e-post?token=');
    expect(mail.html).toContain('<a href="http://localhost:3000/sv/bekrafta-e-post?token=');
    // Not verified yet: the right password is not enough.
    expect((await login(t, email)).json().error.code).toBe('email_not_verified');
    expect((await verify(mail.token)).statusCode).toBe(200);
    expect((await login(t, email)).statusCode).toBe(200);
    const again = await verify(mail.token);
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('token_invalid');
  });

  it('answers a taken address exactly like a new one, and tells the owner by e-mail instead', async () => {
    const email = newEmail();
    await register(t, { email, password: goodPassword, name: 'Eino' });
    await verify((await lastMail(t, email)).token);
    const fresh = await register(t, { email: newEmail(), password: goodPassword, name: 'X' });
    const taken = await register(t, {
      email,
      password: 'toinen salasana tähän',
      name: 'Hyökkääjä',
    });
    expect(taken.statusCode).toBe(fresh.statusCode);
    expect(taken.body).toBe(fresh.body);
    expect((await lastMail(t, email)).subject).toBe('Sinulla on jo Kudos-tili');
    // The account is untouched: the old password still works, the new one does not.
    expect((await login(t, email)).statusCode).toBe(200);
    expect((await login(t, email, 'toinen salasana tähän')).statusCode).toBe(401);
  });

  it('never changes an unverified account on a second registration (no pre-verification hijack)', async () => {
    const email = newEmail('victim');
    await register(t, { email, password: goodPassword, name: 'Oikea Omistaja' });
    const firstLink = (await lastMail(t, email)).token;
    const again = await register(t, {
      email,
      password: 'hyökkääjän oma salasana',
      name: 'Hyökkääjä',
    });
    expect(again.statusCode).toBe(202);
    expect((await lastMail(t, email)).subject).toBe('Sinulla on jo Kudos-tili');
    // Verifying with the owner's link keeps the owner's password; the other one never works.
    expect((await verify(firstLink)).statusCode).toBe(200);
    expect((await login(t, email, 'hyökkääjän oma salasana')).statusCode).toBe(401);
    const ok = await login(t, email);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().name).toBe('Oikea Omistaja');
  });

  it('answers two registrations of one address at the same moment alike, creating one account', async () => {
    const email = newEmail('race');
    const results = await Promise.all(
      [1, 2, 3].map(() => register(t, { email, password: goodPassword, name: 'Samanaikainen' })),
    );
    expect(results.map((r) => r.statusCode)).toEqual([202, 202, 202]);
    const verifyMails = (
      await t.database.db.select().from(outboxMessage).where(eq(outboxMessage.to, email))
    ).filter((m) => m.subject.startsWith('Vahvista'));
    expect(verifyMails).toHaveLength(1);
  });

  it('rejects short, common and absurdly long passwords with a field error, before any hashing', async () => {
    const email = newEmail();
    const short = await register(t, { email, password: 'lyhyt', name: 'A' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details.fields[0]).toMatchObject({
      path: 'password',
      message: 'password_too_short',
    });
    const common = await register(t, { email, password: 'qwerty123456', name: 'A' });
    expect(common.json().error.details.fields[0]).toMatchObject({
      path: 'password',
      code: 'password_too_common',
    });
    const same = await register(t, { email, password: email, name: 'A' });
    expect(same.json().error.details.fields[0].code).toBe('password_too_common');
    const huge = await register(t, { email, password: 'x'.repeat(10_000), name: 'A' });
    expect(huge.statusCode).toBe(400);
    expect(huge.json().error.details.fields[0]).toMatchObject({
      path: 'password',
      message: 'password_too_long',
    });
    expect(await mailCount(t, email)).toBe(0);
  });

  it('rejects a malformed e-mail and a missing name with per-field details', async () => {
    const res = await register(t, { email: 'not-an-address', password: goodPassword });
    expect(res.statusCode).toBe(400);
    const paths = res
      .json()
      .error.details.fields.map((f: { path: string }) => f.path)
      .sort();
    expect(paths).toEqual(['email', 'name']);
  });

  it('refuses forged and expired links', async () => {
    expect((await verify('x'.repeat(43))).json().error.code).toBe('token_invalid');
    const email = newEmail();
    await register(t, { email, password: goodPassword, name: 'A' });
    const { token } = await lastMail(t, email);
    await t.database.db
      .update(emailToken)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(emailToken.tokenHash, hashToken(token ?? '')));
    expect((await verify(token)).json().error.code).toBe('token_invalid');
  });

  it('stores HTML in a name as plain text', async () => {
    const email = newEmail();
    const name = '<script>alert("x")</script><b>Ville</b>';
    expect((await register(t, { email, password: goodPassword, name })).statusCode).toBe(202);
    const mail = await lastMail(t, email);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
    await verify(mail.token);
    const res = await login(t, email);
    expect(res.json().name).toBe(name);
  });
});
