import { inArray, type SQL, sql } from 'drizzle-orm';
import type { Graph, GraphQuery } from '../../../common/schemas/ecosystems.js';
import type { Db } from '../../db/client.js';
import { network, organisation, project } from '../../db/schema/index.js';
import { rowsOf } from '../../db/sql.js';

/**
 * The links of a region's ecosystem as rows (a, b, kind, role), node ids with their kind:
 * - a project placed in the region and each published partner (wherever the partner is);
 * - a network placed in the region or with members there, and each published member in it;
 * - a confirmed relation between published organisations, one of them in the region.
 */
const edgesOf = (code: string): SQL => sql`
  select 'p:' || pp.project_id as a, 'o:' || pp.organisation_id as b, 'project' as kind, pp.role
  from project_partner pp
  join project p on p.id = pp.project_id and p.state = 'published' and ${code} = any(p.region_codes)
  join organisation o on o.id = pp.organisation_id and o.state = 'published'
  union all
  select 'n:' || m.network_id, 'o:' || m.organisation_id, 'network', m.role
  from network_member m
  join network n on n.id = m.network_id and n.state = 'published'
  join organisation o on o.id = m.organisation_id and o.state = 'published' and o.region_code = ${code}
  union all
  select 'o:' || r.from_id, 'o:' || r.to_id, 'relation', r.type
  from organisation_relation r
  join organisation f on f.id = r.from_id and f.state = 'published'
  join organisation t on t.id = r.to_id and t.state = 'published'
  where r.state = 'confirmed' and (f.region_code = ${code} or t.region_code = ${code})`;

type Row = {
  t: 'node' | 'edge' | 'total';
  a: string;
  b: string | null;
  kind: string | null;
  role: string | null;
  n: number;
};

/**
 * The most connected nodes of the region (at most `limit`) and the links among them; with `focus`,
 * that node and its most connected neighbours (at most `limit`) and the links between them. Every
 * node's degree counts all its links in the region, so that a reader can tell which have more.
 */
export async function regionGraph(db: Db, code: string, q: GraphQuery): Promise<Graph> {
  const chosen = q.focus
    ? sql`(select ${q.focus}::text as id, (select n from degree where id = ${q.focus}) as n
           union all
           (select d.id, d.n from degree d
            where d.id in (select b from edges where a = ${q.focus} union select a from edges where b = ${q.focus})
            order by d.n desc, d.id limit ${q.limit}))`
    : sql`(select id, n from degree order by n desc, id limit ${q.limit})`;
  const rows = rowsOf<Row>(
    await db.execute(sql`
      with edges as materialized (${edgesOf(code)}),
      degree as (
        select id, count(*)::int as n from (select a as id from edges union all select b from edges) x
        group by id
      ),
      top as materialized (select * from ${chosen} c where c.n is not null)
      select 'node' as t, id as a, null as b, null as kind, null as role, n from top
      union all
      select 'edge', e.a, e.b, e.kind, e.role, 0 from edges e
      where e.a in (select id from top) and e.b in (select id from top)
        ${q.focus ? sql`and (e.a = ${q.focus} or e.b = ${q.focus})` : sql``}
      union all
      select 'total', '', null, null, null, (select count(*)::int from degree)`),
  );
  const nodes = rows.filter((r) => r.t === 'node');
  const labels = await labelsOf(
    db,
    nodes.map((r) => r.a),
  );
  const kindOf = { o: 'organisation', p: 'project', n: 'network' } as const;
  const totalNodes = Number(rows.find((r) => r.t === 'total')?.n ?? 0);
  return {
    nodes: nodes.map((r) => ({
      id: r.a,
      kind: kindOf[r.a[0] as 'o' | 'p' | 'n'],
      label: labels.get(r.a) ?? '',
      degree: Number(r.n),
    })),
    edges: rows
      .filter((r) => r.t === 'edge')
      .map((r) => ({
        source: r.a,
        target: r.b ?? '',
        kind: r.kind as Graph['edges'][number]['kind'],
        role: r.role ?? '',
      })),
    totalNodes,
    truncated: !q.focus && nodes.length < totalNodes,
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
