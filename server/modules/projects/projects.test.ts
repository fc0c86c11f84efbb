import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrf, lastMail, mailCount, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createOrg } from '../../test/organisations.js';
import {
  createProject,
  getProject,
  patchProject,
  postProject,
  projectBody,
  representedOrg,
} from '../../test/projects.js';
import { sendProjectEndReminders } from './freshness.service.js';

let t: TestApp;
type User = { cookie: string; email: string };
let coordinator: User;
let leadRep: User;
let partnerRep: User;
let lead: string;
let partner: string;
let funder: string;

beforeAll(async () => {
  t = await buildTestApp();
  coordinator = await signUp(t, { role: 'coordinator' });
  leadRep = await signUp(t, { name: 'Liisa Vetäjä' });
  partnerRep = await signUp(t, { name: 'Pekka Kumppani' });
  lead = await representedOrg(t, leadRep, coordinator, 'Vetäjä ry');
  partner = await representedOrg(t, partnerRep, coordinator, 'Kumppani osuuskunta');
  funder = (await createOrg(t, coordinator.cookie, { name: 'Rahoittajasäätiö sr' })).id;
});
afterAll(() => t.close());

const requests = async (cookie = coordinator.cookie) => {
  const res = await t.app.inject({ url: '/api/v1/projects/requests', headers: { cookie } });
  return res;
};
const decide = (id: string, body: object, cookie = coordinator.cookie) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/projects/requests/${id}`,
    headers: { ...csrf, cookie },
    payload: body,
  });
const list = async (query: string) => {
  const res = await t.app.inject({ url: `/api/v1/projects?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('propose → approve → edit → history → restore', () => {
  it('a representative of the lead proposes; hidden until a coordinator of its region approves', async () => {
    const body = projectBody(lead, {
      title: { fi: 'Kestävä kumppanuus', sv: 'Hållbart partnerskap' },
      partners: [
        { organisationId: lead, role: 'lead' },
        { organisationId: partner, role: 'co_implementer' },
        { organisationId: funder, role: 'funder' },
      ],
      contact: { name: 'Liisa Vetäjä', email: 'liisa@example.org' },
    });
    const created = await createProject(t, leadRep.cookie, body);
    expect(created).toMatchObject({
      state: 'pending',
      version: 1,
      regions: [{ code: '06', name: { fi: 'Pirkanmaa' } }],
      permissions: { edit: true, moderate: false },
      partners: [
        { organisation: { id: lead, name: 'Vetäjä ry' }, role: 'lead' },
        { organisation: { id: partner }, role: 'co_implementer' },
        { organisation: { id: funder }, role: 'funder' },
      ],
    });
    // Hidden from readers and from the partners' representatives until it is approved.
    expect((await getProject(t, created.id)).statusCode).toBe(404);
    expect((await getProject(t, created.id, partnerRep.cookie)).statusCode).toBe(404);
    expect((await list('q=kumppanuus')).total).toBe(0);

    // A coordinator of another region neither sees nor decides it.
    const elsewhere = await signUp(t, { role: 'coordinator', regions: ['01'] });
    const theirs = (await requests(elsewhere.cookie)).json().items as { project: { id: string } }[];
    expect(theirs.some((r) => r.project.id === created.id)).toBe(false);
    const request = (
      (await requests()).json().items as { id: string; project: { id: string } }[]
    ).find((r) => r.project.id === created.id);
    expect(request).toBeDefined();
    expect(
      (await decide(request?.id ?? '', { decision: 'approve' }, elsewhere.cookie)).statusCode,
    ).toBe(403);
    expect(
      (await decide(request?.id ?? '', { decision: 'approve' }, leadRep.cookie)).statusCode,
    ).toBe(403);
    expect((await decide(request?.id ?? '', { decision: 'approve' })).statusCode).toBe(200);
    expect((await decide(request?.id ?? '', { decision: 'approve' })).statusCode).toBe(404);

    const published = await getProject(t, created.id);
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ state: 'published', permissions: { edit: false } });
    // The contact person is for signed-in users only (not published by the person).
    expect(published.json().contact).toBeNull();
    expect((await getProject(t, created.id, partnerRep.cookie)).json().contact).toMatchObject({
      name: 'Liisa Vetäjä',
      email: 'liisa@example.org',
    });
    const mail = await lastMail(t, leadRep.email);
    expect(mail.subject).toContain('hanke');
    expect(mail.text).toContain(`/fi/hankkeet/${created.id}`);

    // Every partner's projects are found by the partner filter.
    for (const org of [lead, partner, funder]) {
      expect((await list(`partner=${org}`)).items.map((i: { id: string }) => i.id)).toContain(
        created.id,
      );
    }
  });

  it('the lead edits, a partner may not, a stale version gets 409 with the fields changed since', async () => {
    const p = await createProject(
      t,
      coordinator.cookie,
      projectBody(lead, {
        partners: [
          { organisationId: lead, role: 'lead' },
          { organisationId: partner, role: 'partner' },
        ],
      }),
    );
    expect(p.state).toBe('published');
    const edited = await patchProject(t, leadRep.cookie, p.id, {
      version: 1,
      status: 'ended',
      title: { fi: 'Osatyökykyisten polku 2' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, status: 'ended' });

    const byPartner = await patchProject(t, partnerRep.cookie, p.id, { version: 2, goals: [1] });
    expect(byPartner.statusCode).toBe(403);
    const anonymous = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/projects/${p.id}`,
      headers: csrf,
      payload: { version: 2, goals: [1] },
    });
    expect(anonymous.statusCode).toBe(401);

    const stale = await patchProject(t, coordinator.cookie, p.id, { version: 1, budget: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'version_conflict',
      details: { changedFields: expect.arrayContaining(['status', 'title.fi']) },
    });
    // Nothing changed by the refused edits.
    expect((await getProject(t, p.id)).json()).toMatchObject({ version: 2, budget: 450000 });

    // A change that changes nothing keeps the version.
    const same = await patchProject(t, leadRep.cookie, p.id, { version: 2, status: 'ended' });
    expect(same.json().version).toBe(2);

    const history = await t.app.inject({
      url: `/api/v1/projects/${p.id}/history`,
      headers: { cookie: coordinator.cookie },
    });
    expect(history.json()).toMatchObject({
      items: [
        {
          version: 2,
          action: 'update',
          actor: 'Liisa Vetäjä',
          changes: expect.arrayContaining([
            { field: 'status', before: 'running', after: 'ended' },
            {
              field: 'title.fi',
              before: 'Osatyökykyisten polku',
              after: 'Osatyökykyisten polku 2',
            },
          ]),
        },
        { version: 1, action: 'create' },
      ],
      permissions: { restore: true },
    });
    const first = history.json().items[1].id;
    // Only a coordinator restores.
    const byLead = await t.app.inject({
      method: 'POST',
      url: `/api/v1/projects/${p.id}/restore`,
      headers: { ...csrf, cookie: leadRep.cookie },
      payload: { revision: first, version: 2 },
    });
    expect(byLead.statusCode).toBe(403);
    const restored = await t.app.inject({
      method: 'POST',
      url: `/api/v1/projects/${p.id}/restore`,
      headers: { ...csrf, cookie: coordinator.cookie },
      payload: { revision: first, version: 2 },
    });
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json()).toMatchObject({ version: 3, status: 'running' });
  });

  it('only a representative of the lead (or a coordinator of its region) may propose or hand over the lead', async () => {
    // A partner's representative cannot propose a project that another organisation leads.
    const res = await postProject(t, partnerRep.cookie, projectBody(lead));
    expect(res.statusCode).toBe(403);
    const p = await createProject(t, coordinator.cookie, projectBody(lead));
    // The lead's representative cannot hand the lead to an organisation they do not represent.
    const handOver = await patchProject(t, leadRep.cookie, p.id, {
      version: 1,
      partners: [
        { organisationId: partner, role: 'lead' },
        { organisationId: lead, role: 'partner' },
      ],
    });
    expect(handOver.statusCode).toBe(403);
    // A coordinator of one region cannot move the project out of their reach.
    const regional = await signUp(t, { role: 'coordinator', regions: ['06'] });
    const moved = await patchProject(t, regional.cookie, p.id, { version: 1, regions: ['01'] });
    expect(moved.statusCode).toBe(403);
    const kept = await patchProject(t, regional.cookie, p.id, {
      version: 1,
      regions: ['06', '01'],
    });
    expect(kept.statusCode).toBe(200);
  });
});

describe('bad input', () => {
  const fieldsOf = (body: string) =>
    (JSON.parse(body).error.details?.fields ?? []) as { path: string; message: string }[];

  it('an end before the start is 400 on the end date, at creation and in a partial change', async () => {
    const res = await postProject(
      t,
      coordinator.cookie,
      projectBody(lead, { startDate: '2026-05-01', endDate: '2026-04-30' }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('date_range_invalid');
    expect(fieldsOf(res.body)).toEqual([expect.objectContaining({ path: 'endDate' })]);
    const p = await createProject(t, coordinator.cookie, projectBody(lead));
    const patch = await patchProject(t, coordinator.cookie, p.id, {
      version: 1,
      endDate: '2024-12-31',
    });
    expect(patch.statusCode).toBe(400);
    expect(fieldsOf(patch.body)).toEqual([expect.objectContaining({ path: 'endDate' })]);
  });

  const badBodies: [string, () => Record<string, unknown>, string][] = [
    ['a negative budget', () => ({ budget: -1 }), 'budget'],
    ['a budget as text', () => ({ budget: 'paljon' }), 'budget'],
    ['an unknown funding programme', () => ({ fundingProgramme: 'lottery' }), 'fundingProgramme'],
    ['an unknown goal', () => ({ goals: [9] }), 'goals.0'],
    ['a region code that is no region', () => ({ regions: ['99'] }), 'regions.0'],
    ['no region and not national', () => ({ regions: [], national: false }), 'regions'],
    ['no title in Finnish', () => ({ title: { sv: 'Bara svenska' } }), 'title.fi'],
    [
      'two leads',
      () => ({
        partners: [
          { organisationId: lead, role: 'lead' },
          { organisationId: partner, role: 'lead' },
        ],
      }),
      'partners',
    ],
    [
      'a partner that is no organisation',
      () => ({
        partners: [
          { organisationId: lead, role: 'lead' },
          { organisationId: '00000000-0000-4000-8000-000000000000', role: 'partner' },
        ],
      }),
      'partners.1.organisationId',
    ],
    [
      'an unknown partner role',
      () => ({ partners: [{ organisationId: lead, role: 'boss' }] }),
      'partners.0.role',
    ],
  ];
  it.each(badBodies)('%s is 400 with the field', async (_label, override, path) => {
    const res = await postProject(t, coordinator.cookie, projectBody(lead, override()));
    expect(res.statusCode, res.body).toBe(400);
    expect(fieldsOf(res.body).map((f) => f.path)).toContain(path);
  });

  it('a partner that is only proposed (not published) is refused', async () => {
    const member = await signUp(t);
    const pending = await createOrg(t, member.cookie, { name: 'Odottava yhdistys ry' });
    const res = await postProject(
      t,
      coordinator.cookie,
      projectBody(lead, {
        partners: [
          { organisationId: lead, role: 'lead' },
          { organisationId: pending.id, role: 'partner' },
        ],
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toEqual([
      expect.objectContaining({ path: 'partners.1.organisationId', code: 'partner_not_published' }),
    ]);
  });

  it('the same organisation twice is 409', async () => {
    const res = await postProject(
      t,
      coordinator.cookie,
      projectBody(lead, {
        partners: [
          { organisationId: lead, role: 'lead' },
          { organisationId: lead, role: 'funder' },
        ],
      }),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'duplicate_partner',
      details: { organisationId: lead },
    });
  });

  it('markup is stored as text and given back as it was', async () => {
    const title = '<script>alert(1)</script> & <b>hanke</b>';
    const p = await createProject(
      t,
      coordinator.cookie,
      projectBody(lead, { title: { fi: title } }),
    );
    expect((await getProject(t, p.id)).json().title.fi).toBe(title);
  });

  it('filters with an end before the start, or unknown values, are 400', async () => {
    for (const query of ['activeFrom=2026-05-01&activeTo=2026-01-01', 'status=maybe', 'goal=0']) {
      const res = await t.app.inject({ url: `/api/v1/projects?${query}` });
      expect(res.statusCode, query).toBe(400);
    }
  });
});

describe('has it ended?', () => {
  it('asks the lead once when a running project is past its end; a new end date asks again later', async () => {
    const p = await createProject(
      t,
      coordinator.cookie,
      projectBody(lead, {
        title: { fi: 'Unohtunut hanke' },
        startDate: '2024-01-01',
        endDate: '2024-12-31',
      }),
    );
    const ctx = { baseUrl: 'http://localhost:3000' };
    expect(await sendProjectEndReminders(t.database.db, ctx)).toBeGreaterThanOrEqual(1);
    const mail = await lastMail(t, leadRep.email);
    expect(mail.subject).toContain('Unohtunut hanke');
    expect(mail.text).toContain(`/fi/hankkeet/${p.id}`);
    const sent = await mailCount(t, leadRep.email);
    // Not again the next day, nor after an edit that leaves the dates and status as they were.
    expect(
      (await patchProject(t, leadRep.cookie, p.id, { version: 1, goals: [1] })).statusCode,
    ).toBe(200);
    await sendProjectEndReminders(t.database.db, ctx);
    expect(await mailCount(t, leadRep.email)).toBe(sent);
    // A later end date that passes too asks again once it has passed.
    expect(
      (await patchProject(t, leadRep.cookie, p.id, { version: 2, endDate: '2025-06-30' }))
        .statusCode,
    ).toBe(200);
    await sendProjectEndReminders(t.database.db, ctx);
    expect(await mailCount(t, leadRep.email)).toBe(sent + 1);
    // Marked ended: nothing more.
    expect(
      (await patchProject(t, leadRep.cookie, p.id, { version: 3, status: 'ended' })).statusCode,
    ).toBe(200);
    await sendProjectEndReminders(t.database.db, ctx);
    expect(await mailCount(t, leadRep.email)).toBe(sent + 1);
  });
});

describe('a plain list', () => {
  it('leaves the facet counts out when asked to', async () => {
    const withCounts = await list(`partner=${lead}`);
    expect(withCounts.total).toBeGreaterThan(0);
    expect(withCounts.facets.status.length).toBeGreaterThan(0);
    const plain = await list(`partner=${lead}&facets=false`);
    expect(plain.items).toEqual(withCounts.items);
    expect(Object.values(plain.facets)).toEqual([[], [], [], [], []]);
  });
});
