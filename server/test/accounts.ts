import { desc, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { csrfHeader } from '../../common/limits.js';
import { appUser, outboxMessage, userRegion } from '../db/schema/index.js';
import type { TestApp } from './app.js';

/** Headers of a same-origin browser request that changes something. */
export const csrf = { [csrfHeader]: '1' };

let counter = 0;
/** A unique address per call, so tests in one file never collide. */
export function newEmail(prefix = 'user'): string {
  counter += 1;
  return `${prefix}.${counter}.${Date.now()}@example.org`;
}

export const goodPassword = 'kesä-ilta järven rannalla';

/** The session cookie a response set, as a Cookie header value. */
export function sessionCookie(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name.endsWith('kudos_session'));
  if (!c?.value) throw new Error(`no session cookie in ${res.statusCode} ${res.body}`);
  return `${c.name}=${c.value}`;
}

/** The newest e-mail to an address, with the token of its link. */
export async function lastMail(t: TestApp, to: string) {
  const [m] = await t.database.db
    .select()
    .from(outboxMessage)
    .where(eq(outboxMessage.to, to))
    .orderBy(desc(outboxMessage.createdAt))
    .limit(1);
  if (!m) throw new Error(`no mail to ${to}`);
  const token = m.text.match(/token=([\w-]+)/)?.[1];
  return { ...m, token };
}

export async function mailCount(t: TestApp, to: string): Promise<number> {
  const rows = await t.database.db.select().from(outboxMessage).where(eq(outboxMessage.to, to));
  return rows.length;
}

export async function register(t: TestApp, body: Record<string, unknown>) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    headers: csrf,
    payload: body,
  });
}

export async function login(t: TestApp, email: string, password = goodPassword, headers = {}) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { ...csrf, ...headers },
    payload: { email, password },
  });
}

/** Registers, verifies through the e-mailed link, logs in; optionally gives a site role. */
export async function signUp(
  t: TestApp,
  opts: {
    role?: 'member' | 'coordinator' | 'admin';
    name?: string;
    email?: string;
    /** Regions of a coordinator (none: all regions). */
    regions?: string[];
  } = {},
) {
  const email = opts.email ?? newEmail(opts.role ?? 'member');
  const reg = await register(t, {
    email,
    password: goodPassword,
    name: opts.name ?? 'Testi Käyttäjä',
  });
  if (reg.statusCode !== 202) throw new Error(`register: ${reg.statusCode} ${reg.body}`);
  const { token } = await lastMail(t, email);
  const verified = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/verify',
    headers: csrf,
    payload: { token },
  });
  if (verified.statusCode !== 200) throw new Error(`verify: ${verified.body}`);
  if (opts.role && opts.role !== 'member') {
    await t.database.db.update(appUser).set({ role: opts.role }).where(eq(appUser.email, email));
  }
  if (opts.regions?.length) {
    const [user] = await t.database.db.select().from(appUser).where(eq(appUser.email, email));
    if (!user) throw new Error(`no user ${email}`);
    await t.database.db
      .insert(userRegion)
      .values(opts.regions.map((regionCode) => ({ userId: user.id, regionCode })));
  }
  const res = await login(t, email);
  if (res.statusCode !== 200) throw new Error(`login: ${res.statusCode} ${res.body}`);
  return { email, cookie: sessionCookie(res), me: res.json() };
}
