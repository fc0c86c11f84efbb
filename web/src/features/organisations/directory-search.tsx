import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { styled } from 'styled-components';
import { Button, suomifiDesignTokens } from 'suomifi-ui-components';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { keepFocus } from '../../ui/keep-focus-heading.js';
import { searchQuery } from './api.js';
import { type FacetSources, FilterPanel } from './filter-panel.js';
import { MapSection } from './map/map-section.js';
import { ProposeMissing } from './propose-links.js';
import { Results } from './results.js';
import { SearchForm } from './search-form.js';
import {
  type DirectoryScope,
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

/**
 * The search and, for each filter with a choice, the same search without that filter: a filter's
 * options are counted over the results the other filters give, so that more than one can be
 * chosen (Uusimaa or Pirkanmaa). A filter without a choice is counted over the result itself.
 */
function useDirectorySearch(state: DirectoryState, scope: DirectoryScope | undefined) {
  const lang = useLang();
  const main = useQuery(searchQuery(lang, state, scope));
  const chosen = filterKeys.filter((key) => key !== 'status' && state.filters[key].length > 0);
  const others = useQueries({
    queries: chosen.map((key) => ({
      ...searchQuery(lang, withoutFilter(state, key), scope),
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

/** The search of the page's address, as the directory reads it. */
export function useDirectoryState(): DirectoryState {
  const [params] = useSearchParams();
  return useMemo(() => parseDirectoryState(params), [params]);
}

interface DirectorySearchProps {
  /** The members of one network only; the whole directory without it. */
  scope?: DirectoryScope;
  /** Shown inside another site: organisations open on Kudos in a new tab. */
  embedded?: boolean;
  /** The level of the filters' and results' headings: h2 on a page of its own, h3 in a section. */
  headingLevel?: 2 | 3;
  /** What an empty directory says (nothing searched, nothing found), e.g. a network's. */
  emptyText?: string;
}

/**
 * The directory's search: text, filters with counts, sorting and pages, all in the page's address.
 * The whole directory on its own page also has the map and the way to propose a missing
 * organisation; a network's members and a directory shown inside another site have neither, and
 * suggest no organisations from outside them. The page's h1 must be a KeepFocusHeading, so that a
 * change made here keeps the reader where they are.
 */
export function DirectorySearch({
  scope,
  embedded = false,
  headingLevel = 2,
  emptyText,
}: DirectorySearchProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname, search: current } = useLocation();
  const state = useDirectoryState();
  const { main, sources, regionResult } = useDirectorySearch(state, scope);
  const whole = !scope && !embedded;

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

  return (
    <>
      <SearchForm q={state.q} onSearch={search} suggestOrganisations={whole} />
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
        {whole && <ViewSwitch state={state} compact />}
      </NarrowBar>
      <Columns>
        <div>
          <FilterArea id="directory-filter-area" $open={filtersOpen}>
            <FilterPanel
              state={state}
              sources={sources}
              onChange={go}
              headingLevel={headingLevel}
            />
          </FilterArea>
        </div>
        <div>
          {whole && (
            <WideOnly>
              <ViewSwitch state={state} />
            </WideOnly>
          )}
          {whole && state.view === 'map' ? (
            <MapSection state={state} query={main} regionResult={regionResult} />
          ) : (
            <Results
              state={state}
              query={main}
              onChange={go}
              scope={scope}
              headingLevel={headingLevel}
              newTab={embedded}
              emptyText={emptyText}
            />
          )}
          {whole && <ProposeMissing state={state} result={main.isError ? undefined : main.data} />}
        </div>
      </Columns>
    </>
  );
}
