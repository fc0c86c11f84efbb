import { z } from 'zod';
import file from './reference/indicators.json' with { type: 'json' };

/**
 * The core comparable indicators of the yearly survey and the registry
 * (common/reference/indicators.json, from shared/reference/indicators.md): each code is one stored
 * value per organisation and round, of one type. Survey questions are bound to these codes, and
 * derived codes (size class, work-integration flag, ICSEM model, turnover band) are computed,
 * never asked.
 */
export const indicatorTypes = [
  'text',
  'code',
  'year',
  'date',
  'integer',
  'number',
  'euros',
  'percent',
  'boolean',
  'choice',
  'choices',
  'scale',
] as const;
export type IndicatorType = (typeof indicatorTypes)[number];

const localized = z.object({ fi: z.string().min(1), sv: z.string().min(1), en: z.string().min(1) });

const indicatorSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/),
  /** The row of the indicator table (1–26) it belongs to. */
  indicator: z.number().int().min(1),
  type: z.enum(indicatorTypes),
  classification: z.string().optional(),
  values: z.array(z.string()).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  derived: z.boolean().optional(),
  label: localized,
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const indicators: readonly Indicator[] = z
  .object({ indicators: z.array(indicatorSchema) })
  .parse(file).indicators;

const byCode = new Map(indicators.map((i) => [i.code, i]));

export function indicatorByCode(code: string): Indicator | undefined {
  return byCode.get(code);
}
