import type { UseQueryResult } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { styled } from 'styled-components';
import { Heading, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import type { OrganisationSearchResult } from '../../../../../common/schemas/organisations.js';
import { useLang } from '../../../i18n/use-lang.js';
import { useTranslation } from '../../../i18n/use-translation.js';
import { DelayedLoading } from '../../../ui/delayed-loading.js';
import { ErrorBox } from '../../../ui/error-box.js';
import type { MapRegion } from '../../../ui/region-map.js';
import { MapLayout, RegionMapFigure } from '../../../ui/region-map-figure.js';
import { regionListQuery } from '../../regions/api.js';
import { localized } from '../labels.js';
import { type DirectoryState, directoryHref, regionListState } from '../search-state.js';
import { type RegionCount, shadeStep } from './region-counts.js';
import { RegionTable } from './region-table.js';

const { spacing } = suomifiDesignTokens;

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
  // A region with none stays grey, unnumbered and no link: nineteen zeros would hide the few
  // numbers that matter.
  const number = new Intl.NumberFormat(lang);
  const max = Math.max(0, ...regions.map((r) => r.count));
  const mapRegions: MapRegion[] = regions.map((r) => ({
    code: r.code,
    shade: shadeStep(r.count, max),
    href: r.count > 0 ? r.href : undefined,
    description: r.description,
    mark: r.count > 0 ? number.format(r.count) : undefined,
    selected: r.selected,
  }));
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
          <MapLayout>
            <RegionMapFigure regions={mapRegions} label={t('directory.map.mapLabel')} />
            <div>
              <RegionTable regions={regions} />
            </div>
          </MapLayout>
          {withoutRegion > 0 && (
            <Paragraph mb="m">{t('directory.map.noRegion', { count: withoutRegion })}</Paragraph>
          )}
        </>
      )}
    </section>
  );
}
