import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../../../common/schemas/ecosystems.js';
import {
  type GraphNode,
  labelLang,
  linkGroupsOf,
  linksByNode,
  mergeGraphs,
  nodePath,
  orderNodes,
  stepSelection,
} from './graph-model.js';

const id = (kind: 'o' | 'p' | 'n', n: number) =>
  `${kind}:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const alfa = { id: id('o', 1), kind: 'organisation' as const, label: 'Alfa ry', degree: 3 };
const beta = { id: id('o', 2), kind: 'organisation' as const, label: 'Beta oy', degree: 1 };
const gamma = { id: id('o', 3), kind: 'organisation' as const, label: 'Gamma osk', degree: 2 };
const project = { id: id('p', 1), kind: 'project' as const, label: 'Hanke', degree: 2 };
const network = { id: id('n', 1), kind: 'network' as const, label: 'Verkosto', degree: 1 };

const graph: Graph = {
  nodes: [network, beta, project, alfa],
  edges: [
    { source: project.id, target: alfa.id, kind: 'project', role: 'lead' },
    { source: project.id, target: beta.id, kind: 'project', role: 'partner' },
    { source: network.id, target: alfa.id, kind: 'network', role: 'member' },
  ],
  totalNodes: 5,
  truncated: true,
};

const byName = (a: string, b: string) => a.localeCompare(b, 'fi');

describe('the region graph as the page reads it', () => {
  it('merges an expanded node’s neighbours and links without doubling the ones shown', () => {
    const expansion: Graph = {
      nodes: [alfa, gamma],
      edges: [
        { source: alfa.id, target: gamma.id, kind: 'relation', role: 'funds' },
        { source: network.id, target: alfa.id, kind: 'network', role: 'member' },
      ],
      totalNodes: 5,
      truncated: false,
    };
    const merged = mergeGraphs(graph, [expansion]);
    expect(merged.nodes.map((n) => n.label).sort()).toEqual(
      ['Alfa ry', 'Beta oy', 'Gamma osk', 'Hanke', 'Verkosto'].sort(),
    );
    expect(merged.edges).toHaveLength(4);
    expect(merged.truncated).toBe(true);
  });

  it('orders nodes by kind, then the most connected first, then by name', () => {
    expect(orderNodes(graph.nodes, byName).map((n) => n.label)).toEqual([
      'Alfa ry',
      'Beta oy',
      'Hanke',
      'Verkosto',
    ]);
  });

  it('groups an organisation’s links by what they are from its side', () => {
    const merged = mergeGraphs(graph, [
      {
        nodes: [gamma],
        edges: [{ source: alfa.id, target: gamma.id, kind: 'relation', role: 'funds' }],
        totalNodes: 5,
        truncated: false,
      },
    ]);
    const nodes = new Map(merged.nodes.map((n) => [n.id, n]));
    const links = linksByNode(merged);
    const read = (node: GraphNode) =>
      linkGroupsOf(node, links.get(node.id) ?? [], nodes, byName).map((g) => [
        g.id,
        g.links.map((l) => `${l.node.label}${l.role ? ` (${l.role})` : ''}`),
      ]);
    expect(read(alfa)).toEqual([
      ['projects', ['Hanke (lead)']],
      ['networks', ['Verkosto (member)']],
      ['funds', ['Gamma osk']],
    ]);
    expect(read(gamma)).toEqual([['fundedBy', ['Alfa ry']]]);
    expect(read(project)).toEqual([['partners', ['Alfa ry (lead)', 'Beta oy (partner)']]]);
    expect(read(network)).toEqual([['members', ['Alfa ry (member)']]]);
  });

  it('leaves out links to nodes that are not shown', () => {
    const nodes = new Map([alfa, project].map((n) => [n.id, n]));
    const groups = linkGroupsOf(alfa, linksByNode(graph).get(alfa.id) ?? [], nodes, byName);
    expect(groups.map((g) => g.id)).toEqual(['projects']);
  });

  it('links each node to its page and marks the Finnish labels of projects and networks', () => {
    expect(nodePath(alfa, 'sv')).toBe(`/sv/organisationer/${alfa.id.slice(2)}`);
    expect(nodePath(project, 'en')).toBe(`/en/projects/${project.id.slice(2)}`);
    expect(nodePath(network, 'fi')).toBe(`/fi/verkostot/${network.id.slice(2)}`);
    expect(labelLang(project, 'sv')).toBe('fi');
    expect(labelLang(project, 'fi')).toBeUndefined();
    expect(labelLang(alfa, 'en')).toBeUndefined();
  });

  it('moves the keyboard’s selection through the nodes and stops at the ends', () => {
    expect(stepSelection('ArrowDown', -1, 4)).toBe(0);
    expect(stepSelection('ArrowRight', 2, 4)).toBe(3);
    expect(stepSelection('ArrowDown', 3, 4)).toBe(3);
    expect(stepSelection('ArrowUp', 0, 4)).toBe(0);
    expect(stepSelection('End', 0, 4)).toBe(3);
    expect(stepSelection('Home', 3, 4)).toBe(0);
    expect(stepSelection('Enter', 1, 4)).toBeUndefined();
    expect(stepSelection('ArrowDown', -1, 0)).toBeUndefined();
  });
});
