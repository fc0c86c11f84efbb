import { asc, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type {
  NetworkSearchQuery,
  NetworkSearchResult,
  NetworkSummary,
} from '../../../common/schemas/networks.js';
import type { Db } from '../../db/client.js';
import {
  allFilters,
  facetCounts,
  filterWords,
  type ListFilters,
  likeWord,
} from '../../db/facets.js';
import { network, networkMember } from '../../db/schema/index.js';
import { sqlArray } from '../../db/sql.js';
import { regionNames } from '../regions/service.js';
import type * as repo from './repo.js';

type Facet = keyof NetworkSearchResult['facets'];

function conditions(q: NetworkSearchQuery): ListFilters<Facet> {
  const rest: SQL[] = [eq(network.state, 'published')];
  for (const word of filterWords(q.q)) rest.push(sql`${network.searchText} like ${likeWord(word)}`);
  if (q.member) {
    rest.push(
      sql`exists (select 1 from ${networkMember} where ${networkMember.networkId} = ${network.id} and ${networkMember.organisationId} = ${q.member})`,
    );
  }
  const own: ListFilters<Facet>['own'] = {};
  if (q.kind?.length) own.kind = sql`${network.kind} = any(${sqlArray(q.kind, 'text')})`;
  if (q.region?.length) own.region = sql`${network.regionCodes} && ${sqlArray(q.region, 'text')}`;
  return { own, rest };
}

const facetValue: Record<Facet, SQL> = {
  kind: sql`${network.kind}`,
  region: sql`unnest(${network.regionCodes})`,
};

const orderBy = {
  name: [asc(network.sortName), asc(network.id)],
  members: [desc(network.memberCount), asc(network.sortName), asc(network.id)],
  updated: [desc(network.updatedAt), asc(network.id)],
};

/** Published networks matching the filters, a page of them, and facet counts. */
export async function searchNetworks(db: Db, q: NetworkSearchQuery): Promise<NetworkSearchResult> {
  const filters = conditions(q);
  const all = allFilters(filters);
  const [rows, [total], facets] = await Promise.all([
    db
      .select()
      .from(network)
      .where(all)
      .orderBy(...orderBy[q.sort ?? 'name'])
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(network).where(all),
    facetCounts(db, network, facetValue, filters),
  ]);
  return {
    items: await summaries(db, rows),
    total: Number(total?.n ?? 0),
    page: q.page,
    pageSize: q.pageSize,
    facets,
  };
}

/** List rows with their regions' names. */
export async function summaries(db: Db, rows: repo.NetworkRow[]): Promise<NetworkSummary[]> {
  const names = await regionNames(
    db,
    rows.flatMap((r) => r.regionCodes),
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.data.name,
    kind: r.data.kind,
    regions: r.regionCodes.flatMap((code) => {
      const name = names.get(code);
      return name ? [{ code, name }] : [];
    }),
    memberCount: r.memberCount,
    updatedAt: r.updatedAt.toISOString(),
  }));
}
