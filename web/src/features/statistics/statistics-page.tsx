import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { Heading, Paragraph } from 'suomifi-ui-components';
import type {
  StatisticsCatalogue,
  StatisticsTable,
} from '../../../../common/schemas/statistics.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { ExportLinks } from '../../ui/export-links.js';
import { FilterForm, toSearch, useUrlFilters } from '../../ui/filter-form.js';
import { SelectField } from '../../ui/form/select-field.js';
import { PageFrame } from '../../ui/page-frame.js';
import { catalogueQuery, type TableChoice, tableQuery, tableSearch } from './api.js';
import { StatisticsTableView } from './statistics-table.js';

const none = 'none';

const choiceFrom = (params: URLSearchParams): TableChoice => ({
  round: params.get('round') ?? '',
  indicator: params.get('indicator') ?? '',
  measure: params.get('measure') ?? '',
  by1: params.get('by1') ?? '',
  by2: params.get('by2') ?? '',
  population: params.get('population') ?? '',
});

/** The choice filled in where the address leaves it open, and kept to what the catalogue offers. */
function complete(choice: TableChoice, catalogue: StatisticsCatalogue): TableChoice {
  const indicator =
    catalogue.indicators.find((i) => i.code === choice.indicator) ??
    catalogue.indicators.find((i) => i.code === 'legal_family') ??
    catalogue.indicators[0];
  const measures = indicator?.measures ?? [];
  const breakdown = (b: string) => catalogue.breakdowns.some((x) => x.code === b);
  const by1 =
    choice.by1 === none ? '' : breakdown(choice.by1) ? choice.by1 : choice.by1 ? '' : 'region';
  const by2 = breakdown(choice.by2) && choice.by2 !== by1 ? choice.by2 : '';
  return {
    round: catalogue.rounds.find((r) => r.id === choice.round)?.id ?? catalogue.rounds[0]?.id ?? '',
    indicator: indicator?.code ?? '',
    measure: measures.includes(choice.measure as never) ? choice.measure : (measures[0] ?? 'count'),
    by1,
    by2: by1 ? by2 : '',
    population: catalogue.populations.some((p) => p.code === choice.population)
      ? choice.population
      : 'respondents',
  };
}

interface BuilderProps {
  catalogue: StatisticsCatalogue;
  choice: TableChoice;
  onApply: (next: TableChoice) => void;
}

/** The table's choices; the address keeps them, so that a table can be shared and returned to. */
function Builder({ catalogue, choice, onApply }: BuilderProps) {
  const { t } = useTranslation();
  const [next, setNext] = useState(choice);
  const set = (key: keyof TableChoice) => (value: string) =>
    setNext((c) => ({ ...c, [key]: value }));
  const indicator = catalogue.indicators.find((i) => i.code === next.indicator);
  const breakdownOptions = [
    { value: none, label: t('statistics.builder.noBreakdown') },
    ...catalogue.breakdowns.map((b) => ({ value: b.code, label: b.label })),
  ];
  return (
    <FilterForm
      label={t('statistics.builder.label')}
      onSubmit={() => onApply(complete({ ...next, by1: next.by1 || none }, catalogue))}
    >
      <SelectField
        id="statistics-round"
        label={t('statistics.builder.round')}
        value={next.round}
        options={catalogue.rounds.map((r) => ({ value: r.id, label: r.name }))}
        onChange={set('round')}
      />
      <SelectField
        id="statistics-indicator"
        label={t('statistics.builder.indicator')}
        value={next.indicator}
        options={catalogue.indicators.map((i) => ({ value: i.code, label: i.label }))}
        onChange={set('indicator')}
      />
      <SelectField
        id="statistics-measure"
        label={t('statistics.builder.measure')}
        value={
          indicator?.measures.includes(next.measure as never)
            ? next.measure
            : (indicator?.measures[0] ?? '')
        }
        options={catalogue.measures
          .filter((m) => indicator?.measures.includes(m.code))
          .map((m) => ({ value: m.code, label: m.label }))}
        onChange={set('measure')}
      />
      <SelectField
        id="statistics-by1"
        label={t('statistics.builder.by1')}
        value={next.by1 || none}
        options={breakdownOptions}
        onChange={set('by1')}
      />
      <SelectField
        id="statistics-by2"
        label={t('statistics.builder.by2')}
        value={next.by2 || none}
        options={breakdownOptions}
        onChange={(v) => set('by2')(v === none ? '' : v)}
      />
      <SelectField
        id="statistics-population"
        label={t('statistics.builder.population')}
        value={next.population}
        options={catalogue.populations.map((p) => ({ value: p.code, label: p.label }))}
        onChange={set('population')}
      />
    </FilterForm>
  );
}

function Result({
  choice,
  onSuggest,
}: {
  choice: TableChoice;
  onSuggest: (by: string[]) => string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useQuery(tableQuery(choice, lang));
  if (query.isPending) return <DelayedLoading />;
  if (query.isError) return <ErrorBox error={query.error} onRetry={() => void query.refetch()} />;
  const table: StatisticsTable = query.data;
  const search = tableSearch(choice);
  return (
    <section aria-labelledby="statistics-result">
      <Heading variant="h2" id="statistics-result" mb="s">
        {table.indicator.label}
      </Heading>
      {table.mostlySuppressed && (
        <Paragraph mb="m">
          {t('statistics.table.mostlySuppressed')}{' '}
          {table.suggestion && (
            <AppLink to={onSuggest(table.suggestion.by)}>
              {t('statistics.table.tryCoarser')}
            </AppLink>
          )}
        </Paragraph>
      )}
      <StatisticsTableView table={table} />
      <dl>
        {table.legend.map((l) => (
          <div key={l.symbol}>
            <dt style={{ display: 'inline' }}>{l.symbol}</dt>{' '}
            <dd style={{ display: 'inline', margin: 0 }}>{l.text}</dd>
          </div>
        ))}
      </dl>
      {table.notes.map((note) => (
        <Paragraph key={note} mb="xs">
          {note}
        </Paragraph>
      ))}
      <ExportLinks
        hrefOf={(format) =>
          `/api/v1/statistics/table/export?${search}&format=${format}&lang=${lang}`
        }
      />
    </section>
  );
}

function Statistics() {
  const { t } = useTranslation();
  const lang = useLang();
  const { pathname } = useLocation();
  const catalogue = useQuery(catalogueQuery(lang));
  const list = useUrlFilters(choiceFrom);
  if (catalogue.isPending) return <DelayedLoading />;
  if (catalogue.isError) {
    return <ErrorBox error={catalogue.error} onRetry={() => void catalogue.refetch()} />;
  }
  if (catalogue.data.rounds.length === 0) {
    return <Paragraph>{t('statistics.empty')}</Paragraph>;
  }
  const choice = complete(list.filters, catalogue.data);
  const hrefOf = (c: TableChoice) => `${pathname}${toSearch({ ...c, by1: c.by1 || none })}`;
  return (
    <>
      <Builder
        key={list.formKey}
        catalogue={catalogue.data}
        choice={choice}
        onApply={(next) => list.apply({ ...next, by1: next.by1 || none })}
      />
      <Result
        choice={choice}
        onSuggest={(by) => hrefOf({ ...choice, by1: by[0] ?? '', by2: by[1] ?? '' })}
      />
    </>
  );
}

/** Statistics of the closed survey rounds: a table of any indicator, every figure protected. */
export function StatisticsPage() {
  const { t } = useTranslation();
  return (
    <PageFrame title={t('statistics.title')}>
      <Paragraph mb="l">{t('statistics.intro')}</Paragraph>
      <Statistics />
    </PageFrame>
  );
}
