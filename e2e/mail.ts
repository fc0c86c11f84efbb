import { readFileSync } from 'node:fs';
import { inject } from 'vitest';

/**
 * Waits for the e-mail to an address that the server logged (no SMTP_URL in the tests) and returns
 * its link. The worker delivers the outbox every few seconds.
 */
export async function waitForMailLink(
  to: string,
  subjectPart: string,
  timeoutMs = 20_000,
): Promise<string> {
  const file = inject('serverLog');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const lines = readFileSync(file, 'utf8').split('\n').reverse();
    for (const line of lines) {
      if (!line.includes('"mail"')) continue;
      const entry = JSON.parse(line) as { mail?: { to: string; subject: string; text: string } };
      if (entry.mail?.to === to && entry.mail.subject.includes(subjectPart)) {
        const link = entry.mail.text.match(/https?:\/\/\S+token=[\w-]+/)?.[0];
        if (link) return link;
      }
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no e-mail "${subjectPart}" to ${to} in the server log`);
}

/** The first-admin setup link the server printed at start. */
export function setupLink(): string {
  const text = readFileSync(inject('serverLog'), 'utf8');
  const link = text.match(/https?:\/\/\S+\/kayttoonotto\?token=[\w-]+/)?.[0];
  if (!link) throw new Error('no setup link in the server log');
  return link;
}
