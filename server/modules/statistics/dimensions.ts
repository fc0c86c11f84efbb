import type { Lang } from '../../../common/languages.js';
import { tolSectionOf } from '../../../common/organisations.js';
import vocabularies from '../../../common/reference/organisation-vocabularies.json' with {
  type: 'json',
};
import regionsFile from '../../../common/reference/regions.json' with { type: 'json' };
import labels from '../../../common/reference/statistics-labels.json' with { type: 'json' };
import tolFile from '../../../common/reference/tol2008-sections.json' with { type: 'json' };
import type { Breakdown } from '../../../common/schemas/statistics.js';
import type { ResponseFacts } from '../surveys/facts.js';
import { type Dimension, flatDimension, groupedDimension } from './disclosure.js';

/**
 * The breakdowns of a statistics table as dimensions for disclosure control: each a tree of
 * categories under the total, with "not known" as a category of its own so that every respondent
 * counts and the margins add up. Regions and NUTS2 areas are one tree (regions under their area),
 * shown at either level, so a table by region and one by area hide the same figures.
 */

export type Texts = { fi: string; sv: string; en: string };
export interface Category {
  code: string;
  label: Texts;
}

export interface BreakdownDimension {
  code: Breakdown;
  label: Texts;
  dimension: Dimension;
  /** The category of each node (node 0 is the total). */
  nodes: Category[];
  /** The nodes a table shows, in order (regions, or the NUTS2 areas above them). */
  shown: number[];
  /** The indicator codes a respondent's category is read from. */
  needs: string[];
  /** The leaf node of a respondent. */
  leafOf(f: ResponseFacts, context: Context): number;
}

export interface Context {
  municipalityRegion: Map<string, string>;
}

export const text = (t: Partial<Texts> | undefined, lang: Lang): string => t?.[lang] ?? t?.fi ?? '';

const total: Category = { code: 'total', label: labels.categories.total };
const unknown: Category = { code: 'unknown', label: labels.categories.unknown };

/** A flat dimension of categories (and "not known" last). */
function flat(
  code: Breakdown,
  needs: string[],
  categories: Category[],
  categoryOf: (f: ResponseFacts) => string | null,
): BreakdownDimension {
  const nodes = [total, ...categories, unknown];
  const index = new Map(nodes.map((c, k) => [c.code, k]));
  return {
    code,
    label: labels.breakdowns[code],
    dimension: flatDimension(categories.length + 1),
    nodes,
    shown: nodes.map((_, k) => k).slice(1),
    needs,
    leafOf: (f) => index.get(categoryOf(f) ?? 'unknown') ?? nodes.length - 1,
  };
}

const yesNo = [
  { code: 'yes', label: labels.categories.yes },
  { code: 'no', label: labels.categories.no },
];
const tri = (v: unknown) => (v === true ? 'yes' : v === false ? 'no' : null);

/** Regions under their NUTS2 areas, "not known" as an area of its own with one category. */
function regionTree(code: 'region' | 'nuts2'): BreakdownDimension {
  const areas = Object.entries(regionsFile.nuts2).map(([c, name]) => ({ code: c, label: name }));
  const groups = areas.map((a) => regionsFile.regions.filter((r) => r.nuts2 === a.code));
  const nodes: Category[] = [
    total,
    ...areas,
    { code: 'unknown_area', label: labels.categories.unknown },
    ...groups.flatMap((g) =>
      g.map((r) => ({ code: r.code, label: { fi: r.fi, sv: r.sv, en: r.en } })),
    ),
    unknown,
  ];
  const dimension = groupedDimension([...groups.map((g) => g.length), 1]);
  const index = new Map(nodes.map((c, k) => [c.code, k]));
  const areaCount = areas.length + 1;
  return {
    code,
    label: labels.breakdowns[code],
    dimension,
    nodes,
    shown:
      code === 'nuts2'
        ? nodes.map((_, k) => k).slice(1, areaCount + 1)
        : nodes.map((_, k) => k).slice(areaCount + 1),
    needs: ['municipality'],
    leafOf: (f, context) => {
      const m = f.values.municipality;
      const region = typeof m === 'string' ? context.municipalityRegion.get(m) : undefined;
      return index.get(region ?? 'unknown') ?? nodes.length - 1;
    },
  };
}

/**
 * Size classes of the EU SME definition (Commission Recommendation 2003/361/EC, Annex, art. 2):
 * headcount under 10 / 50 / 250 and turnover at most 2 / 10 / 50 million euros.
 */
export function sizeClassOf(headcount: unknown, turnover: unknown): string | null {
  if (typeof headcount !== 'number') return null;
  const t = typeof turnover === 'number' ? turnover : 0;
  if (headcount < 10 && t <= 2_000_000) return 'micro';
  if (headcount < 50 && t <= 10_000_000) return 'small';
  if (headcount < 250 && t <= 50_000_000) return 'medium';
  return 'large';
}

const definitionKeys = {
  eu_operational: 'euOperational',
  esem: 'esem',
  wef: 'wef',
  finnish_mark: 'finnishMark',
  work_integration: 'workIntegration',
} as const;

export function meetsDefinition(f: ResponseFacts, code: keyof typeof definitionKeys) {
  return f.meets[definitionKeys[code]] ?? null;
}

const builders: Record<Breakdown, () => BreakdownDimension> = {
  region: () => regionTree('region'),
  nuts2: () => regionTree('nuts2'),
  family: () =>
    flat(
      'family',
      ['legal_family'],
      vocabularies.families.map((f) => ({ code: f.code, label: { fi: f.fi, sv: f.sv, en: f.en } })),
      (f) => (typeof f.values.legal_family === 'string' ? f.values.legal_family : null),
    ),
  tol: () =>
    flat(
      'tol',
      ['industry'],
      tolFile.sections.map((s) => ({ code: s.code, label: { fi: s.fi, sv: s.sv, en: s.en } })),
      (f) => (typeof f.values.industry === 'string' ? tolSectionOf(f.values.industry) : null),
    ),
  size_class: () =>
    flat(
      'size_class',
      ['employees_headcount', 'turnover_eur'],
      (['micro', 'small', 'medium', 'large'] as const).map((c) => ({
        code: c,
        label: labels.categories[c],
      })),
      (f) => sizeClassOf(f.values.employees_headcount, f.values.turnover_eur),
    ),
  se_mark: () => flat('se_mark', ['se_mark'], yesNo, (f) => tri(f.values.se_mark)),
  eu_operational: () =>
    flat('eu_operational', [], yesNo, (f) => tri(meetsDefinition(f, 'eu_operational'))),
  esem: () => flat('esem', [], yesNo, (f) => tri(meetsDefinition(f, 'esem'))),
  wef: () => flat('wef', [], yesNo, (f) => tri(meetsDefinition(f, 'wef'))),
  finnish_mark: () =>
    flat('finnish_mark', [], yesNo, (f) => tri(meetsDefinition(f, 'finnish_mark'))),
  work_integration: () =>
    flat('work_integration', [], yesNo, (f) => tri(meetsDefinition(f, 'work_integration'))),
};

const built = new Map<Breakdown, BreakdownDimension>();

export function breakdownDimension(code: Breakdown): BreakdownDimension {
  let d = built.get(code);
  if (!d) {
    d = builders[code]();
    built.set(code, d);
  }
  return d;
}
