import type { OrganisationInput } from '../../common/schemas/organisations.js';
import { csrf } from './accounts.js';
import type { TestApp } from './app.js';

/** A valid organisation body; override any field. */
export function orgBody(overrides: Partial<OrganisationInput> & Record<string, unknown> = {}) {
  return {
    name: 'Osuuskunta Testi',
    actorTypes: ['social_economy_actor'],
    legalForm: '14',
    municipality: '091',
    description: { fi: 'Työllistää osatyökykyisiä ihmisiä.' },
    ...overrides,
  };
}

export async function createOrg(
  t: TestApp,
  cookie: string,
  overrides: Parameters<typeof orgBody>[0] = {},
) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/organisations',
    headers: { ...csrf, cookie },
    payload: { acknowledgeSimilar: true, ...orgBody(overrides) },
  });
  if (res.statusCode !== 201) throw new Error(`create: ${res.statusCode} ${res.body}`);
  return res.json();
}

export function patchOrg(t: TestApp, cookie: string, id: string, body: object) {
  return t.app.inject({
    method: 'PATCH',
    url: `/api/v1/organisations/${id}`,
    headers: { ...csrf, cookie },
    payload: body,
  });
}

export async function search(t: TestApp, query: string) {
  const res = await t.app.inject({ url: `/api/v1/organisations?${query}` });
  if (res.statusCode !== 200) throw new Error(`search: ${res.statusCode} ${res.body}`);
  return res.json();
}
