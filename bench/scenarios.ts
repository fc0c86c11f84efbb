/** Load scenarios of `npm run bench`. Modules add theirs here (a path, or a request to send). */
export interface Scenario {
  name: string;
  path: string;
  method?: 'GET' | 'POST';
  body?: string;
}

export const scenarios: Scenario[] = [
  { name: 'regions list (GET /api/v1/regions)', path: '/api/v1/regions' },
  { name: 'region with municipalities (GET /api/v1/regions/01)', path: '/api/v1/regions/01' },
  { name: 'front page (GET /fi)', path: '/fi' },
];
