import { expect } from 'vitest';
import { csrf } from './accounts.js';
import type { TestApp } from './app.js';
import { createOrg } from './organisations.js';

/** A valid project body led by `lead`; override any field. */
export function projectBody(lead: string, overrides: Record<string, unknown> = {}) {
  return {
    title: { fi: 'Osatyökykyisten polku', en: 'A path for people with partial work ability' },
    description: { fi: 'Hanke kehittää työllistymisen malleja.' },
    status: 'running',
    startDate: '2025-01-01',
    endDate: '2027-12-31',
    fundingProgramme: 'esf_plus',
    budget: 450000,
    publicFunding: 360000,
    regions: ['06'],
    partners: [{ organisationId: lead, role: 'lead' }],
    goals: [5],
    ...overrides,
  };
}

export function postProject(t: TestApp, cookie: string, body: object) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/projects',
    headers: { ...csrf, cookie },
    payload: body,
  });
}

export async function createProject(t: TestApp, cookie: string, body: object) {
  const res = await postProject(t, cookie, body);
  if (res.statusCode !== 201) throw new Error(`create project: ${res.statusCode} ${res.body}`);
  return res.json();
}

export function patchProject(t: TestApp, cookie: string, id: string, body: object) {
  return t.app.inject({
    method: 'PATCH',
    url: `/api/v1/projects/${id}`,
    headers: { ...csrf, cookie },
    payload: body,
  });
}

export const getProject = (t: TestApp, id: string, cookie?: string) =>
  t.app.inject({ url: `/api/v1/projects/${id}`, headers: cookie ? { cookie } : {} });

/**
 * A published organisation that `member` represents (owner): proposed by the member, approved by
 * the coordinator through the moderation queue.
 */
export async function representedOrg(
  t: TestApp,
  member: { cookie: string },
  coordinator: { cookie: string },
  name: string,
) {
  const org = await createOrg(t, member.cookie, { name });
  const list = await t.app.inject({
    url: '/api/v1/moderation/requests',
    headers: { cookie: coordinator.cookie },
  });
  const request = (list.json().items as { id: string; organisation: { id: string } }[]).find(
    (r) => r.organisation.id === org.id,
  );
  const decided = await t.app.inject({
    method: 'POST',
    url: `/api/v1/moderation/requests/${request?.id}`,
    headers: { ...csrf, cookie: coordinator.cookie },
    payload: { decision: 'approve' },
  });
  expect(decided.statusCode).toBe(200);
  return org.id as string;
}
