import type { UseQueryResult } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { styled } from 'styled-components';
import { Heading, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import type { OrganisationSearchResult } from '../../../../../common/schemas/organisations.js';
import { useLang } from '../../../i18n/use-lang.js';
import { DelayedLoading } from '../../../ui/delayed-loading.js';
import { ErrorBox } from '../../../ui/error-box.js';
import { regionListQuery } from '../../regions/api.js';
import { localized } from '../labels.js';
import { type DirectoryState, directoryHref, regionListState } from '../search-state.js';
import type { RegionCount } from './region-counts.js';
import { RegionTable } from './region-table.js';

// The outlines and their drawing come only when the map is first shown.
const RegionMap = lazy(() => import('./region-map.js').then((m) => ({ default: m.RegionMap })));

const { colors, spacing, typography } = suomifiDesignTokens;

const Head = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: 0 ${spacing.m};
`;

const Count = styled.div`
  min-height: 1.5em;
  margin-bottom: ${spacing.m};
  font-weight: 600;
`;

/** The map and its table side by side where there is room, the table below it on a phone. */
const Layout = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${spacing.l} ${spacing.xl};
  margin-bottom: ${spacing.l};

  & > figure {
    flex: 0 1 20rem;
    min-width: 12rem;
    margin: 0;
  }

  & > div {
    flex: 1 1 16rem;
    min-width: 0;
  }
`;

const Source = styled.figcaption`
  margin-top: ${spacing.xs};
  ${typography.bodyTextSmall};
  color: ${colors.blackLight1};
`;

/** Room kept for the map while its code loads, so the table below does not jump. */
const MapPlaceholder = styled.div`
  aspect-ratio: 574 / 1000;
`;

interface MapSectionProps {
  state: DirectoryState;
  /** The search itself: its count heads the section as it does the list. */
  query: UseQueryResult<OrganisationSearchResult>;
  /** The same search without the region filter: what the regions are counted over. */
  regionResult: OrganisationSearchResult | undefined;
}

/**
 * The directory's results counted by region on a map of Finland, with a table of the same counts.
 * The counts are the search's region facet, so the map follows the text and every other filter.
 */
export function MapSection({ state, query, regionResult }: MapSectionProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { pathname } = useLocation();
  const regionList = useQuery(regionListQuery(lang));
  const data = query.isError ? undefined : query.data;
  const loadingNext = query.isPlaceholderData && query.isFetching;

  const counts = new Map((regionResult?.facets?.region ?? []).map((f) => [f.value, f.count]));
  const collator = new Intl.Collator(lang);
  const regions: RegionCount[] = (regionList.data?.items ?? [])
    .map((r) => {
      const name = localized(r.name, lang);
      const count = counts.get(r.code) ?? 0;
      return {
        code: r.code,
        name,
        count,
        href: directoryHref(pathname, regionListState(state, r.code)),
        selected: state.filters.region.includes(r.code),
        description: t('directory.map.region', { name: name.text, count }),
      };
    })
    .sort((a, b) => collator.compare(a.name.text, b.name.text));
  const onMap = regions.reduce((sum, r) => sum + r.count, 0);
  const withoutRegion = regionResult ? regionResult.total - onMap : 0;

  const error = query.error ?? regionList.error;
  return (
    <section aria-labelledby="directory-map-heading">
      <Head>
        <Heading variant="h2" id="directory-map-heading" mb="s">
          {t('directory.map.heading')}
        </Heading>
        <Count role="status">
          {data && !loadingNext ? t('directory.results.count', { count: data.total }) : ''}
        </Count>
      </Head>
      {(query.isPending || loadingNext || !regionResult || regionList.isPending) && (
        <DelayedLoading />
      )}
      {error && (
        <ErrorBox
          error={error}
          onRetry={() => void Promise.all([query.refetch(), regionList.refetch()])}
        />
      )}
      {regionResult && regionList.data && (
        <>
          <Paragraph mb="m">{t('directory.map.help')}</Paragraph>
          <Layout>
            <figure>
              <Suspense fallback={<MapPlaceholder />}>
                <RegionMap regions={regions} label={t('directory.map.mapLabel')} />
              </Suspense>
              <Source>{t('directory.map.source')}</Source>
            </figure>
            <div>
              <RegionTable regions={regions} />
            </div>
          </Layout>
          {withoutRegion > 0 && (
            <Paragraph mb="m">{t('directory.map.noRegion', { count: withoutRegion })}</Paragraph>
          )}
        </>
      )}
    </section>
  );
}
