import { suomifiDesignTokens } from 'suomifi-ui-components';
import type { GraphEdge, NodeKind } from './graph-model.js';

const { colors } = suomifiDesignTokens;

/**
 * How each kind of node is drawn, in the graph and in its legend alike. The shape tells the kinds
 * apart as well as the colour does (colour is never the only signal); each colour has at least
 * 4.5:1 contrast with the white background.
 */
export const nodeLook = {
  organisation: { colour: colors.highlightBase, shape: 'ellipse' },
  project: { colour: colors.successDark1, shape: 'round-rectangle' },
  network: { colour: colors.accentTertiaryDark1, shape: 'diamond' },
} as const satisfies Record<NodeKind, { colour: string; shape: string }>;

/** How each kind of link is drawn: solid, dashed or dotted; relations with an arrow. */
export const edgeLook = {
  project: { line: 'solid', dash: undefined },
  network: { line: 'dashed', dash: '6 4' },
  relation: { line: 'dotted', dash: '2 3' },
} as const satisfies Record<GraphEdge['kind'], { line: string; dash: string | undefined }>;

export const edgeColour = colors.depthDark1;
/** The selected node: a black ring on a yellow halo, visible on every node colour. */
export const selectedRing = colors.blackBase;
export const selectedHalo = colors.warningBase;
