import { inArray, type SQL, sql } from 'drizzle-orm';
import type { Graph, GraphQuery } from '../../../common/schemas/ecosystems.js';
import type { Db } from '../../db/client.js';
import { network, organisation, project } from '../../db/schema/index.js';
import { rowsOf } from '../../db/sql.js';
import { GenerationMemo } from '../organisations/cache.js';

/**
 * The links of a region's ecosystem as rows (a, b, kind, role), node ids with their kind:
 * - a project placed in the region and each published partner (wherever the partner is);
 * - a network and each of its published members in the region;
 * - a confirmed relation between published organisations, one of them in the region.
 */
const edgesOf = (code: string): SQL => sql`
  select 'p:' || pp.project_id as a, 'o:' || pp.organisation_id as b, 'project' as kind, pp.role
  from project_partner pp
  join project p on p.id = pp.project_id
  join organisation o on o.id = pp.organisation_id
  where p.state = 'published' and p.region_codes @> array[${code}]::text[] and o.state = 'published'
  union all
  select 'n:' || m.network_id, 'o:' || m.organisation_id, 'network', m.role
  from network_member m
  join network n on n.id = m.network_id
  join organisation o on o.id = m.organisation_id
  where n.state = 'published' and o.state = 'published' and o.region_code = ${code}
  union all
  select 'o:' || r.from_id, 'o:' || r.to_id, 'relation', r.type
  from organisation_relation r
  join organisation f on f.id = r.from_id
  join organisation t on t.id = r.to_id
  where r.state = 'confirmed' and f.state = 'published' and t.state = 'published'
    and (f.region_code = ${code} or t.region_code = ${code})`;

interface Edge {
  a: string;
  b: string;
  kind: Graph['edges'][number]['kind'];
  role: string;
}

interface RegionEdges {
  edges: Edge[];
  degree: Map<string, number>;
  /** Each node's links, by node id. */
  links: Map<string, Edge[]>;
  /** Every node, the most connected first (ties by id). */
  order: string[];
  /** Each node's place in `order`. */
  rank: Map<string, number>;
  /** Labels read so far (filled as graphs ask for them; they hold as long as the links do). */
  labels: Map<string, string>;
}

/**
 * A region's links are read once per registry generation (a write of an organisation, project,
 * network or of a link between them moves it on, in any process): a graph of any size, and the
 * expansion of any node, is computed from them in memory.
 */
const edgeMemos = new WeakMap<Db, GenerationMemo<RegionEdges>>();

async function regionEdges(db: Db, code: string): Promise<RegionEdges> {
  let memo = edgeMemos.get(db);
  if (!memo) {
    memo = new GenerationMemo<RegionEdges>(40);
    edgeMemos.set(db, memo);
  }
  return memo.get(db, code, async () => {
    const edges = rowsOf<Edge>(await db.execute(edgesOf(code)));
    const degree = new Map<string, number>();
    const links = new Map<string, Edge[]>();
    for (const e of edges) {
      for (const id of [e.a, e.b]) {
        degree.set(id, (degree.get(id) ?? 0) + 1);
        const own = links.get(id);
        if (own) own.push(e);
        else links.set(id, [e]);
      }
    }
    const order = [...degree.keys()].sort(
      (x, y) => (degree.get(y) ?? 0) - (degree.get(x) ?? 0) || (x < y ? -1 : x > y ? 1 : 0),
    );
    const rank = new Map(order.map((id, i) => [id, i]));
    return { edges, degree, links, order, rank, labels: new Map() };
  });
}

/**
 * The nodes to show: with `focus`, it and its most connected neighbours; else the most connected
 * nodes as hubs (a fifth of the room) and then their most connected neighbours, so that what is
 * shown is linked together rather than a scatter of busy nodes that share no link.
 */
function choose(r: RegionEdges, q: GraphQuery): string[] {
  const byRank = (x: string, y: string) => (r.rank.get(x) ?? 0) - (r.rank.get(y) ?? 0);
  const neighbours = (id: string) => (r.links.get(id) ?? []).map((e) => (e.a === id ? e.b : e.a));
  if (q.focus) {
    if (!r.degree.has(q.focus)) return [];
    return [q.focus, ...[...new Set(neighbours(q.focus))].sort(byRank).slice(0, q.limit)];
  }
  const hubs = r.order.slice(0, Math.max(1, Math.ceil(q.limit / 5)));
  const chosen = new Set(hubs);
  const candidates = [...new Set(hubs.flatMap(neighbours))].filter((id) => !chosen.has(id));
  for (const id of candidates.sort(byRank)) {
    if (chosen.size >= q.limit) break;
    chosen.add(id);
  }
  // Room left (few links in the region): the next most connected nodes.
  for (const id of r.order) {
    if (chosen.size >= q.limit) break;
    chosen.add(id);
  }
  return [...chosen];
}

/**
 * The region's graph, bounded: at most `limit` nodes and the links among them (with `focus`, the
 * links of that node to its neighbours). Each node's degree counts all its links in the region.
 */
export async function regionGraph(db: Db, code: string, q: GraphQuery): Promise<Graph> {
  const r = await regionEdges(db, code);
  const ids = choose(r, q);
  const shown = new Set(ids);
  const edges = q.focus
    ? (r.links.get(q.focus) ?? []).filter((e) => shown.has(e.a) && shown.has(e.b))
    : r.edges.filter((e) => shown.has(e.a) && shown.has(e.b));
  const missing = ids.filter((id) => !r.labels.has(id));
  if (missing.length > 0) {
    const read = await labelsOf(db, missing);
    for (const id of missing) r.labels.set(id, read.get(id) ?? '');
  }
  const labels = r.labels;
  const kindOf = { o: 'organisation', p: 'project', n: 'network' } as const;
  return {
    nodes: ids.map((id) => ({
      id,
      kind: kindOf[id[0] as 'o' | 'p' | 'n'],
      label: labels.get(id) ?? '',
      degree: r.degree.get(id) ?? 0,
    })),
    edges: edges.map((e) => ({ source: e.a, target: e.b, kind: e.kind, role: e.role })),
    totalNodes: r.degree.size,
    truncated: !q.focus && ids.length < r.degree.size,
  };
}

/** The Finnish name (the label) of each node, read per kind. */
async function labelsOf(db: Db, ids: string[]): Promise<Map<string, string>> {
  const of = (prefix: string) => ids.filter((id) => id.startsWith(prefix)).map((id) => id.slice(2));
  const [orgs, projects, networks] = await Promise.all([
    of('o:').length
      ? db
          .select({ id: organisation.id, label: organisation.name })
          .from(organisation)
          .where(inArray(organisation.id, of('o:')))
      : [],
    of('p:').length
      ? db
          .select({ id: project.id, label: project.title })
          .from(project)
          .where(inArray(project.id, of('p:')))
      : [],
    of('n:').length
      ? db
          .select({ id: network.id, label: network.name })
          .from(network)
          .where(inArray(network.id, of('n:')))
      : [],
  ]);
  return new Map([
    ...orgs.map((r) => [`o:${r.id}`, r.label] as const),
    ...projects.map((r) => [`p:${r.id}`, r.label] as const),
    ...networks.map((r) => [`n:${r.id}`, r.label] as const),
  ]);
}
