import type { Core } from 'cytoscape';
import { type KeyboardEvent, useId, useState } from 'react';
import { styled } from 'styled-components';
import { Button, suomifiDesignTokens } from 'suomifi-ui-components';
import type { Graph } from '../../../../../common/schemas/ecosystems.js';
import { useLang } from '../../../i18n/use-lang.js';
import { useTranslation } from '../../../i18n/use-translation.js';
import { AppLink } from '../../../ui/app-link.js';
import { GraphCanvas } from './graph-canvas.js';
import { useGraphLabels } from './graph-labels.js';
import { GraphLegend } from './graph-legend.js';
import { type GraphNode, nodePath, stepSelection } from './graph-model.js';

const { colors, spacing } = suomifiDesignTokens;

const Frame = styled.div`
  position: relative;
  height: min(32rem, 70vh);
  margin-bottom: ${spacing.s};
  border: 1px solid ${colors.depthLight1};
  background: ${colors.whiteBase};

  &:focus {
    outline: 3px solid ${colors.accentSecondary};
    outline-offset: 2px;
  }
`;

const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${spacing.s} ${spacing.m};
  margin-bottom: ${spacing.m};
`;

const Instructions = styled.p`
  margin: 0 0 ${spacing.s};
`;

const Selection = styled.p`
  min-height: 1.5em;
  margin: 0 0 ${spacing.xs};
  font-weight: 600;
`;

interface GraphViewProps {
  graph: Graph;
  /** The nodes in the order the keyboard moves through them: the list's. */
  order: GraphNode[];
  onExpand: (node: GraphNode) => void;
}

/**
 * The graph drawn, used with the keyboard alone: the drawing is one focusable element whose
 * arrow keys move a selection through the nodes in the list's order and whose Enter shows the
 * selected node's links. The selection is announced in a live region and offered beside the
 * drawing with its page and the same action, for pointer and keyboard alike.
 */
export function GraphView({ graph, order, onExpand }: GraphViewProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const labels = useGraphLabels();
  const instructionsId = useId();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const index = order.findIndex((n) => n.id === selectedId);
  const selected = order[index];

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      if (selected) onExpand(selected);
      event.preventDefault();
      return;
    }
    const next = stepSelection(event.key, index, order.length);
    if (next === undefined) return;
    event.preventDefault();
    setSelectedId(order[next]?.id ?? null);
  };

  const zoom = (factor: number) =>
    cy?.zoom({
      level: cy.zoom() * factor,
      renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
    });

  return (
    <>
      <GraphLegend />
      <Instructions id={instructionsId}>{t('regions.ecosystem.graph.instructions')}</Instructions>
      <Row>
        <Button variant="secondary" onClick={() => zoom(1.25)} disabled={!cy}>
          {t('regions.ecosystem.graph.zoomIn')}
        </Button>
        <Button variant="secondary" onClick={() => zoom(0.8)} disabled={!cy}>
          {t('regions.ecosystem.graph.zoomOut')}
        </Button>
        <Button variant="secondary" onClick={() => cy?.fit(undefined, 30)} disabled={!cy}>
          {t('regions.ecosystem.graph.fit')}
        </Button>
      </Row>
      <Frame
        role="application"
        tabIndex={0}
        aria-label={t('regions.ecosystem.graph.canvasLabel')}
        aria-describedby={instructionsId}
        onKeyDown={onKeyDown}
      >
        <GraphCanvas
          graph={graph}
          selectedId={selectedId}
          onSelect={setSelectedId}
          onReady={setCy}
        />
      </Frame>
      <Selection role="status">
        {selected
          ? t('regions.ecosystem.graph.selected', {
              name: selected.label,
              kind: labels.kind(selected.kind),
              links: labels.links(selected.degree),
            })
          : t('regions.ecosystem.graph.noneSelected')}
      </Selection>
      {selected && (
        <Row>
          <AppLink to={nodePath(selected, lang)}>
            {t('regions.ecosystem.graph.openPage', { name: selected.label })}
          </AppLink>
          {/* Always there once a node is selected, so that focus is not lost when all are shown. */}
          <Button variant="secondary" onClick={() => onExpand(selected)}>
            {t('regions.ecosystem.graph.expandSelected')}
          </Button>
        </Row>
      )}
    </>
  );
}
