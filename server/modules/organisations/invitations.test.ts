import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limits } from '../../../common/limits.js';
import { organisationInvitation } from '../../db/schema/index.js';
import { csrf, lastMail, newEmail, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createOrg } from '../../test/organisations.js';

let t: TestApp;
let coordinator: Awaited<ReturnType<typeof signUp>>;
beforeAll(async () => {
  t = await buildTestApp();
  coordinator = await signUp(t, { role: 'coordinator' });
});
afterAll(() => t.close());

const invite = (orgId: string, email: string, cookie = coordinator.cookie) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/organisations/${orgId}/invitations`,
    headers: { ...csrf, cookie },
    payload: { email, role: 'editor' },
  });
const accept = (token: string | undefined, cookie: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/organisations/invitations/accept',
    headers: { ...csrf, cookie },
    payload: { token },
  });

describe('invitations are bound to the address they were sent to', () => {
  it('refuses another account holding the link, keeps it for the invitee, records who accepted', async () => {
    const org = await createOrg(t, coordinator.cookie, { name: 'Kutsujen Osuuskunta' });
    const invitee = await signUp(t);
    const other = await signUp(t);
    expect((await invite(org.id, invitee.email)).statusCode).toBe(201);
    const { token } = await lastMail(t, invitee.email);

    const wrong = await accept(token, other.cookie);
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('invitation_other_address');
    const notMember = await t.app.inject({
      url: `/api/v1/organisations/${org.id}`,
      headers: { cookie: other.cookie },
    });
    expect(notMember.json().myRole).toBeNull();

    const right = await accept(token, invitee.cookie);
    expect(right.statusCode).toBe(200);
    const [row] = await t.database.db
      .select()
      .from(organisationInvitation)
      .where(eq(organisationInvitation.organisationId, org.id));
    expect(row?.acceptedBy).toBe(invitee.me.id);
    expect(row?.acceptedAt).toBeInstanceOf(Date);
  });
});

describe('limits on invitations', () => {
  it('limits invitations per organisation per hour, with Retry-After', async () => {
    const org = await createOrg(t, coordinator.cookie, { name: 'Ahkera Kutsuja ry' });
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof invite>> | undefined;
    for (let i = 0; i <= limits.invitationsPerOrganisationPerHour; i++) {
      last = await invite(org.id, newEmail('invitee'));
      statuses.push(last.statusCode);
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(
      limits.invitationsPerOrganisationPerHour,
    );
    expect(statuses.at(-1)).toBe(429);
    expect(last?.json().error.details.reason).toBe('organisation');
    expect(Number(last?.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('limits invitations per person across organisations', async () => {
    const owner = await signUp(t, { role: 'coordinator' });
    const orgs = [
      await createOrg(t, owner.cookie, { name: 'Ensimmäinen Kutsuja' }),
      await createOrg(t, owner.cookie, { name: 'Toinen Kutsuja', municipality: '853' }),
    ];
    let last: Awaited<ReturnType<typeof invite>> | undefined;
    for (let i = 0; i <= limits.invitationsPerUserPerHour; i++) {
      const org = orgs[i % 2] as { id: string };
      last = await invite(org.id, newEmail('person'), owner.cookie);
      if (i < limits.invitationsPerUserPerHour) expect(last.statusCode).toBe(201);
    }
    expect(last?.statusCode).toBe(429);
    expect(last?.json().error.details.reason).toBe('user');
  });

  it('limits e-mails to one address, whoever sends them', async () => {
    const target = newEmail('target');
    const sent: number[] = [];
    for (let i = 0; i <= limits.mailsPerRecipientPerHour; i++) {
      const org = await createOrg(t, coordinator.cookie, { name: `Kutsuja numero ${i}` });
      sent.push((await invite(org.id, target)).statusCode);
    }
    expect(sent.slice(0, -1).every((s) => s === 201)).toBe(true);
    expect(sent.at(-1)).toBe(429);
  });
});
