import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrf, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createOrg, orgBody } from '../../test/organisations.js';

/**
 * A proposal waiting for a coordinator is hidden from everyone but its representatives and the
 * coordinators of its region. Duplicate checks still find it, but tell others only that it exists.
 */
let t: TestApp;
let proposer: Awaited<ReturnType<typeof signUp>>;
let stranger: Awaited<ReturnType<typeof signUp>>;
let proposal: { id: string; name: string };
const businessId = '0112038-9';

beforeAll(async () => {
  t = await buildTestApp();
  proposer = await signUp(t);
  stranger = await signUp(t);
  proposal = await createOrg(t, proposer.cookie, {
    name: 'Salainen Kyläleipomo',
    municipality: '091',
    businessId,
  });
});
afterAll(() => t.close());

const similar = (cookie: string) =>
  t.app.inject({
    url: `/api/v1/organisations/similar?name=${encodeURIComponent('Salainen Kyläleipomo')}&municipality=091`,
    headers: { cookie },
  });

function expectNothingAbout(body: string) {
  expect(body).not.toContain(proposal.id);
  expect(body).not.toContain('Salainen');
}

describe('duplicate checks and hidden proposals', () => {
  it('counts a hidden proposal among similar names without naming it', async () => {
    const res = await similar(stranger.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ items: [], hidden: 1 });
    expectNothingAbout(res.body);
  });

  it('shows the proposal to its own representative and to coordinators', async () => {
    const own = (await similar(proposer.cookie)).json();
    expect(own.items.map((i: { id: string }) => i.id)).toEqual([proposal.id]);
    expect(own.hidden).toBe(0);
    const coordinator = await signUp(t, { role: 'coordinator', regions: ['01'] });
    expect((await similar(coordinator.cookie)).json().items).toHaveLength(1);
    const elsewhere = await signUp(t, { role: 'coordinator', regions: ['02'] });
    expect((await similar(elsewhere.cookie)).json()).toEqual({ items: [], hidden: 1 });
  });

  it('stops a taken business ID without saying whose it is', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: { ...csrf, cookie: stranger.cookie },
      payload: { ...orgBody({ name: 'Aivan Toinen Oy', businessId }), acknowledgeSimilar: true },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'business_id_taken',
      details: { pending: true },
    });
    expectNothingAbout(res.body);
  });

  it('warns of a similar hidden proposal by count only, and takes the proposal once acknowledged', async () => {
    const body = orgBody({ name: 'Salainen Kyläleipomo', municipality: '091' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: { ...csrf, cookie: stranger.cookie },
      payload: body,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'similar_organisations',
      details: { candidates: [], hidden: 1 },
    });
    expectNothingAbout(res.body.replace(/"name":"Salainen Kyläleipomo"/g, ''));
    const acknowledged = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: { ...csrf, cookie: stranger.cookie },
      payload: { ...body, acknowledgeSimilar: true },
    });
    expect(acknowledged.statusCode).toBe(201);
    // A member's proposal waits for a coordinator, who sees both.
    expect(acknowledged.json().state).toBe('pending');
  });

  it('names a visible organisation with the taken business ID, with a link target', async () => {
    const coordinator = await signUp(t, { role: 'coordinator' });
    const published = await createOrg(t, coordinator.cookie, {
      name: 'Julkinen Oy',
      businessId: '2617416-4',
    });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: { ...csrf, cookie: stranger.cookie },
      payload: {
        ...orgBody({ name: 'Kopio Oy', businessId: '2617416-4' }),
        acknowledgeSimilar: true,
      },
    });
    expect(res.json().error.details.organisation).toEqual({
      id: published.id,
      name: 'Julkinen Oy',
    });
  });
});
