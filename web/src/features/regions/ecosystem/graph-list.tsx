import { Fragment, useEffect } from 'react';
import { styled } from 'styled-components';
import { Button, Heading, suomifiDesignTokens, VisuallyHidden } from 'suomifi-ui-components';
import { useLang } from '../../../i18n/use-lang.js';
import { useTranslation } from '../../../i18n/use-translation.js';
import { AppLink } from '../../../ui/app-link.js';
import { RuledList } from '../../../ui/ruled-list.js';
import { useGraphLabels } from './graph-labels.js';
import {
  type GraphEdge,
  type GraphNode,
  labelLang,
  linkGroupsOf,
  nodeKinds,
  nodePath,
} from './graph-model.js';

const { spacing } = suomifiDesignTokens;

const Name = styled.h4`
  margin: 0 0 ${spacing.xxs};
  font-size: 18px;
`;

const Meta = styled.p`
  margin: 0 0 ${spacing.xs};
`;

const Links = styled.dl`
  margin: 0 0 ${spacing.xs};

  & dt {
    font-weight: 600;
  }

  & dd {
    margin: 0 0 ${spacing.xxs};
  }

  & ul {
    margin: 0;
    padding-left: ${spacing.m};
  }
`;

/** The id of a node's heading, which takes focus when the node's links arrive. */
export const nodeHeadingId = (nodeId: string) => `graph-node-${nodeId.replace(':', '-')}`;

interface GraphListProps {
  /** The nodes in reading order. */
  order: GraphNode[];
  nodesById: Map<string, GraphNode>;
  linksOf: Map<string, GraphEdge[]>;
  onExpand: (node: GraphNode) => void;
  /** The node whose links came last: focus goes to it, where the new links are. */
  arrived: string | null;
}

/**
 * The graph as a list, the same nodes and links as the drawing: grouped by kind, each node with
 * its links read from its side, every name a link to its page. It is the graph's equivalent for
 * screen readers, keyboards and enlarged text, and the view shown first.
 */
export function GraphList({ order, nodesById, linksOf, onExpand, arrived }: GraphListProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const labels = useGraphLabels();
  const compare = new Intl.Collator(lang).compare;

  useEffect(() => {
    if (arrived) document.getElementById(nodeHeadingId(arrived))?.focus();
  }, [arrived]);

  return nodeKinds.map((kind) => {
    const nodes = order.filter((n) => n.kind === kind);
    if (nodes.length === 0) return null;
    return (
      <Fragment key={kind}>
        <Heading variant="h3" mb="s">
          {t(`regions.ecosystem.graph.kindHeading.${kind}`)}
        </Heading>
        <RuledList>
          {nodes.map((node) => {
            const edges = linksOf.get(node.id) ?? [];
            const groups = linkGroupsOf(node, edges, nodesById, compare);
            const hidden = node.degree > edges.length;
            return (
              <li key={node.id}>
                <Name id={nodeHeadingId(node.id)} tabIndex={-1}>
                  <AppLink to={nodePath(node, lang)} lang={labelLang(node, lang)}>
                    {node.label}
                  </AppLink>
                </Name>
                <Meta>
                  {labels.links(node.degree)}
                  {hidden && ` · ${t('regions.ecosystem.graph.shownOf', { shown: edges.length })}`}
                </Meta>
                {groups.length > 0 && (
                  <Links>
                    {groups.map((group) => (
                      <Fragment key={group.id}>
                        <dt>{labels.group(group)}</dt>
                        <dd>
                          <ul>
                            {group.links.map((link) => (
                              <li key={`${link.node.id}-${link.role}`}>
                                <AppLink
                                  to={nodePath(link.node, lang)}
                                  lang={labelLang(link.node, lang)}
                                >
                                  {link.node.label}
                                </AppLink>
                                {link.role && ` (${labels.role(group.id, link.role)})`}
                              </li>
                            ))}
                          </ul>
                        </dd>
                      </Fragment>
                    ))}
                  </Links>
                )}
                {hidden && (
                  <Button variant="secondary" onClick={() => onExpand(node)} mb="xs">
                    {t('regions.ecosystem.graph.expand')}
                    <VisuallyHidden>: {node.label}</VisuallyHidden>
                  </Button>
                )}
              </li>
            );
          })}
        </RuledList>
      </Fragment>
    );
  });
}
