import { createHash } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { auditEventsAbout, pseudonymiseActor, recordAudit } from '../audit/service.js';
import { deleteMailTo, mailSentTo } from '../mail/service.js';
import { listApiTokens } from './api-tokens.service.js';
import { getMe, listSessions } from './me.service.js';
import { checkOwnPassword } from './password-attempts.js';
import type { Caller } from './policy.js';
import * as repo from './repo.js';

/** Everything Kudos holds about the caller (GDPR art. 15 and 20), as one JSON document. */
export async function exportMyData(db: Db, caller: Caller) {
  const me = await getMe(db, caller);
  return {
    exportedAt: new Date().toISOString(),
    profile: me,
    sessions: (await listSessions(db, caller)).items,
    apiTokens: (await listApiTokens(db, caller)).items,
    securityEvents: await auditEventsAbout(db, caller.id),
    emails: await mailSentTo(db, me.email),
  };
}

/**
 * Deletes the account after the password is confirmed. Personal data goes; audit events stay with
 * a pseudonym instead of the person, as the security log must keep what happened.
 */
export async function deleteMyAccount(
  db: Db,
  caller: Caller,
  password: string,
  maxAttempts: number,
): Promise<void> {
  const user = await repo.selectUserById(db, caller.id);
  if (!user) throw new AppError('not_authenticated');
  if (!(await checkOwnPassword(db, user, password, maxAttempts))) {
    throw new AppError('invalid_credentials', {
      fields: [{ location: 'body', path: 'password', code: 'wrong', message: 'wrong' }],
    });
  }
  const pseudonym = `deleted-${createHash('sha256').update(user.id).digest('hex').slice(0, 12)}`;
  await db.transaction(async (tx) => {
    await pseudonymiseActor(tx, user.id, pseudonym);
    await deleteMailTo(tx, user.email);
    await repo.deleteUser(tx, user.id);
    await recordAudit(
      tx,
      { ip: null, userAgent: null },
      {
        action: 'user.deleted',
        actorLabel: pseudonym,
        targetType: 'user',
        targetId: user.id,
      },
    );
  });
}
