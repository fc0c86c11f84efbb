import { useQueries, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import { styled } from 'styled-components';
import { Heading, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import { useLang } from '../../../i18n/use-lang.js';
import { useTranslation } from '../../../i18n/use-translation.js';
import { DelayedLoading } from '../../../ui/delayed-loading.js';
import { ErrorBox } from '../../../ui/error-box.js';
import { useHydrated } from '../../../ui/use-hydrated.js';
import { ViewChoice } from '../../../ui/view-choice.js';
import { regionGraphQuery } from '../api.js';
import type { RegionSectionProps } from '../region-sections.js';
import { GraphList } from './graph-list.js';
import { type GraphNode, linksByNode, mergeGraphs, orderNodes } from './graph-model.js';

// The drawn graph, its keyboard and its drawing library come only when the graph is first shown.
const GraphView = lazy(() => import('./graph-view.js').then((m) => ({ default: m.GraphView })));

const Status = styled.p`
  min-height: 1.5em;
  margin: 0 0 ${suomifiDesignTokens.spacing.s};
`;

type View = 'list' | 'graph';

/** The page's address with a view of the graph; the list, the default, needs nothing. */
function viewHref(pathname: string, search: string, view: View): string {
  const params = new URLSearchParams(search);
  if (view === 'list') params.delete('view');
  else params.set('view', view);
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/**
 * The region's organisations, projects and networks and the links among them, the most connected
 * first (at most 100), as a list (the default, which every reader can use) or as a drawn graph.
 * A node's other links are fetched on request and merged into both views.
 */
export function RegionGraph({ region }: RegionSectionProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { pathname, search } = useLocation();
  const view: View = new URLSearchParams(search).get('view') === 'graph' ? 'graph' : 'list';
  const base = useQuery(regionGraphQuery(region.code, lang));
  const [expanded, setExpanded] = useState<string[]>([]);
  const expansions = useQueries({
    queries: expanded.map((id) => regionGraphQuery(region.code, lang, id)),
  });
  const [awaiting, setAwaiting] = useState<GraphNode | null>(null);
  const [arrived, setArrived] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  const arrivedAt = expansions.map((q) => q.dataUpdatedAt).join();
  // biome-ignore lint/correctness/useExhaustiveDependencies: arrivedAt stands for the expansions' data
  const graph = useMemo(
    () =>
      base.data &&
      mergeGraphs(
        base.data,
        expansions.flatMap((q) => (q.data ? [q.data] : [])),
      ),
    [base.data, arrivedAt],
  );
  const order = useMemo(
    () => (graph ? orderNodes(graph.nodes, new Intl.Collator(lang).compare) : []),
    [graph, lang],
  );
  const nodesById = useMemo(() => new Map(order.map((n) => [n.id, n])), [order]);
  const linksOf = useMemo(() => (graph ? linksByNode(graph) : new Map()), [graph]);

  // When the links asked for arrive, say so, and the list moves focus to them.
  const awaited = awaiting ? expansions[expanded.indexOf(awaiting.id)] : undefined;
  useEffect(() => {
    if (!awaiting || !awaited || awaited.isPending) return;
    if (awaited.isSuccess) {
      setMessage(t('regions.ecosystem.graph.expanded', { name: awaiting.label }));
      setArrived(awaiting.id);
    }
    setAwaiting(null);
  }, [awaiting, awaited, t]);

  const expand = (node: GraphNode) => {
    setArrived(null);
    if (expanded.includes(node.id) || node.degree <= (linksOf.get(node.id)?.length ?? 0)) {
      setMessage(t('regions.ecosystem.graph.expandedNothing', { name: node.label }));
      return;
    }
    setMessage('');
    setExpanded([...expanded, node.id]);
    setAwaiting(node);
  };

  const failed = expansions.find((q) => q.isError);
  // The drawing is made in the browser only: the server cannot wait for its code.
  const hydrated = useHydrated();
  return (
    <>
      <Heading variant="h2" mb="m">
        {t('regions.ecosystem.graph.heading')}
      </Heading>
      <Paragraph mb="m">{t('regions.ecosystem.graph.intro')}</Paragraph>
      {base.isPending && <DelayedLoading />}
      {base.isError && <ErrorBox error={base.error} onRetry={() => void base.refetch()} />}
      {graph && graph.nodes.length === 0 && (
        <Paragraph mb="xxl">{t('regions.ecosystem.graph.empty')}</Paragraph>
      )}
      {graph && graph.nodes.length > 0 && (
        <>
          <ViewChoice
            label={t('regions.ecosystem.graph.viewLabel')}
            options={(['list', 'graph'] as const).map((id) => ({
              id,
              label: t(`regions.ecosystem.graph.${id}`),
              to: viewHref(pathname, search, id),
            }))}
            current={view}
          />
          {graph.totalNodes > graph.nodes.length && (
            <Paragraph mb="s">
              {t('regions.ecosystem.graph.truncated', {
                shown: graph.nodes.length,
                total: graph.totalNodes,
              })}
            </Paragraph>
          )}
          <Status role="status">{message}</Status>
          {failed && <ErrorBox error={failed.error} onRetry={() => void failed.refetch()} />}
          {view === 'list' ? (
            <GraphList
              order={order}
              nodesById={nodesById}
              linksOf={linksOf}
              onExpand={expand}
              arrived={arrived}
            />
          ) : (
            <Suspense fallback={<DelayedLoading />}>
              {hydrated ? (
                <GraphView graph={graph} order={order} onExpand={expand} />
              ) : (
                <DelayedLoading />
              )}
            </Suspense>
          )}
        </>
      )}
    </>
  );
}
