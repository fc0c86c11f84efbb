import type { Lang } from '../../../common/languages.js';
import { type PageId, pagePath } from '../../../common/routes.js';
import type { Db } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { AppError } from '../../errors.js';
import { type RequestMeta, recordAudit } from '../audit/service.js';
import { enqueueMail, mayMailStranger } from '../mail/service.js';
import { hashPassword, passwordProblem, timingDummyHash, verifyPassword } from './passwords.js';
import * as repo from './repo.js';
import { createSession } from './sessions.js';
import { hashToken, newToken } from './tokens.js';

export interface AuthContext {
  db: Db;
  meta: RequestMeta;
  baseUrl: string;
}

const hour = 3600_000;
const ttl = { verify: 24 * hour, reset: hour, setup: hour } as const;
type Purpose = keyof typeof ttl;

function link(baseUrl: string, page: PageId, lang: Lang, token: string): string {
  return `${baseUrl}${pagePath(page, lang)}?token=${encodeURIComponent(token)}`;
}

async function issueLink(
  db: Db,
  purpose: Purpose,
  userId: string | null,
  email: string | null,
): Promise<string> {
  const token = newToken();
  await repo.insertEmailToken(db, {
    tokenHash: hashToken(token),
    purpose,
    userId,
    email,
    expiresAt: new Date(Date.now() + ttl[purpose]),
  });
  return token;
}

function rejectPassword(code: string): never {
  throw new AppError('invalid_request', {
    fields: [{ location: 'body', path: 'password', code, message: code }],
  });
}

/**
 * Registers an account or, when the address is taken, tells its owner by e-mail instead. The
 * caller gets the same answer either way, so nobody can learn which addresses have accounts.
 */
export async function register(
  ctx: AuthContext,
  input: { email: string; password: string; name: string; lang: Lang },
): Promise<void> {
  const problem = passwordProblem(input.password, input.email);
  if (problem) rejectPassword(problem);
  const passwordHash = await hashPassword(input.password);
  try {
    await registerInTransaction(ctx, input, passwordHash);
  } catch (err) {
    // Two registrations of one address at once: the other one won, and the answer is the same.
    if (!isUniqueViolation(err)) throw err;
  }
}

async function registerInTransaction(
  ctx: AuthContext,
  input: { email: string; name: string; lang: Lang },
  passwordHash: string,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const existing = await repo.selectUserByEmail(tx, input.email);
    // The answer is the same when the address has had enough e-mail for now.
    if (!(await mayMailStranger(tx, input.email, 'sign_up'))) return;
    if (existing) {
      // Never change an existing account here, verified or not: that would let someone set the
      // password of an address they cannot read. The owner gets a link to choose a password.
      const token = await issueLink(tx, 'reset', existing.id, null);
      await enqueueMail(tx, {
        to: existing.email,
        lang: existing.lang as Lang,
        message: 'alreadyRegistered',
        vars: {
          name: existing.name,
          link: link(ctx.baseUrl, 'resetPassword', existing.lang as Lang, token),
        },
      });
      return;
    }
    const user = await repo.insertUser(tx, {
      email: input.email,
      passwordHash,
      name: input.name,
      lang: input.lang,
    });
    const token = await issueLink(tx, 'verify', user.id, user.email);
    await enqueueMail(tx, {
      to: user.email,
      lang: input.lang,
      message: 'verifyEmail',
      vars: { name: user.name, link: link(ctx.baseUrl, 'verifyEmail', input.lang, token) },
    });
    await recordAudit(tx, ctx.meta, {
      action: 'auth.registered',
      actorId: user.id,
      targetType: 'user',
      targetId: user.id,
    });
  });
}

export async function verifyEmail(ctx: AuthContext, token: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const used = await repo.consumeEmailToken(tx, hashToken(token), 'verify');
    if (!used?.userId) throw new AppError('token_invalid');
    await repo.updateUser(tx, used.userId, undefined, { emailVerifiedAt: new Date() });
    await recordAudit(tx, ctx.meta, {
      action: 'auth.email_verified',
      actorId: used.userId,
      targetType: 'user',
      targetId: used.userId,
    });
  });
}

/** Checks the password and opens a new session; the response never says which part was wrong. */
export async function login(ctx: AuthContext, email: string, password: string) {
  const user = await repo.selectUserByEmail(ctx.db, email);
  // Hash even for an unknown address, so the answer takes as long either way.
  const ok = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), password);
  const fail = async (reason: string) => {
    await recordAudit(ctx.db, ctx.meta, {
      action: 'auth.login_failed',
      actorId: user?.id ?? null,
      targetType: 'user',
      targetId: user?.id ?? null,
      details: { reason },
    });
  };
  if (!user || !ok) {
    await fail(user ? 'wrong_password' : 'unknown_email');
    throw new AppError('invalid_credentials');
  }
  if (user.deactivatedAt) {
    await fail('deactivated');
    throw new AppError('account_deactivated');
  }
  if (!user.emailVerifiedAt) {
    await fail('unverified');
    throw new AppError('email_not_verified');
  }
  return ctx.db.transaction(async (tx) => {
    const session = await createSession(tx, user.id, ctx.meta);
    await repo.recordLogin(tx, user.id);
    await recordAudit(tx, ctx.meta, {
      action: 'auth.login',
      actorId: user.id,
      targetType: 'user',
      targetId: user.id,
    });
    return { ...session, user };
  });
}

export async function logout(ctx: AuthContext, userId: string, sessionId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await repo.deleteSession(tx, sessionId);
    await recordAudit(tx, ctx.meta, {
      action: 'auth.logout',
      actorId: userId,
      targetType: 'user',
      targetId: userId,
    });
  });
}

export async function requestPasswordReset(ctx: AuthContext, email: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const user = await repo.selectUserByEmail(tx, email);
    if (!user || user.deactivatedAt) return;
    if (!(await mayMailStranger(tx, user.email, 'reset'))) return;
    const token = await issueLink(tx, 'reset', user.id, null);
    await enqueueMail(tx, {
      to: user.email,
      lang: user.lang as Lang,
      message: 'resetPassword',
      vars: { name: user.name, link: link(ctx.baseUrl, 'resetPassword', user.lang as Lang, token) },
    });
    await recordAudit(tx, ctx.meta, {
      action: 'auth.password_reset_requested',
      actorId: user.id,
      targetType: 'user',
      targetId: user.id,
    });
  });
}

/** Sets a new password from a reset link; every session of the account ends. */
export async function resetPassword(
  ctx: AuthContext,
  token: string,
  password: string,
): Promise<void> {
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction(async (tx) => {
    const used = await repo.consumeEmailToken(tx, hashToken(token), 'reset');
    const user = used?.userId ? await repo.selectUserById(tx, used.userId) : undefined;
    if (!user || user.deactivatedAt) throw new AppError('token_invalid');
    const problem = passwordProblem(password, user.email);
    if (problem) rejectPassword(problem);
    // Opening the link proved the address is theirs.
    await repo.updateUser(tx, user.id, undefined, {
      passwordHash,
      emailVerifiedAt: user.emailVerifiedAt ?? new Date(),
    });
    await repo.expireEmailTokens(tx, user.id, 'reset');
    await repo.deleteSessionsOfUser(tx, user.id);
    await recordAudit(tx, ctx.meta, {
      action: 'auth.password_reset',
      actorId: user.id,
      targetType: 'user',
      targetId: user.id,
    });
  });
}

/** A single-use link (1 hour) that creates the first admin; only while there is no admin. */
export async function createSetupLink(db: Db, baseUrl: string): Promise<string | undefined> {
  if ((await repo.countAdmins(db)) > 0) return undefined;
  const token = await issueLink(db, 'setup', null, null);
  return link(baseUrl, 'setup', 'fi', token);
}

export async function setupFirstAdmin(
  ctx: AuthContext,
  input: { token: string; email: string; password: string; name: string },
) {
  const problem = passwordProblem(input.password, input.email);
  if (problem) rejectPassword(problem);
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    if ((await repo.countAdmins(tx)) > 0) throw new AppError('setup_not_available');
    if (!(await repo.consumeEmailToken(tx, hashToken(input.token), 'setup'))) {
      throw new AppError('token_invalid');
    }
    const values = { passwordHash, name: input.name, role: 'admin', emailVerifiedAt: new Date() };
    const existing = await repo.selectUserByEmail(tx, input.email);
    const user = existing
      ? await repo.updateUser(tx, existing.id, undefined, values)
      : await repo.insertUser(tx, { email: input.email, ...values });
    if (!user) throw new Error('user vanished during setup');
    const session = await createSession(tx, user.id, ctx.meta);
    await repo.recordLogin(tx, user.id);
    await recordAudit(tx, ctx.meta, {
      action: 'auth.admin_setup',
      actorId: user.id,
      targetType: 'user',
      targetId: user.id,
    });
    return { ...session, user };
  });
}

/** For the command line: makes (or promotes) an admin and returns a link to set the password. */
export async function makeAdmin(
  db: Db,
  baseUrl: string,
  email: string,
  name: string,
): Promise<string> {
  // Nobody knows this password; the admin sets theirs with the link.
  const passwordHash = await hashPassword(newToken());
  return db.transaction(async (tx) => {
    const existing = await repo.selectUserByEmail(tx, email);
    const user = existing
      ? await repo.updateUser(tx, existing.id, undefined, {
          role: 'admin',
          emailVerifiedAt: existing.emailVerifiedAt ?? new Date(),
        })
      : await repo.insertUser(tx, {
          email,
          name,
          passwordHash,
          role: 'admin',
          emailVerifiedAt: new Date(),
        });
    if (!user) throw new Error('user vanished');
    await recordAudit(
      tx,
      { ip: null, userAgent: 'admin:create' },
      {
        action: 'user.role_changed',
        actorLabel: 'command line',
        targetType: 'user',
        targetId: user.id,
        details: { from: existing?.role ?? null, to: 'admin' },
      },
    );
    const token = await issueLink(tx, 'reset', user.id, null);
    return link(baseUrl, 'resetPassword', user.lang as Lang, token);
  });
}
