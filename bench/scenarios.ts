/** Load scenarios of `npm run bench`. Modules add theirs here (a path, or a request to send). */
export interface Scenario {
  name: string;
  path: string;
  method?: 'GET' | 'POST';
  body?: string;
  /** Also timed one request at a time and against its bare database work. */
  search?: boolean;
}

export const scenarios: Scenario[] = [
  { name: 'regions list (GET /api/v1/regions)', path: '/api/v1/regions' },
  { name: 'region with municipalities (GET /api/v1/regions/01)', path: '/api/v1/regions/01' },
  { name: 'front page (GET /fi)', path: '/fi' },
];

/** Scenarios on the imported registry; `id` is one of its organisations. */
export function registryScenarios(id: string): Scenario[] {
  return [
    {
      name: 'text search with facets (q=osuuskunnan)',
      path: '/api/v1/organisations?q=osuuskunnan',
      search: true,
    },
    {
      name: 'filtered search with facets (region, family, theme)',
      path: '/api/v1/organisations?region=06&family=association&theme=employment',
      search: true,
    },
    {
      name: 'text + filters, sorted by name (q=kierrätys&region=01)',
      path: '/api/v1/organisations?q=kierr%C3%A4tys&region=01&sort=name',
      search: true,
    },
    { name: 'organisation (GET /api/v1/organisations/{id})', path: `/api/v1/organisations/${id}` },
    {
      name: 'organisation page with JSON-LD (GET /fi/organisaatiot/{id})',
      path: `/fi/organisaatiot/${id}`,
    },
  ];
}
