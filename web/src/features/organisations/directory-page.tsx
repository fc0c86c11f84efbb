import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { styled } from 'styled-components';
import { Button, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { useLang } from '../../i18n/use-lang.js';
import { AppLink } from '../../ui/app-link.js';
import { Breadcrumbs } from '../../ui/breadcrumbs.js';
import { PageTitle } from '../../ui/page-title.js';
import { useMe } from '../auth/use-me.js';
import { searchQuery } from './api.js';
import { type FacetSources, FilterPanel } from './filter-panel.js';
import { KeepFocusHeading, keepFocus } from './keep-focus-heading.js';
import { MapSection } from './map/map-section.js';
import { ProposeMissing } from './propose-links.js';
import { Results } from './results.js';
import { SearchForm } from './search-form.js';
import {
  type DirectoryState,
  directoryHref,
  filterKeys,
  parseDirectoryState,
  withoutFilter,
} from './search-state.js';
import { ViewSwitch } from './view-switch.js';

const { spacing } = suomifiDesignTokens;

const Columns = styled.div`
  display: grid;
  gap: ${spacing.m};

  @media (min-width: 56rem) {
    gap: ${spacing.xl};
    grid-template-columns: minmax(15rem, 20rem) minmax(0, 1fr);
  }
`;

/** The introduction, in a smaller type on a phone so that the search starts higher. */
const Intro = styled.div`
  @media (max-width: 40rem) {
    & p {
      font-size: 16px;
      line-height: 1.5;
    }
  }
`;

/** Where the columns stack: the filters fold behind a button so that the results come first. */
const stacked = '(max-width: 55.99rem)';

/** Where the columns stack: the filters button and the view switch share one row. */
const NarrowBar = styled.div`
  display: none;

  @media ${stacked} {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${spacing.s};
  }
`;

const WideOnly = styled.div`
  @media ${stacked} {
    display: none;
  }
`;

const FilterArea = styled.div<{ $open: boolean }>`
  @media ${stacked} {
    display: ${({ $open }) => ($open ? 'block' : 'none')};
  }
`;

const Links = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${spacing.s} ${spacing.l};
  margin: 0 0 ${spacing.l};
  padding: 0;
  list-style: none;
`;

/** Links for those who may add organisations: propose one, or (moderators) import a file. */
function AddLinks() {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  if (!me.data) return null;
  return (
    <Links>
      <li>
        <AppLink to={pagePath('organisationNew', lang)}>{t('directory.propose')}</AppLink>
      </li>
      {me.data.permissions.moderate && (
        <li>
          <AppLink to={pagePath('organisationImport', lang)}>{t('directory.import')}</AppLink>
        </li>
      )}
    </Links>
  );
}

/**
 * The search and, for each filter with a choice, the same search without that filter: a filter's
 * options are counted over the results the other filters give, so that more than one can be
 * chosen (Uusimaa or Pirkanmaa). A filter without a choice is counted over the result itself.
 */
function useDirectorySearch(state: DirectoryState) {
  const lang = useLang();
  const main = useQuery(searchQuery(lang, state));
  const chosen = filterKeys.filter((key) => key !== 'status' && state.filters[key].length > 0);
  const others = useQueries({
    queries: chosen.map((key) => ({
      ...searchQuery(lang, withoutFilter(state, key)),
      // Each place in this list may hold another filter next time: never show another's data.
      placeholderData: undefined,
    })),
  });
  const sources = Object.fromEntries(
    filterKeys.map((key) => {
      const index = chosen.indexOf(key);
      const own = index >= 0 ? others[index]?.data?.facets : undefined;
      return [key, own ?? main.data?.facets];
    }),
  ) as FacetSources;
  // The map counts regions over the search without its region filter, as that filter's options are.
  const regionIndex = chosen.indexOf('region');
  const regionResult = regionIndex >= 0 ? others[regionIndex]?.data : main.data;
  return { main, sources, regionResult };
}

/** The public directory of organisations: text search, filters, sorting and pages, all in the URL. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { pathname, search: current } = useLocation();
  const [params] = useSearchParams();
  const state = useMemo(() => parseDirectoryState(params), [params]);
  const { main, sources, regionResult } = useDirectorySearch(state);

  // Changes made here keep the reader where they are: no jump to the top, no focus to the heading.
  // Searching again for the same thing adds no step to the history.
  const go = (next: DirectoryState) => {
    const href = directoryHref(pathname, next);
    const replace = href === `${pathname}${current}`;
    void navigate(href, { state: keepFocus, preventScrollReset: true, replace });
  };

  const search = (q: string) => {
    const sort = !q && state.sort === 'relevance' ? '' : state.sort;
    go({ ...state, q, sort, page: 1 });
  };

  // On a narrow screen the filters are behind a button that says how many are chosen.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const chosen = filterKeys.reduce((n, key) => n + state.filters[key].length, 0);

  const title = t('directory.title');
  return (
    <>
      <PageTitle page={title} />
      <Breadcrumbs
        items={[{ label: t('nav.home'), to: pagePath('home', lang) }, { label: title }]}
      />
      <KeepFocusHeading>{title}</KeepFocusHeading>
      <Intro>
        <Paragraph mb="m">{t('directory.intro')}</Paragraph>
      </Intro>
      <AddLinks />
      <SearchForm q={state.q} onSearch={search} />
      <NarrowBar>
        <Button
          variant="secondary"
          aria-expanded={filtersOpen}
          aria-controls="directory-filter-area"
          onClick={() => setFiltersOpen((open) => !open)}
        >
          {chosen > 0
            ? t('directory.filters.toggleCount', { count: chosen })
            : t('directory.filters.toggle')}
        </Button>
        <ViewSwitch state={state} compact />
      </NarrowBar>
      <Columns>
        <div>
          <FilterArea id="directory-filter-area" $open={filtersOpen}>
            <FilterPanel state={state} sources={sources} onChange={go} />
          </FilterArea>
        </div>
        <div>
          <WideOnly>
            <ViewSwitch state={state} />
          </WideOnly>
          {state.view === 'map' ? (
            <MapSection state={state} query={main} regionResult={regionResult} />
          ) : (
            <Results state={state} query={main} onChange={go} />
          )}
          <ProposeMissing state={state} result={main.isError ? undefined : main.data} />
        </div>
      </Columns>
    </>
  );
}
