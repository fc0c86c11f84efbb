import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxMessage } from '../../db/schema/index.js';
import { signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { enqueueMail } from './service.js';
import { deliverDue, type MailTransport } from './worker.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

async function queue(to: string) {
  await enqueueMail(t.database.db, {
    to,
    lang: 'en',
    message: 'resetPassword',
    vars: { name: 'Tester', link: 'http://localhost:3000/en/reset-password?token=abc' },
  });
  const [row] = await t.database.db.select().from(outboxMessage).where(eq(outboxMessage.to, to));
  if (!row) throw new Error('not queued');
  return row;
}

const row = async (id: string) =>
  (await t.database.db.select().from(outboxMessage).where(eq(outboxMessage.id, id)))[0];

describe('the mail outbox', () => {
  it('delivers queued mail once and marks it sent', async () => {
    const m = await queue('ok@example.org');
    const sent: string[] = [];
    const transport: MailTransport = { kind: 'smtp', send: async (x) => void sent.push(x.to) };
    await deliverDue(t.database.db, transport);
    await deliverDue(t.database.db, transport);
    expect(sent.filter((to) => to === 'ok@example.org')).toHaveLength(1);
    expect(await row(m.id)).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
  });

  it('without SMTP only logs the message and marks it logged', async () => {
    const m = await queue('log@example.org');
    await deliverDue(t.database.db, { kind: 'log', send: async () => {} });
    expect((await row(m.id))?.status).toBe('logged');
  });

  it('retries a failed delivery later and gives up after five attempts, keeping the error for admins', async () => {
    const m = await queue('broken@example.org');
    const failing: MailTransport = {
      kind: 'smtp',
      send: async () => {
        throw new Error('550 mailbox unavailable');
      },
    };
    for (let attempt = 1; attempt <= 5; attempt++) {
      await deliverDue(t.database.db, failing);
      const r = await row(m.id);
      expect(r?.attempts).toBe(attempt);
      expect(r?.lastError).toBe('550 mailbox unavailable');
      if (attempt < 5) {
        expect(r?.status).toBe('pending');
        expect(r?.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
        // Make it due again without waiting for the back-off.
        await t.database.db
          .update(outboxMessage)
          .set({ nextAttemptAt: new Date(0) })
          .where(eq(outboxMessage.id, m.id));
      }
    }
    expect((await row(m.id))?.status).toBe('failed');
    const admin = await signUp(t, { role: 'admin' });
    const listed = await t.app.inject({
      url: '/api/v1/admin/mail?status=failed',
      headers: { cookie: admin.cookie },
    });
    expect(listed.json().items).toEqual([
      expect.objectContaining({
        to: 'broken@example.org',
        status: 'failed',
        lastError: '550 mailbox unavailable',
      }),
    ]);
    const member = await signUp(t);
    expect(
      (await t.app.inject({ url: '/api/v1/admin/mail', headers: { cookie: member.cookie } }))
        .statusCode,
    ).toBe(403);
  });

  it('renders plain text and HTML in the recipient language with the link', async () => {
    const m = await queue('render@example.org');
    expect(m.subject).toBe('Resetting your password – Kudos');
    expect(m.text).toContain('Hello Tester,');
    expect(m.html).toContain('<a href="http://localhost:3000/en/reset-password?token=abc">');
  });
});
