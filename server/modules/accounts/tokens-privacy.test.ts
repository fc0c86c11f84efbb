import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUser, auditEvent, outboxMessage } from '../../db/schema/index.js';
import { csrf, goodPassword, login, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { operationsOf, validValue } from '../../test/openapi-probe.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const createToken = (cookie: string, body: object) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/me/tokens',
    headers: { ...csrf, cookie },
    payload: body,
  });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('personal API tokens', () => {
  it('shows the secret once, stores only its hash, and works as a Bearer token', async () => {
    const { cookie, me } = await signUp(t);
    const res = await createToken(cookie, { name: 'Raportointi', scope: 'read' });
    expect(res.statusCode).toBe(201);
    const { token, item } = res.json();
    expect(token).toMatch(/^kudos_pat_/);
    expect(item).toMatchObject({ name: 'Raportointi', scope: 'read', expiresAt: null });
    const list = await t.app.inject({ url: '/api/v1/me/tokens', headers: { cookie } });
    expect(list.body).not.toContain(token);
    const asToken = await t.app.inject({ url: '/api/v1/me', headers: bearer(token) });
    expect(asToken.json().id).toBe(me.id);
  });

  it('refuses writes with a read-only token and needs no CSRF header for a read-write one', async () => {
    const { cookie, me } = await signUp(t);
    const ro = (await createToken(cookie, { name: 'ro', scope: 'read' })).json().token;
    const rw = (await createToken(cookie, { name: 'rw', scope: 'read_write' })).json().token;
    const patch = (token: string, version: number) =>
      t.app.inject({
        method: 'PATCH',
        url: '/api/v1/me',
        headers: bearer(token),
        payload: { name: 'Botti', version },
      });
    const denied = await patch(ro, me.version);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.details.reason).toBe('read_only_token');
    expect((await patch(rw, me.version)).statusCode).toBe(200);
  });

  it('does not let a token mint tokens, change the password or delete the account', async () => {
    const { cookie } = await signUp(t);
    const rw = (await createToken(cookie, { name: 'rw', scope: 'read_write' })).json().token;
    const mint = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/tokens',
      headers: bearer(rw),
      payload: { name: 'x', scope: 'read' },
    });
    expect(mint.statusCode).toBe(403);
    const del = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/me',
      headers: bearer(rw),
      payload: { password: goodPassword, confirm: true },
    });
    expect(del.statusCode).toBe(403);
  });

  it('cannot read sessions or administer accounts: those need an interactive session', async () => {
    const admin = await signUp(t, { role: 'admin' });
    const member = await signUp(t);
    const rw = (await createToken(admin.cookie, { name: 'admin-rw', scope: 'read_write' })).json()
      .token;
    // Every such operation of the OpenAPI document, also ones added later: everything under
    // /admin and /me/…, and deleting the account.
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    const ops = operationsOf(doc).filter(
      (o) =>
        o.path.startsWith('/api/v1/admin/') ||
        o.path.startsWith('/api/v1/me/') ||
        (o.path === '/api/v1/me' && o.method === 'DELETE'),
    );
    expect(ops.length).toBeGreaterThanOrEqual(12);
    const fixtures = { uuidFor: () => member.me.id };
    for (const op of ops) {
      const url = op.path.replace(/\{\w+\}/g, member.me.id);
      const body = op.body ? validValue(doc, op.body, fixtures) : undefined;
      const res = await t.app.inject({
        method: op.method as 'GET',
        url,
        headers: bearer(rw),
        ...(body === undefined ? {} : { payload: body as object }),
      });
      expect(res.statusCode, `${op.method} ${op.path}`).toBe(403);
      expect(res.json().error.details.reason, `${op.method} ${op.path}`).toBe('session_required');
    }
    // The data API stays open to tokens; the same admin in a browser session may do it all.
    expect((await t.app.inject({ url: '/api/v1/me', headers: bearer(rw) })).statusCode).toBe(200);
    const inSession = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/users/${member.me.id}`,
      headers: { ...csrf, cookie: admin.cookie },
      payload: { role: 'coordinator', version: member.me.version },
    });
    expect(inSession.statusCode).toBe(200);
  });

  it('stops accepting a revoked, expired or forged token with 401', async () => {
    const { cookie } = await signUp(t);
    const { token, item } = (
      await createToken(cookie, { name: 'x', scope: 'read', expiresInDays: 30 })
    ).json();
    expect(item.expiresAt).not.toBeNull();
    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/tokens/${item.id}`,
      headers: { ...csrf, cookie },
    });
    expect(revoke.statusCode).toBe(204);
    for (const tok of [token, 'kudos_pat_forged', 'something-else']) {
      const res = await t.app.inject({ url: '/api/v1/regions', headers: bearer(tok) });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('not_authenticated');
    }
  });
});

describe('personal data', () => {
  it('exports everything about the caller as a JSON download', async () => {
    const { cookie, email } = await signUp(t, { name: 'Viivi Vienti' });
    const res = await t.app.inject({ url: '/api/v1/me/export', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('attachment');
    const data = res.json();
    expect(data.profile).toMatchObject({ email, name: 'Viivi Vienti' });
    expect(data.sessions).toHaveLength(1);
    expect(data.securityEvents.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['auth.registered', 'auth.email_verified', 'auth.login']),
    );
    expect(data.emails[0].subject).toContain('Vahvista');
    expect(res.body).not.toContain('argon2');
  });

  it('deletes the account only with the password and confirmation, keeping pseudonymised audit events', async () => {
    const { cookie, email, me } = await signUp(t);
    const del = (body: object) =>
      t.app.inject({
        method: 'DELETE',
        url: '/api/v1/me',
        headers: { ...csrf, cookie },
        payload: body,
      });
    expect((await del({ password: goodPassword })).statusCode).toBe(400);
    expect((await del({ password: 'väärä salasana', confirm: true })).statusCode).toBe(401);
    expect((await del({ password: goodPassword, confirm: true })).statusCode).toBe(204);

    expect(await t.database.db.select().from(appUser).where(eq(appUser.id, me.id))).toEqual([]);
    expect(
      await t.database.db.select().from(outboxMessage).where(eq(outboxMessage.to, email)),
    ).toEqual([]);
    const events = await t.database.db
      .select()
      .from(auditEvent)
      .where(eq(auditEvent.actorId, me.id));
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(e.actorLabel).toMatch(/^deleted-[0-9a-f]{12}$/);
      expect(e.ip).toBeNull();
      expect(e.userAgent).toBeNull();
    }
    expect((await login(t, email)).statusCode).toBe(401);
  });
});
