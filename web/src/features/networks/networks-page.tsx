import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { pickText } from '../../../../common/languages.js';
import { networkKinds, networkSorts } from '../../../../common/network-fields.js';
import { pagePath } from '../../../../common/routes.js';
import type { NetworkSearchResult } from '../../../../common/schemas/networks.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { ExportLinks } from '../../ui/export-links.js';
import {
  FilterForm,
  fromChoice,
  toChoice,
  toSearch,
  useUrlFilters,
  withAll,
} from '../../ui/filter-form.js';
import { SelectField } from '../../ui/form/select-field.js';
import { TextField } from '../../ui/form/text-field.js';
import { PageFrame } from '../../ui/page-frame.js';
import { PagedResults } from '../../ui/paged-results.js';
import { useMe } from '../auth/use-me.js';
import { regionListQuery } from '../regions/api.js';
import { networkSearchQuery } from './api.js';
import { type NetworkListFilters, networkFiltersFrom } from './filters.js';
import { NetworkList } from './network-list.js';

interface FormProps {
  filters: NetworkListFilters;
  /** Counts of each kind and region over the search without that filter. */
  facets: NetworkSearchResult['facets'] | undefined;
  onApply: (next: NetworkListFilters) => void;
}

/** Search, filters and order of the network list; the form starts from the URL each time it changes. */
function NetworkFilterForm({ filters, facets, onApply }: FormProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const regions = useQuery(regionListQuery(lang));
  const [q, setQ] = useState(filters.q);
  const [kind, setKind] = useState(toChoice(filters.kind));
  const [region, setRegion] = useState(toChoice(filters.region));
  const [sort, setSort] = useState(filters.sort || 'name');

  // "Alueellinen verkosto (3)": how many a choice would find, once the counts are in.
  const counted = (facet: 'kind' | 'region', value: string, label: string) => {
    if (!facets) return label;
    const count = facets[facet].find((f) => f.value === value)?.count ?? 0;
    return t('networks.filters.option', { label, count });
  };

  const apply = () => {
    const params = new URLSearchParams({
      q,
      kind: fromChoice(kind),
      region: fromChoice(region),
      sort: sort === 'name' ? '' : sort,
    });
    // Read back through the URL parser, so only valid values are ever put in the address.
    onApply(networkFiltersFrom(params));
  };

  return (
    <FilterForm label={t('networks.filters.label')} onSubmit={apply}>
      <TextField id="network-q" label={t('networks.filters.search')} value={q} onChange={setQ} />
      <SelectField
        id="network-kind"
        label={t('networks.filters.kind')}
        value={kind}
        onChange={setKind}
        options={withAll(
          t('networks.filters.allKinds'),
          networkKinds.map((k) => ({
            value: k,
            label: counted('kind', k, t(`networks.kinds.${k}`)),
          })),
        )}
      />
      <SelectField
        id="network-region"
        label={t('networks.filters.region')}
        value={region}
        onChange={setRegion}
        options={withAll(
          t('networks.filters.allRegions'),
          (regions.data?.items ?? []).map((r) => ({
            value: r.code,
            label: counted('region', r.code, pickText(r.name, lang).text),
          })),
        )}
      />
      <SelectField
        id="network-sort"
        label={t('networks.sort.label')}
        value={sort}
        onChange={setSort}
        options={networkSorts.map((s) => ({ value: s, label: t(`networks.sort.${s}`) }))}
      />
    </FilterForm>
  );
}

const pageSize = 20;

/** The programme's networks: search, filters with counts and order kept in the address, pages. */
export function NetworksPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const list = useUrlFilters(networkFiltersFrom);
  const search = toSearch({ ...list.filters, pageSize }).slice(1);
  // The files hold every match of the search, not only this page.
  const exportSearch = toSearch({ ...list.filters, page: '' }).slice(1);
  const query = useQuery(networkSearchQuery(lang, search));
  const facets = query.isError ? undefined : query.data?.facets;
  return (
    <PageFrame title={t('networks.title')}>
      <Paragraph mb="m">{t('networks.intro')}</Paragraph>
      {/* Coordinators set networks up; the API has the last word on where. */}
      {me.data?.permissions.moderate && (
        <Paragraph mb="l">
          <AppLink to={pagePath('networkNew', lang)}>{t('networks.newLink')}</AppLink>
        </Paragraph>
      )}
      <NetworkFilterForm
        key={list.formKey}
        filters={list.filters}
        facets={facets}
        onApply={list.apply}
      />
      <Heading variant="h2" mb="m">
        {t('networks.resultsHeading')}
      </Heading>
      <PagedResults
        query={query}
        countText={(count) => t('networks.count', { count })}
        emptyText={
          list.filters.q || list.filters.kind || list.filters.region
            ? t('networks.noMatches')
            : t('networks.empty')
        }
        hrefFor={list.hrefFor}
      >
        {(items) => <NetworkList items={items} />}
      </PagedResults>
      {query.data && query.data.total > 0 && (
        <ExportLinks
          hrefOf={(format) =>
            `/api/v1/networks/export?format=${format}&lang=${lang}&${exportSearch}`
          }
        />
      )}
    </PageFrame>
  );
}
