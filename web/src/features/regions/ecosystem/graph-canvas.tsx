import cytoscape, {
  type Core,
  type ElementDefinition,
  type NodeSingular,
  type StylesheetJson,
} from 'cytoscape';
import { useEffect, useRef } from 'react';
import { styled } from 'styled-components';
import type { Graph } from '../../../../../common/schemas/ecosystems.js';
import { edgeKey, linksByNode, nodeKinds } from './graph-model.js';
import { edgeColour, edgeLook, nodeLook, selectedHalo, selectedRing } from './graph-style.js';

const Canvas = styled.div`
  position: absolute;
  inset: 0;
`;

/**
 * Which nodes carry their name: all of a small graph; of a larger one, the few most connected
 * (names of a hundred nodes would cover one another). The others show it when they or a
 * neighbour with few links are selected.
 */
const allNamedUpTo = 30;
const namedNodes = 12;
const namedNeighboursUpTo = 15;

const style: StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 1.5,
      'border-color': '#fff',
      'font-family': '"Source Sans 3", Arial, sans-serif',
      'font-size': 13,
      color: '#212121',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '160px',
      'text-background-color': '#fff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
    },
  },
  ...nodeKinds.map((kind) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': nodeLook[kind].colour, shape: nodeLook[kind].shape },
  })),
  // Labels are drawn as text on the canvas: nothing in them is read as markup.
  { selector: 'node.named, node.near-named, node.selected', style: { label: 'data(label)' } },
  {
    selector: 'node.selected',
    style: {
      'border-width': 4,
      'border-color': selectedRing,
      'underlay-color': selectedHalo,
      'underlay-opacity': 1,
      'underlay-padding': 6,
      'underlay-shape': 'ellipse',
      'font-weight': 'bold',
      'z-index': 10,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': edgeColour,
      'target-arrow-color': edgeColour,
      'curve-style': 'bezier',
      opacity: 0.8,
    },
  },
  ...(['project', 'network', 'relation'] as const).map((kind) => ({
    selector: `edge[kind = "${kind}"]`,
    style: { 'line-style': edgeLook[kind].line },
  })),
  // A relation reads from one side to the other; a partnership reads the same both ways.
  {
    selector: 'edge[kind = "relation"][role != "partner_of"]',
    style: { 'target-arrow-shape': 'triangle' },
  },
  {
    selector: 'edge.near',
    style: { width: 3, 'line-color': selectedRing, 'target-arrow-color': selectedRing, opacity: 1 },
  },
] as StylesheetJson;

const nodeSize = (degree: number) => Math.round(14 + 7 * Math.log2(1 + Math.min(degree, 200)));

/** Adds the nodes and links of `graph` that are not drawn yet; true when something was added. */
function addMissing(cy: Core, graph: Graph): boolean {
  const named = new Set(
    [...graph.nodes]
      .filter((n) => graph.nodes.length <= allNamedUpTo || n.degree >= 3)
      .sort((a, b) => b.degree - a.degree)
      .slice(0, graph.nodes.length <= allNamedUpTo ? allNamedUpTo : namedNodes)
      .map((n) => n.id),
  );
  const links = linksByNode(graph);
  const added: ElementDefinition[] = [];
  for (const n of graph.nodes) {
    if (!cy.getElementById(n.id).empty()) continue;
    // A new node starts beside a neighbour already placed, so that the layout moves little.
    const neighbour = (links.get(n.id) ?? [])
      .map((e) => cy.getElementById(e.source === n.id ? e.target : e.source))
      .find((c) => !c.empty()) as NodeSingular | undefined;
    const at = neighbour?.position();
    added.push({
      group: 'nodes',
      data: { id: n.id, label: n.label, kind: n.kind, size: nodeSize(n.degree) },
      classes: named.has(n.id) ? 'named' : '',
      ...(at
        ? { position: { x: at.x + Math.random() * 40 - 20, y: at.y + Math.random() * 40 - 20 } }
        : {}),
    });
  }
  for (const e of graph.edges) {
    const id = edgeKey(e);
    if (!cy.getElementById(id).empty()) continue;
    added.push({
      group: 'edges',
      data: { id, source: e.source, target: e.target, kind: e.kind, role: e.role },
    });
  }
  if (added.length > 0) cy.add(added);
  return added.length > 0;
}

interface GraphCanvasProps {
  graph: Graph;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** The drawing, for the zoom buttons; null when it is gone. */
  onReady: (cy: Core | null) => void;
}

/**
 * The region's graph drawn with Cytoscape.js, laid out by force without animation (motion only on
 * request). The page scrolls over it as over any picture: zooming is left to the buttons.
 */
export function GraphCanvas({ graph, selectedId, onSelect, onReady }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style,
      userZoomingEnabled: false,
      boxSelectionEnabled: false,
      autounselectify: true,
      minZoom: 0.1,
      maxZoom: 4,
    });
    cy.on('tap', 'node', (event) => select.current(event.target.id()));
    cyRef.current = cy;
    onReady(cy);
    return () => {
      onReady(null);
      cyRef.current = null;
      cy.destroy();
    };
  }, [onReady]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const first = cy.elements().empty();
    if (!addMissing(cy, graph)) return;
    cy.layout({ name: 'cose', animate: false, randomize: first, fit: true, padding: 30 }).run();
  }, [graph]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new graph may bring the selected node's new links
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.elements('.selected, .near, .near-named').removeClass('selected near near-named');
    const node = selectedId ? cy.getElementById(selectedId) : undefined;
    if (!node || node.empty()) return;
    node.addClass('selected');
    node.connectedEdges().addClass('near');
    const neighbours = node.neighborhood('node');
    if (neighbours.length <= namedNeighboursUpTo) neighbours.addClass('near-named');
    // Out of sight after zooming or panning: bring it to the middle (at once, without motion).
    const box = node.renderedBoundingBox({});
    if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height()) cy.center(node);
  }, [selectedId, graph]);

  return <Canvas ref={container} aria-hidden="true" />;
}
