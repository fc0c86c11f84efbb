import { queryOptions } from '@tanstack/react-query';
import type { Lang } from '../../../../common/languages.js';
import type {
  StatisticsCatalogue,
  StatisticsTable,
} from '../../../../common/schemas/statistics.js';
import { getJson } from '../../app/api-client.js';

const schemas = () => import('../../../../common/schemas/statistics.js');
const catalogueSchema = async () => (await schemas()).statisticsCatalogueSchema;
const tableSchema = async () => (await schemas()).statisticsTableSchema;

/** What a table can be made of: closed rounds, indicators, measures, breakdowns, populations. */
export function catalogueQuery(lang: Lang) {
  return queryOptions({
    queryKey: ['statistics', 'catalogue', lang],
    queryFn: ({ signal }): Promise<StatisticsCatalogue> =>
      getJson(`/api/v1/statistics/catalogue?lang=${lang}`, lang, catalogueSchema, signal),
    staleTime: 5 * 60 * 1000,
  });
}

/** The table's query string, without the language (the same one the download links use). */
export function tableSearch(choice: TableChoice): string {
  const params = new URLSearchParams({
    round: choice.round,
    indicator: choice.indicator,
    measure: choice.measure,
    population: choice.population,
  });
  const by = [choice.by1, choice.by2].filter(Boolean).join(',');
  if (by) params.set('by', by);
  return params.toString();
}

export interface TableChoice {
  round: string;
  indicator: string;
  measure: string;
  by1: string;
  by2: string;
  population: string;
}

export function tableQuery(choice: TableChoice, lang: Lang) {
  const search = tableSearch(choice);
  return queryOptions({
    queryKey: ['statistics', 'table', search, lang],
    queryFn: ({ signal }): Promise<StatisticsTable> =>
      getJson(`/api/v1/statistics/table?${search}&lang=${lang}`, lang, tableSchema, signal),
    staleTime: 5 * 60 * 1000,
  });
}
