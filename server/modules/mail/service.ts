import { eq } from 'drizzle-orm';
import escapeHtml from 'escape-html';
import type { Lang } from '../../../common/languages.js';
import { limits } from '../../../common/limits.js';
import type { Db } from '../../db/client.js';
import { outboxMessage } from '../../db/schema/index.js';
import { countHit, enforceLimit } from '../rate-limits/service.js';
import { type MailMessageId, mailMessages } from './messages.js';

export interface MailInput {
  to: string;
  lang: Lang;
  message: MailMessageId;
  /** `{name}` and `{link}` always; some messages use more (`{organisation}`, `{reason}`). */
  vars: { name: string; link: string } & Record<string, string>;
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}

/** Renders the message as plain text and simple HTML (values escaped, the link clickable). */
export function renderMail(input: MailInput): { subject: string; text: string; html: string } {
  const m = mailMessages[input.message][input.lang];
  const text = fill(m.body, input.vars);
  const keys = Object.keys(input.vars);
  // Placeholders from Unicode's private use area, which no template or value contains.
  const sentinel = (k: string) => `\uE000${keys.indexOf(k)}\uE001`;
  const html = (value: string, key: string) => {
    const escaped = escapeHtml(value).replaceAll('\n', '<br>');
    return key === 'link' && /^https?:\/\//.test(value)
      ? `<a href="${escaped}">${escaped}</a>`
      : escaped;
  };
  const paragraphs = fill(m.body, Object.fromEntries(keys.map((k) => [k, sentinel(k)])))
    .split('\n\n')
    .map((p) =>
      escapeHtml(p)
        .replace(/\uE000(\d+)\uE001/g, (_, i: string) => {
          const key = keys[Number(i)] as string;
          return html(input.vars[key] ?? '', key);
        })
        .replaceAll('\n', '<br>'),
    );
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('');
  return {
    subject: fill(m.subject, input.vars),
    text,
    html: `<!doctype html><html lang="${input.lang}"><body style="font-family:sans-serif;line-height:1.5">${body}</body></html>`,
  };
}

/**
 * Queues an e-mail in the outbox, in the caller's transaction: it is sent only if the change that
 * caused it commits, and sending never blocks or fails the request.
 */
export async function enqueueMail(db: Db, input: MailInput): Promise<void> {
  await enqueueMails(db, [input]);
}

/** As `enqueueMail`, for many messages in one statement (e.g. a survey round's invitations). */
export async function enqueueMails(db: Db, inputs: MailInput[]): Promise<void> {
  if (inputs.length === 0) return;
  await db.insert(outboxMessage).values(inputs.map((i) => ({ to: i.to, ...renderMail(i) })));
}

/** Kinds of e-mail a stranger could make Kudos send; each kind has its own budget per address. */
export type StrangerMail = 'sign_up' | 'reset' | 'email_change' | 'invitation';

/**
 * Counts an e-mail of `kind` that a stranger could cause to `to` and says whether it may go: at
 * most `limits.mailsPerRecipientPerHour` an hour of each kind to one address, counted across
 * every app process. Separate kinds, so that flooding one (sign-ups) cannot keep another (a
 * password reset) from its owner. Call it before composing the message.
 */
export async function mayMailStranger(db: Db, to: string, kind: StrangerMail): Promise<boolean> {
  const { current } = await countHit(db, strangerMailKey(to, kind), 3600_000);
  return current <= limits.mailsPerRecipientPerHour;
}

/** The same limit as `mayMailStranger`, for a signed-in sender who is told: 429 over it. */
export function enforceStrangerMailLimit(db: Db, to: string, kind: StrangerMail): Promise<void> {
  return enforceLimit(
    db,
    strangerMailKey(to, kind),
    3600_000,
    limits.mailsPerRecipientPerHour,
    'recipient',
  );
}

const strangerMailKey = (to: string, kind: StrangerMail) => `mail-to:${kind}:${to.toLowerCase()}`;

/** The e-mails sent to an address (for the person's data export). */
export async function mailSentTo(db: Db, to: string) {
  const rows = await db
    .select({
      subject: outboxMessage.subject,
      status: outboxMessage.status,
      createdAt: outboxMessage.createdAt,
    })
    .from(outboxMessage)
    .where(eq(outboxMessage.to, to));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

/** Forgets the e-mails sent to an address when its account is deleted. */
export async function deleteMailTo(db: Db, to: string): Promise<void> {
  await db.delete(outboxMessage).where(eq(outboxMessage.to, to));
}
