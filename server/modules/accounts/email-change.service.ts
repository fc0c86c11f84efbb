import type { Lang } from '../../../common/languages.js';
import { pagePath } from '../../../common/routes.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { type RequestMeta, recordAudit } from '../audit/service.js';
import { enqueueMail, mayMailStranger } from '../mail/service.js';
import { checkOwnPassword } from './password-attempts.js';
import type { Caller } from './policy.js';
import * as repo from './repo.js';
import { hashToken, newToken } from './tokens.js';

const verifyMs = 24 * 3600_000;

/**
 * Starts an e-mail change: a link goes to the new address and the change happens only when it is
 * opened. If the new address already has an account nothing is sent and the answer is the same.
 */
export async function requestEmailChange(
  db: Db,
  meta: RequestMeta,
  caller: Caller,
  baseUrl: string,
  input: { newEmail: string; password: string },
  maxAttempts: number,
): Promise<void> {
  const user = await repo.selectUserById(db, caller.id);
  if (!user) throw new AppError('not_authenticated');
  if (!(await checkOwnPassword(db, user, input.password, maxAttempts))) {
    throw new AppError('invalid_credentials', {
      fields: [{ location: 'body', path: 'password', code: 'wrong', message: 'wrong' }],
    });
  }
  await db.transaction(async (tx) => {
    await recordAudit(tx, meta, {
      action: 'user.email_change_requested',
      actorId: user.id,
      targetType: 'user',
      targetId: user.id,
    });
    if (input.newEmail === user.email || (await repo.selectUserByEmail(tx, input.newEmail))) return;
    if (!(await mayMailStranger(tx, input.newEmail, 'email_change'))) return;
    const token = newToken();
    await repo.insertEmailToken(tx, {
      tokenHash: hashToken(token),
      purpose: 'email',
      userId: user.id,
      email: input.newEmail,
      expiresAt: new Date(Date.now() + verifyMs),
    });
    const lang = user.lang as Lang;
    await enqueueMail(tx, {
      to: input.newEmail,
      lang,
      message: 'confirmNewEmail',
      vars: { name: user.name, link: `${baseUrl}${pagePath('confirmEmail', lang)}?token=${token}` },
    });
  });
}

/** Completes an e-mail change from the link; the old address is told. */
export async function confirmEmailChange(db: Db, meta: RequestMeta, token: string): Promise<void> {
  await db.transaction(async (tx) => {
    const used = await repo.consumeEmailToken(tx, hashToken(token), 'email');
    const user = used?.userId ? await repo.selectUserById(tx, used.userId) : undefined;
    if (!used?.email || !user || user.deactivatedAt) throw new AppError('token_invalid');
    // Someone may have registered the address since the link was sent.
    if (await repo.selectUserByEmail(tx, used.email)) throw new AppError('token_invalid');
    await repo.updateUser(tx, user.id, undefined, {
      email: used.email,
      emailVerifiedAt: new Date(),
    });
    await enqueueMail(tx, {
      to: user.email,
      lang: user.lang as Lang,
      message: 'emailChanged',
      vars: { name: user.name, link: used.email },
    });
    await recordAudit(tx, meta, {
      action: 'user.email_changed',
      actorId: user.id,
      targetType: 'user',
      targetId: user.id,
    });
  });
}
