import { sql } from 'drizzle-orm';
import type { Ecosystem } from '../../../common/schemas/ecosystems.js';
import { organisationSearchQuerySchema } from '../../../common/schemas/organisations.js';
import { projectSearchQuerySchema } from '../../../common/schemas/projects.js';
import type { Db } from '../../db/client.js';
import { rowsOf } from '../../db/sql.js';
import { AppError } from '../../errors.js';
import { selectNetworks } from '../networks/repo.js';
import { summaries as networkSummaries } from '../networks/search.js';
import { searchOrganisations } from '../organisations/search.js';
import { searchProjects } from '../projects/search.js';
import { regionNames } from '../regions/service.js';
import { TtlCache } from './ttl-cache.js';

/**
 * The networks present in a region: placed in it, or with published members in it; those with
 * most members there first.
 */
async function networksPresent(db: Db, code: string) {
  const rows = rowsOf<{ id: string; in_region: number; total: number }>(
    await db.execute(sql`
      with here as (
        select m.network_id, count(*)::int as n
        from network_member m
        join organisation o on o.id = m.organisation_id
        where o.region_code = ${code} and o.state = 'published'
        group by m.network_id
      )
      select n.id, coalesce(h.n, 0) as in_region, count(*) over ()::int as total
      from network n
      left join here h on h.network_id = n.id
      where n.state = 'published' and (n.region_codes @> array[${code}]::text[] or h.n is not null)
      order by in_region desc, n.sort_name, n.id
      limit 20`),
  );
  const ordered = await selectNetworks(
    db,
    rows.map((r) => r.id),
  );
  const inRegion = new Map(rows.map((r) => [r.id, Number(r.in_region)]));
  const items = (await networkSummaries(db, ordered)).map((s) => ({
    ...s,
    membersInRegion: inRegion.get(s.id) ?? 0,
  }));
  return { total: Number(rows[0]?.total ?? 0), items };
}

/**
 * The region's contacts: its coordinators (active accounts) who chose to publish their contact on
 * their regions' pages (the account page), with what they published.
 */
async function regionalContacts(db: Db, code: string) {
  const rows = rowsOf<{ name: string; title: string | null; email: string; phone: string | null }>(
    await db.execute(sql`
      select u.name, u.contact_title as title, u.email, u.contact_phone as phone
      from app_user u
      join user_region r on r.user_id = u.id and r.region_code = ${code}
      where u.role = 'coordinator' and u.contact_public and u.deactivated_at is null
      order by u.name, u.id
      limit 50`),
  );
  return rows;
}

/** The region's names; 404 for a code that is not a region. */
export async function regionNameOf(db: Db, code: string) {
  const name = (await regionNames(db, [code])).get(code);
  if (!name) throw new AppError('region_not_found', { code });
  return name;
}

const caches = new WeakMap<Db, TtlCache<Ecosystem>>();

/**
 * A region's ecosystem: organisations counted by kind, its projects and its networks. Kept for a
 * minute, or until this process writes (ttl-cache.ts): counting the networks present reads every
 * membership in the region.
 */
export async function getEcosystem(db: Db, code: string): Promise<Ecosystem> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new TtlCache<Ecosystem>(60_000, 40);
    caches.set(db, cache);
  }
  return cache.get(code, () => computeEcosystem(db, code));
}

async function computeEcosystem(db: Db, code: string): Promise<Ecosystem> {
  const name = await regionNameOf(db, code);
  const [organisations, projects, networks, contacts] = await Promise.all([
    searchOrganisations(db, organisationSearchQuerySchema.parse({ region: code, pageSize: 1 })),
    searchProjects(
      db,
      projectSearchQuerySchema.parse({
        region: code,
        status: 'running',
        sort: 'start',
        pageSize: 10,
      }),
    ),
    networksPresent(db, code),
    regionalContacts(db, code),
  ]);
  return {
    region: { code, name },
    organisations: {
      total: organisations.total,
      actorType: organisations.facets?.actorType ?? [],
      family: organisations.facets?.family ?? [],
      meets: organisations.facets?.meets ?? [],
    },
    projects: {
      status: projects.facets.status,
      running: projects.items,
      runningTotal: projects.total,
    },
    networks,
    contacts,
  };
}
