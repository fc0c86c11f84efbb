import { and, eq, inArray, lte, or, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import nodemailer from 'nodemailer';
import type { Db } from '../../db/client.js';
import { outboxMessage } from '../../db/schema/index.js';

type OutboxRow = typeof outboxMessage.$inferSelect;

export interface MailTransport {
  /** 'logged' when no SMTP server is configured: the message only goes to the log. */
  kind: 'smtp' | 'log';
  send(message: OutboxRow): Promise<void>;
}

export function createMailTransport(
  config: { smtpUrl: string | undefined; mailFrom: string },
  log: FastifyBaseLogger,
): MailTransport {
  if (!config.smtpUrl) {
    return {
      kind: 'log',
      async send(m) {
        log.info({ mail: { to: m.to, subject: m.subject, text: m.text } }, 'e-mail (no SMTP_URL)');
      },
    };
  }
  const smtp = nodemailer.createTransport(config.smtpUrl);
  return {
    kind: 'smtp',
    async send(m) {
      await smtp.sendMail({
        from: config.mailFrom,
        to: m.to,
        subject: m.subject,
        text: m.text,
        html: m.html,
      });
    },
  };
}

/** Minutes to wait before the next try after 1, 2, 3, 4 failures; after the 5th it has failed. */
const backoffMinutes = [1, 5, 30, 120];

/**
 * Sends what is due. Messages are claimed with SKIP LOCKED so several processes can run workers;
 * a message left "sending" by a crashed process is claimed again after ten minutes.
 */
export async function deliverDue(db: Db, transport: MailTransport, batch = 20): Promise<number> {
  const claimed: OutboxRow[] = await db.transaction(async (tx) => {
    const due = await tx
      .select({ id: outboxMessage.id })
      .from(outboxMessage)
      .where(
        or(
          and(eq(outboxMessage.status, 'pending'), lte(outboxMessage.nextAttemptAt, sql`now()`)),
          and(
            eq(outboxMessage.status, 'sending'),
            lte(outboxMessage.nextAttemptAt, sql`now() - interval '10 minutes'`),
          ),
        ),
      )
      .orderBy(outboxMessage.createdAt)
      .limit(batch)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(outboxMessage)
      .set({
        status: 'sending',
        attempts: sql`${outboxMessage.attempts} + 1`,
        nextAttemptAt: sql`now()`,
      })
      .where(
        inArray(
          outboxMessage.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
  });
  for (const m of claimed) {
    try {
      await transport.send(m);
      await db
        .update(outboxMessage)
        .set({
          status: transport.kind === 'log' ? 'logged' : 'sent',
          sentAt: sql`now()`,
          lastError: null,
        })
        .where(eq(outboxMessage.id, m.id));
    } catch (err) {
      const wait = backoffMinutes[m.attempts - 1];
      await db
        .update(outboxMessage)
        .set({
          status: wait === undefined ? 'failed' : 'pending',
          lastError: String((err as Error).message).slice(0, 500),
          nextAttemptAt: sql`now() + make_interval(mins => ${wait ?? 0})`,
        })
        .where(eq(outboxMessage.id, m.id));
    }
  }
  return claimed.length;
}

/** Runs `deliverDue` every few seconds until the app closes. */
export function startMailWorker(
  db: Db,
  transport: MailTransport,
  log: FastifyBaseLogger,
  intervalMs = 2000,
): () => Promise<void> {
  let running: Promise<unknown> | undefined;
  let stopped = false;
  const tick = () => {
    if (stopped || running) return;
    running = deliverDue(db, transport)
      .catch((err) => log.error({ err }, 'mail worker'))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
