import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrf, lastMail, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createOrg, orgBody, patchOrg, search } from '../../test/organisations.js';

let t: TestApp;
let coordinator: { cookie: string; email: string };
beforeAll(async () => {
  t = await buildTestApp();
  coordinator = await signUp(t, { role: 'coordinator' });
});
afterAll(() => t.close());

const get = (id: string, cookie?: string) =>
  t.app.inject({ url: `/api/v1/organisations/${id}`, headers: cookie ? { cookie } : {} });

const pendingRequests = async () => {
  const res = await t.app.inject({
    url: '/api/v1/moderation/requests',
    headers: { cookie: coordinator.cookie },
  });
  expect(res.statusCode).toBe(200);
  return res.json().items as { id: string; kind: string; organisation: { id: string } }[];
};

const decide = (id: string, body: object, cookie = coordinator.cookie) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/moderation/requests/${id}`,
    headers: { ...csrf, cookie },
    payload: body,
  });

describe('propose → approve → edit → history → restore', () => {
  it('a member proposes; it stays hidden until a coordinator approves; the proposer is told', async () => {
    const member = await signUp(t, { name: 'Maija Ehdottaja' });
    const org = await createOrg(t, member.cookie, {
      name: 'Kahvila Kumppani osuuskunta',
      postalCode: '33100',
      municipality: null,
      criteria: {
        socialAimInStatutes: true,
        profitDistributedPercent: 10,
        ownershipAndDistributionPublished: true,
      },
    });
    expect(org).toMatchObject({
      state: 'pending',
      myRole: 'owner',
      family: 'cooperative',
      municipality: { code: '837' },
      region: { code: '06' },
      permissions: { edit: true, moderate: false },
      classification: { finnishMark: { meets: true } },
    });
    // Hidden from the public and from other members, visible to its proposer.
    expect((await get(org.id)).statusCode).toBe(404);
    const other = await signUp(t);
    expect((await get(org.id, other.cookie)).statusCode).toBe(404);
    expect((await get(org.id, member.cookie)).statusCode).toBe(200);
    expect((await search(t, 'q=kumppani')).total).toBe(0);

    const request = (await pendingRequests()).find((r) => r.organisation.id === org.id);
    expect(request?.kind).toBe('propose');
    // A member cannot decide.
    expect(
      (await decide(request?.id ?? '', { decision: 'approve' }, member.cookie)).statusCode,
    ).toBe(403);
    const res = await decide(request?.id ?? '', { decision: 'approve' });
    expect(res.statusCode).toBe(200);
    expect((await get(org.id)).json()).toMatchObject({ state: 'published', myRole: null });
    expect((await search(t, 'q=kumppani')).items.map((i: { id: string }) => i.id)).toEqual([
      org.id,
    ]);
    const mail = await lastMail(t, member.email);
    expect(mail.subject).toContain('julkaistu');
    expect(mail.text).toContain(`/fi/organisaatiot/${org.id}`);
    // Deciding twice is not possible.
    expect((await decide(request?.id ?? '', { decision: 'reject', reason: 'x' })).statusCode).toBe(
      404,
    );
  });

  it('a rejected proposal is not published and the reason is e-mailed', async () => {
    const member = await signUp(t);
    const org = await createOrg(t, member.cookie, { name: 'Hylättävä Oy', legalForm: '16' });
    const request = (await pendingRequests()).find((r) => r.organisation.id === org.id);
    const missingReason = await decide(request?.id ?? '', { decision: 'reject' });
    expect(missingReason.statusCode).toBe(400);
    const res = await decide(request?.id ?? '', {
      decision: 'reject',
      reason: 'Ei yhteiskunnallista tavoitetta <b>säännöissä</b>',
    });
    expect(res.statusCode).toBe(200);
    expect((await get(org.id, member.cookie)).json().state).toBe('rejected');
    expect((await get(org.id)).statusCode).toBe(404);
    const mail = await lastMail(t, member.email);
    expect(mail.text).toContain('Ei yhteiskunnallista tavoitetta <b>säännöissä</b>');
    expect(mail.html).toContain('&lt;b&gt;säännöissä&lt;/b&gt;');
  });

  it('edits carry a version: a stale edit gets 409 with the fields changed since', async () => {
    const owner = await signUp(t);
    const org = await createOrg(t, coordinator.cookie, {
      name: 'Versioyhdistys ry',
      legalForm: '6',
    });
    expect(org.state).toBe('published');
    const first = await patchOrg(t, coordinator.cookie, org.id, {
      version: org.version,
      website: 'https://example.org',
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(org.version + 1);
    const stale = await patchOrg(t, coordinator.cookie, org.id, {
      version: org.version,
      phone: '+358 40 123 4567',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'version_conflict',
      details: { changedFields: ['website'], current: { website: 'https://example.org' } },
    });
    // A member who does not represent it may not edit.
    const forbidden = await patchOrg(t, owner.cookie, org.id, { version: 2, phone: '0401234567' });
    expect(forbidden.statusCode).toBe(403);
  });

  it('history lists every change readable; a coordinator restores an earlier revision', async () => {
    const org = await createOrg(t, coordinator.cookie, {
      name: 'Historiasäätiö sr',
      legalForm: '18',
      themes: ['culture'],
    });
    const edited = await patchOrg(t, coordinator.cookie, org.id, {
      version: 1,
      name: 'Historiasäätiö',
      themes: ['culture', 'education'],
      criteria: { ...org.criteria, employees: 12 },
    });
    expect(edited.statusCode).toBe(200);
    const history = await t.app.inject({ url: `/api/v1/organisations/${org.id}/history` });
    expect(history.statusCode).toBe(200);
    const { items, permissions } = history.json();
    expect(permissions.restore).toBe(false);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ version: 2, action: 'update' });
    expect(items[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'name', before: 'Historiasäätiö sr', after: 'Historiasäätiö' },
        { field: 'themes', before: ['culture'], after: ['culture', 'education'] },
        { field: 'criteria.employees', before: null, after: 12 },
      ]),
    );
    expect(items[1]).toMatchObject({ version: 1, action: 'create' });

    const restore = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${org.id}/restore`,
      headers: { ...csrf, cookie: coordinator.cookie },
      payload: { revision: items[1].id, version: 2 },
    });
    expect(restore.statusCode).toBe(200);
    expect(restore.json()).toMatchObject({
      name: 'Historiasäätiö sr',
      themes: ['culture'],
      version: 3,
    });
    const after = (
      await t.app.inject({
        url: `/api/v1/organisations/${org.id}/history`,
        headers: { cookie: coordinator.cookie },
      })
    ).json();
    expect(after.permissions.restore).toBe(true);
    expect(after.items[0]).toMatchObject({ action: 'restore', version: 3 });
  });

  it('a member asks to represent; on approval they become an editor and can edit', async () => {
    const org = await createOrg(t, coordinator.cookie, { name: 'Edustettava Osuuskunta' });
    const member = await signUp(t);
    const ask = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/organisations/${org.id}/represent`,
        headers: { ...csrf, cookie: member.cookie },
        payload: { message: 'Olen hallituksen puheenjohtaja.' },
      });
    expect((await ask()).statusCode).toBe(202);
    expect((await ask()).json().error.code).toBe('request_pending');
    const request = (await pendingRequests()).find(
      (r) => r.organisation.id === org.id && r.kind === 'represent',
    );
    expect((await decide(request?.id ?? '', { decision: 'approve' })).statusCode).toBe(200);
    const detail = (await get(org.id, member.cookie)).json();
    // The coordinator who created it is its owner, so the new representative is an editor.
    expect(detail).toMatchObject({ myRole: 'editor', permissions: { edit: true } });
    const edit = await patchOrg(t, member.cookie, org.id, {
      version: detail.version,
      phone: '0401234567',
    });
    expect(edit.statusCode).toBe(200);
    expect((await ask()).json().error.code).toBe('already_member');
  });

  it('an owner invites an editor by e-mail; the invitee accepts with the link', async () => {
    const owner = await signUp(t);
    const org = await createOrg(t, owner.cookie, { name: 'Kutsuva Osuuskunta' });
    const request = (await pendingRequests()).find((r) => r.organisation.id === org.id);
    await decide(request?.id ?? '', { decision: 'approve' });
    const invitee = await signUp(t);
    const inv = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${org.id}/invitations`,
      headers: { ...csrf, cookie: owner.cookie },
      payload: { email: invitee.email, role: 'editor' },
    });
    expect(inv.statusCode).toBe(201);
    expect(inv.json().invitations).toHaveLength(1);
    const { token } = await lastMail(t, invitee.email);
    const accept = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations/invitations/accept',
      headers: { ...csrf, cookie: invitee.cookie },
      payload: { token },
    });
    expect(accept.statusCode).toBe(200);
    expect((await get(org.id, invitee.cookie)).json().myRole).toBe('editor');
    // Single use.
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations/invitations/accept',
      headers: { ...csrf, cookie: invitee.cookie },
      payload: { token },
    });
    expect(again.statusCode).toBe(400);
    // An editor cannot invite; the last owner cannot step down.
    const editorInvites = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${org.id}/invitations`,
      headers: { ...csrf, cookie: invitee.cookie },
      payload: { email: 'x@example.org' },
    });
    expect(editorInvites.statusCode).toBe(403);
    const members = await t.app.inject({
      url: `/api/v1/organisations/${org.id}/members`,
      headers: { cookie: owner.cookie },
    });
    const ownerId = members.json().items.find((m: { role: string }) => m.role === 'owner').userId;
    const stepDown = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/organisations/${org.id}/members/${ownerId}`,
      headers: { ...csrf, cookie: owner.cookie },
      payload: { role: 'editor' },
    });
    expect(stepDown.json().error.code).toBe('last_owner');
  });

  it('unknown references are field errors; nothing is written', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: { ...csrf, cookie: coordinator.cookie },
      payload: orgBody({
        municipality: '999',
        industry: { code: '00' },
        legalForm: '99',
      }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields.map((f: { path: string }) => f.path)).toContain(
      'legalForm',
    );
    const res2 = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: { ...csrf, cookie: coordinator.cookie },
      payload: orgBody({ municipality: '999', industry: { code: '00' } }),
    });
    expect(res2.statusCode).toBe(400);
    expect(
      res2
        .json()
        .error.details.fields.map((f: { path: string; code: string }) => `${f.path}:${f.code}`),
    ).toEqual(['municipality:unknown_municipality', 'industry.code:unknown_tol_code']);
  });
});
