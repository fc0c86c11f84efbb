import { eq } from 'drizzle-orm';
import type {
  NetworkSearchQuery,
  NetworkSearchResult,
  NetworkSummary,
} from '../../../common/schemas/networks.js';
import type { Db } from '../../db/client.js';
import { networkMember } from '../../db/schema/index.js';
import type { EngineQuery, EngineSort } from '../../search/engine.js';
import { LiveIndex } from '../../search/live-index.js';
import { regionNames } from '../regions/service.js';
import * as repo from './repo.js';
import { type NetworkIndexRow, networkSource } from './search-source.js';

const indexes = new WeakMap<Db, LiveIndex<NetworkIndexRow>>();

/** The process's search index of published networks on `db` (built on first use). */
export function networkIndex(db: Db): LiveIndex<NetworkIndexRow> {
  let live = indexes.get(db);
  if (!live) {
    live = new LiveIndex(db, networkSource);
    indexes.set(db, live);
  }
  return live;
}

const sorts: Record<NonNullable<NetworkSearchQuery['sort']>, EngineSort> = {
  relevance: 'relevance',
  name: 'name',
  members: 'order',
  updated: 'updated',
};

type Filters = Omit<NetworkSearchQuery, 'page' | 'pageSize'>;

/** The networks an organisation is a member of (a search for them), or undefined. */
async function withinOf(db: Db, q: Filters): Promise<string[] | undefined> {
  if (!q.member) return undefined;
  const rows = await db
    .select({ id: networkMember.networkId })
    .from(networkMember)
    .where(eq(networkMember.organisationId, q.member));
  return rows.map((r) => r.id);
}

function engineQuery(
  q: Filters,
  offset: number,
  limit: number,
  facets: boolean,
  within: readonly string[] | undefined,
): EngineQuery {
  const text = q.q?.trim() || undefined;
  return {
    text,
    filters: { kind: q.kind, region: q.region },
    sort: sorts[q.sort ?? (text ? 'relevance' : 'name')],
    offset,
    limit,
    facets,
    within,
  };
}

/**
 * Published networks matching the filters, a page of them, and facet counts, from the process's
 * index (the directory's engine); the page's rows are then read by key.
 */
export async function searchNetworks(db: Db, q: NetworkSearchQuery): Promise<NetworkSearchResult> {
  const within = await withinOf(db, q);
  const index = await networkIndex(db).current();
  const result = index.search(engineQuery(q, (q.page - 1) * q.pageSize, q.pageSize, true, within));
  return {
    items: await summaries(db, await repo.selectNetworks(db, result.keys)),
    total: result.total,
    page: q.page,
    pageSize: q.pageSize,
    facets: { kind: result.facets?.kind ?? [], region: result.facets?.region ?? [] },
  };
}

/** The ids of every match of a search in its order (exports), at most `limit`. */
export async function searchNetworkIds(db: Db, q: Filters, limit: number): Promise<string[]> {
  const within = await withinOf(db, q);
  const index = await networkIndex(db).current();
  return index.search(engineQuery(q, 0, limit, false, within)).keys;
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
