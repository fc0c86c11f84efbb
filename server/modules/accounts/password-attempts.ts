import type { Db } from '../../db/client.js';
import { enforceLimit } from '../rate-limits/service.js';
import { verifyPassword } from './passwords.js';

/** The window in which one account's password checks are counted. */
export const passwordAttemptWindowMs = 15 * 60_000;

/**
 * Counts one password check of an account: the login and every other place that checks a password
 * (password change, e-mail change, account deletion) share one limit per address, so guessing
 * through any of them is as slow as through the login. Over the limit → 429 with Retry-After.
 */
export function countPasswordAttempt(db: Db, email: string, max: number): Promise<void> {
  return enforceLimit(db, `login:${email}`, passwordAttemptWindowMs, max, 'password_attempts');
}

/** Checks a signed-in person's password, counted against their account's limit. */
export async function checkOwnPassword(
  db: Db,
  user: { email: string; passwordHash: string },
  password: string,
  maxAttempts: number,
): Promise<boolean> {
  await countPasswordAttempt(db, user.email, maxAttempts);
  return verifyPassword(user.passwordHash, password);
}
