import { z } from 'zod';
import { languages } from '../languages.js';

/**
 * The statistics API (issue 13): tables of a closed survey round's indicators, broken down by one
 * or two attributes, every figure through disclosure control (server/modules/statistics/
 * disclosure.ts). A suppressed figure is `null` with `suppressed: true`, shown as `..`.
 */

/** What a table can be broken down by. Regions are read under their NUTS2 areas. */
export const breakdowns = [
  'region',
  'nuts2',
  'family',
  'tol',
  'size_class',
  'se_mark',
  'eu_operational',
  'esem',
  'wef',
  'finnish_mark',
  'work_integration',
] as const;
export type Breakdown = (typeof breakdowns)[number];

/** Attributes that name an organisation; a table is never broken down by them. */
export const identifyingAttributes = ['business_id', 'name', 'organisation', 'id', 'municipality'];

export const measures = ['count', 'share', 'sum', 'mean', 'median', 'p25', 'p75'] as const;
export type Measure = (typeof measures)[number];

/** The definitions of a social enterprise a population can be limited to (`meets:<code>`). */
export const definitions = [
  'eu_operational',
  'esem',
  'wef',
  'finnish_mark',
  'work_integration',
] as const;
export type Definition = (typeof definitions)[number];

export const populations = [
  'respondents',
  ...definitions.map((d) => `meets:${d}` as const),
] as const;
export type Population = (typeof populations)[number];

export const statisticsTableQuerySchema = z.object({
  round: z.uuid(),
  indicator: z.string().max(60),
  measure: z.string().max(20).default('count'),
  /** One or two breakdowns, comma-separated (`region,family`); none for the whole population. */
  by: z.string().max(60).optional(),
  population: z.string().max(40).default('respondents'),
  lang: z.enum(languages).optional(),
});
export type StatisticsTableQuery = z.infer<typeof statisticsTableQuerySchema>;

const category = z.object({ code: z.string(), label: z.string() });

export const statisticsCellSchema = z.object({
  /** A category code per dimension (breakdowns first, then `answer`: the indicator's values); `total` for a margin. */
  at: z.array(z.string()),
  /** The figure, or null when suppressed (or when nobody is in the cell, for a mean or median). */
  value: z.number().nullable(),
  /** How many organisations the figure is about; null when suppressed. */
  n: z.number().int().nullable(),
  suppressed: z.boolean(),
});
export type StatisticsCell = z.infer<typeof statisticsCellSchema>;

export const statisticsTableSchema = z.object({
  round: z.object({ id: z.uuid(), name: z.string() }),
  indicator: z.object({ code: z.string(), label: z.string(), type: z.string() }),
  measure: z.enum(measures),
  population: z.object({
    code: z.string(),
    label: z.string(),
    /** Organisations that answered the indicator in the population; null when suppressed. */
    responses: z.number().int().nullable(),
  }),
  /** The breakdowns, then (for counts and shares of a choice) the indicator's values. */
  dimensions: z.array(
    z.object({ code: z.string(), label: z.string(), categories: z.array(category) }),
  ),
  cells: z.array(statisticsCellSchema),
  /** How many of the cells' figures are suppressed. */
  suppressedCells: z.number().int(),
  /** Set when most figures are suppressed: the table says so and suggests a coarser breakdown. */
  mostlySuppressed: z.boolean(),
  suggestion: z.object({ by: z.array(z.string()) }).nullable(),
  legend: z.array(z.object({ symbol: z.string(), text: z.string() })),
  notes: z.array(z.string()),
});
export type StatisticsTable = z.infer<typeof statisticsTableSchema>;

export const statisticsCatalogueSchema = z.object({
  rounds: z.array(z.object({ id: z.uuid(), name: z.string(), closesOn: z.string() })),
  indicators: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      type: z.string(),
      measures: z.array(z.enum(measures)),
    }),
  ),
  measures: z.array(z.object({ code: z.enum(measures), label: z.string() })),
  breakdowns: z.array(z.object({ code: z.enum(breakdowns), label: z.string() })),
  populations: z.array(z.object({ code: z.enum(populations), label: z.string() })),
});
export type StatisticsCatalogue = z.infer<typeof statisticsCatalogueSchema>;
