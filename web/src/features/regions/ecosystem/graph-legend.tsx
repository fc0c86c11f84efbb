import { styled } from 'styled-components';
import { suomifiDesignTokens } from 'suomifi-ui-components';
import { useTranslation } from '../../../i18n/use-translation.js';
import { nodeKinds } from './graph-model.js';
import { edgeColour, edgeLook, nodeLook } from './graph-style.js';

const { spacing } = suomifiDesignTokens;

const List = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${spacing.xs} ${spacing.l};
  margin: 0 0 ${spacing.s};
  padding: 0;
  list-style: none;

  & li {
    display: flex;
    align-items: center;
    gap: ${spacing.xs};
  }

  & svg {
    flex: none;
  }
`;

const Caption = styled.p`
  margin: 0 0 ${spacing.xxs};
  font-weight: 600;
`;

/** A node's symbol as the graph draws it. */
function NodeSymbol({ kind }: { kind: keyof typeof nodeLook }) {
  const { colour, shape } = nodeLook[kind];
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
      {shape === 'ellipse' && <circle cx="10" cy="10" r="8" fill={colour} />}
      {shape === 'round-rectangle' && (
        <rect x="2" y="4" width="16" height="12" rx="3" fill={colour} />
      )}
      {shape === 'diamond' && <path d="M10 1 19 10 10 19 1 10Z" fill={colour} />}
    </svg>
  );
}

function EdgeSymbol({ kind }: { kind: keyof typeof edgeLook }) {
  return (
    <svg width="32" height="12" viewBox="0 0 32 12" aria-hidden="true">
      <line
        x1="1"
        y1="6"
        x2={kind === 'relation' ? 24 : 31}
        y2="6"
        stroke={edgeColour}
        strokeWidth="2"
        strokeDasharray={edgeLook[kind].dash}
      />
      {kind === 'relation' && <path d="M24 1 31 6 24 11Z" fill={edgeColour} />}
    </svg>
  );
}

/** What the graph's shapes and lines mean. */
export function GraphLegend() {
  const { t } = useTranslation();
  return (
    <>
      <Caption>{t('regions.ecosystem.graph.legend')}</Caption>
      <List>
        {nodeKinds.map((kind) => (
          <li key={kind}>
            <NodeSymbol kind={kind} />
            {t(`regions.ecosystem.graph.kindHeading.${kind}`)}
          </li>
        ))}
      </List>
      <List>
        {(['project', 'network', 'relation'] as const).map((kind) => (
          <li key={kind}>
            <EdgeSymbol kind={kind} />
            {t(`regions.ecosystem.graph.edge.${kind}`)}
          </li>
        ))}
      </List>
    </>
  );
}
