import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrf, signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createProject, projectBody, representedOrg } from '../../test/projects.js';

let t: TestApp;
let coordinator: { cookie: string };
let leadRep: { cookie: string };
let partnerRep: { cookie: string };
let projectId: string;

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

beforeAll(async () => {
  t = await buildTestApp();
  coordinator = await signUp(t, { role: 'coordinator' });
  leadRep = await signUp(t);
  partnerRep = await signUp(t);
  const lead = await representedOrg(t, leadRep, coordinator, 'Logohankkeen vetäjä ry');
  const partner = await representedOrg(t, partnerRep, coordinator, 'Logohankkeen kumppani oy');
  projectId = (
    await createProject(
      t,
      coordinator.cookie,
      projectBody(lead, {
        partners: [
          { organisationId: lead, role: 'lead' },
          { organisationId: partner, role: 'partner' },
        ],
      }),
    )
  ).id;
});
afterAll(() => t.close());

const put = (body: Buffer | string, type: string, cookie: string) =>
  t.app.inject({
    method: 'PUT',
    url: `/api/v1/projects/${projectId}/logo`,
    headers: { ...csrf, cookie, 'content-type': type },
    payload: body,
  });

describe('project logos', () => {
  it('the lead uploads one; it is served with safe headers; others are refused', async () => {
    expect((await put(png, 'image/png', leadRep.cookie)).statusCode).toBe(204);
    const detail = (await t.app.inject({ url: `/api/v1/projects/${projectId}` })).json();
    expect(detail.logoUrl).toMatch(new RegExp(`^/api/v1/projects/${projectId}/logo\\?v=\\d+$`));
    // The logo is not versioned data: the project's version stays.
    expect(detail.version).toBe(1);
    const logo = await t.app.inject({ url: detail.logoUrl });
    expect(logo.statusCode).toBe(200);
    expect(logo.headers['content-type']).toBe('image/png');
    expect(logo.headers['x-content-type-options']).toBe('nosniff');
    expect(logo.headers['content-security-policy']).toContain('sandbox');
    expect(logo.rawPayload.equals(png)).toBe(true);

    const fake = await put('<svg onload="alert(1)"></svg>', 'image/png', leadRep.cookie);
    expect(fake.statusCode).toBe(400);
    expect(fake.json().error.code).toBe('image_invalid');
    expect((await put('<svg/>', 'image/svg+xml', leadRep.cookie)).statusCode).toBe(415);
    const big = Buffer.concat([png, Buffer.alloc(600 * 1024)]);
    expect((await put(big, 'image/png', leadRep.cookie)).statusCode).toBe(413);
    // A partner's representative reads the project but may not change it.
    expect((await put(png, 'image/png', partnerRep.cookie)).statusCode).toBe(403);
    expect((await put(png, 'image/png', '')).statusCode).toBe(401);

    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/projects/${projectId}/logo`,
      headers: { ...csrf, cookie: leadRep.cookie },
    });
    expect(del.statusCode).toBe(204);
    expect((await t.app.inject({ url: detail.logoUrl })).statusCode).toBe(404);
    expect(
      (await t.app.inject({ url: `/api/v1/projects/${projectId}` })).json().logoUrl,
    ).toBeNull();
  });
});
