import { useState } from 'react';
import { useLocation } from 'react-router';
import { styled } from 'styled-components';
import { Heading, suomifiDesignTokens } from 'suomifi-ui-components';
import { type FacetName, organisationStatuses } from '../../../../common/organisation-fields.js';
import type { OrganisationSearchResult } from '../../../../common/schemas/organisations.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { FilterGroup, type FilterOption } from './filter-group.js';
import { useFacetLabels } from './labels.js';
import {
  type DirectoryState,
  directoryHref,
  type FilterKey,
  filterKeys,
  hasFilters,
  toggleFilter,
} from './search-state.js';

const { colors, spacing } = suomifiDesignTokens;

const Groups = styled.div`
  border-top: 1px solid ${colors.depthLight1};
  margin-bottom: ${spacing.m};
`;

type Facets = NonNullable<OrganisationSearchResult['facets']>;

/** For each filter, the facets its counts come from; undefined while they load. */
export type FacetSources = Record<FilterKey, Facets | undefined>;

const legendKeys = {
  region: 'directory.filters.region',
  municipality: 'directory.filters.municipality',
  actorType: 'directory.filters.actorType',
  family: 'directory.filters.family',
  legalForm: 'directory.filters.legalForm',
  tolSection: 'directory.filters.tolSection',
  theme: 'directory.filters.theme',
  sdg: 'directory.filters.sdg',
  targetGroup: 'directory.filters.targetGroup',
  recognition: 'directory.filters.recognition',
  meets: 'directory.filters.meets',
  partialWorkAbility: 'directory.filters.partialWorkAbility',
  status: 'directory.filters.status',
} as const satisfies Record<FilterKey, string>;

function countsOf(sources: FacetSources, key: FilterKey): Map<string, number> | undefined {
  if (key === 'status') return undefined;
  const values = sources[key]?.[key as FacetName];
  return new Map((values ?? []).map((v) => [v.value, v.count]));
}

interface FilterPanelProps {
  state: DirectoryState;
  sources: FacetSources;
  onChange: (next: DirectoryState) => void;
  /** h2 on the directory's own page, h3 inside a section (a network's members). */
  headingLevel?: 2 | 3;
}

/**
 * The filters of the directory. A ticked box applies at once (the address changes, the results
 * follow); options are those found in the results, with how many, plus those already chosen.
 */
export function FilterPanel({ state, sources, onChange, headingLevel = 2 }: FilterPanelProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // A group with a choice in it opens by itself; the reader opens and closes the rest.
  const [open, setOpen] = useState<Partial<Record<FilterKey, boolean>>>(() =>
    Object.fromEntries(filterKeys.map((key) => [key, state.filters[key].length > 0])),
  );
  // Municipality names come with their regions: asked for only when the list is open.
  const municipalityRegions = open.municipality
    ? (sources.municipality?.region ?? []).map((r) => r.value)
    : [];
  const labels = useFacetLabels(municipalityRegions);

  const optionsOf = (key: FilterKey): FilterOption[] => {
    const counts = countsOf(sources, key);
    const values =
      counts === undefined
        ? [...organisationStatuses]
        : [...new Set([...counts.keys(), ...state.filters[key]])];
    return labels.sort(key, values).map((value) => ({
      value,
      label: labels.label(key, value),
      count: counts === undefined ? undefined : (counts.get(value) ?? 0),
    }));
  };

  return (
    <section aria-labelledby="directory-filters-heading">
      <Heading variant={`h${headingLevel}`} id="directory-filters-heading" mb="s">
        {t('directory.filters.heading')}
      </Heading>
      <Groups>
        {filterKeys.map((key) => {
          const options = optionsOf(key);
          // A filter with nothing to choose from in these results is left out.
          if (options.length === 0) return null;
          return (
            <FilterGroup
              key={key}
              id={`filter-${key}`}
              legend={t(legendKeys[key])}
              options={options}
              selected={state.filters[key]}
              open={open[key] ?? false}
              onOpenChange={(value) => setOpen((current) => ({ ...current, [key]: value }))}
              onToggle={(value, on) => onChange(toggleFilter(state, key, value, on))}
            />
          );
        })}
      </Groups>
      {hasFilters(state) && (
        <AppLink to={directoryHref(pathname, { q: state.q, sort: state.sort, view: state.view })}>
          {t('directory.filters.clear')}
        </AppLink>
      )}
    </section>
  );
}
