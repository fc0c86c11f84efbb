import type { Lang } from '../../../../../common/languages.js';
import { type PageId, pagePath } from '../../../../../common/routes.js';
import type { Graph } from '../../../../../common/schemas/ecosystems.js';
import type { RelationType } from '../../../../../common/schemas/relations.js';
import { type Perspective, perspectiveOf, perspectives } from '../../relations/perspectives.js';

export type GraphNode = Graph['nodes'][number];
export type GraphEdge = Graph['edges'][number];
export type NodeKind = GraphNode['kind'];

/** The order of the kinds in the list, in the legend and for the keyboard. */
export const nodeKinds = ['organisation', 'project', 'network'] as const satisfies NodeKind[];

const pages = {
  organisation: 'organisation',
  project: 'project',
  network: 'network',
} as const satisfies Record<NodeKind, PageId>;

/** The page of a node's organisation, project or network. */
export function nodePath(node: Pick<GraphNode, 'id' | 'kind'>, lang: Lang): string {
  return pagePath(pages[node.kind], lang, { id: node.id.slice(2) });
}

/**
 * The language of a node's label, when not the page's: projects and networks are labelled with
 * their Finnish title; an organisation's name is its own, in whatever language it uses.
 */
export function labelLang(node: Pick<GraphNode, 'kind'>, lang: Lang): Lang | undefined {
  return node.kind === 'organisation' || lang === 'fi' ? undefined : 'fi';
}

/** A link's identity: the same two nodes may be linked more than once, in different roles. */
export const edgeKey = (e: GraphEdge) => `${e.kind}|${e.source}|${e.target}|${e.role}`;

/** The graph with the nodes and links of `more` (expanded nodes) that it lacks. */
export function mergeGraphs(graph: Graph, more: Graph[]): Graph {
  if (more.length === 0) return graph;
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const edges = new Map(graph.edges.map((e) => [edgeKey(e), e]));
  for (const part of more) {
    for (const n of part.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const e of part.edges) if (!edges.has(edgeKey(e))) edges.set(edgeKey(e), e);
  }
  return { ...graph, nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** Nodes in reading order: by kind, the most connected first, then by name. */
export function orderNodes(
  nodes: GraphNode[],
  compare: (a: string, b: string) => number,
): GraphNode[] {
  return [...nodes].sort(
    (a, b) =>
      nodeKinds.indexOf(a.kind) - nodeKinds.indexOf(b.kind) ||
      b.degree - a.degree ||
      compare(a.label, b.label) ||
      a.id.localeCompare(b.id),
  );
}

/**
 * How a node's links are grouped when read from its side: an organisation's projects and
 * networks, then its relations by how they read from it ("funds", "funded by"); a project's
 * partners; a network's members.
 */
export type LinkGroupId = 'projects' | 'networks' | 'partners' | 'members' | Perspective;

const groupOrder: readonly LinkGroupId[] = [
  'projects',
  'networks',
  'partners',
  'members',
  ...perspectives,
];

export interface NodeLink {
  /** The node at the other end. */
  node: GraphNode;
  /** The partner's or member's role; empty for a relation, whose group says it all. */
  role: string;
}

export interface LinkGroup {
  id: LinkGroupId;
  links: NodeLink[];
}

function groupOf(edge: GraphEdge, nodeId: string, kind: NodeKind): LinkGroupId {
  if (edge.kind === 'relation') {
    const sides = {
      type: edge.role as RelationType,
      from: { id: edge.source },
      to: { id: edge.target },
    };
    return perspectiveOf(sides, nodeId);
  }
  if (kind === 'organisation') return edge.kind === 'project' ? 'projects' : 'networks';
  return kind === 'project' ? 'partners' : 'members';
}

/** Indexes the links of a graph by node, so that the list can read them for each node at once. */
export function linksByNode(graph: Graph): Map<string, GraphEdge[]> {
  const index = new Map<string, GraphEdge[]>();
  const add = (id: string, e: GraphEdge) => {
    const list = index.get(id);
    if (list) list.push(e);
    else index.set(id, [e]);
  };
  for (const e of graph.edges) {
    add(e.source, e);
    add(e.target, e);
  }
  return index;
}

/** A node's links among the nodes shown, grouped and ordered as the list reads them. */
export function linkGroupsOf(
  node: GraphNode,
  edges: GraphEdge[],
  nodesById: Map<string, GraphNode>,
  compare: (a: string, b: string) => number,
): LinkGroup[] {
  const groups = new Map<LinkGroupId, NodeLink[]>();
  for (const e of edges) {
    const other = nodesById.get(e.source === node.id ? e.target : e.source);
    if (!other) continue;
    const id = groupOf(e, node.id, node.kind);
    const link = { node: other, role: e.kind === 'relation' ? '' : e.role };
    groups.set(id, [...(groups.get(id) ?? []), link]);
  }
  return groupOrder.flatMap((id) => {
    const links = groups.get(id);
    return links ? [{ id, links: links.sort((a, b) => compare(a.node.label, b.node.label)) }] : [];
  });
}

/** Where the keyboard's selection goes from `index` (-1: none yet) among `count` nodes. */
export function stepSelection(key: string, index: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return index < 0 ? 0 : Math.min(index + 1, count - 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return index < 0 ? 0 : Math.max(index - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
