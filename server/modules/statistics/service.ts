import { indicatorByCode, indicators } from '../../../common/indicators.js';
import type { Lang } from '../../../common/languages.js';
import labels from '../../../common/reference/statistics-labels.json' with { type: 'json' };
import {
  type Breakdown,
  breakdowns,
  type definitions,
  identifyingAttributes,
  type Measure,
  measures,
  populations,
  type StatisticsCatalogue,
  type StatisticsCell,
  type StatisticsTable,
  type StatisticsTableQuery,
} from '../../../common/schemas/statistics.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { helsinkiDate } from '../../export/dates.js';
import {
  type ExportFormat,
  exportFileName,
  exportStream,
  peopleFormats,
} from '../../export/table.js';
import { municipalityRegions } from '../regions/service.js';
import {
  closedRounds,
  type ResponseFacts,
  statisticsRound,
  submittedFacts,
} from '../surveys/facts.js';
import {
  type BreakdownDimension,
  breakdownDimension,
  type Category,
  meetsDefinition,
  text,
} from './dimensions.js';
import {
  type Contribution,
  cellIndex,
  cellState,
  countCells,
  type Dimension,
  flatDimension,
  type Protected,
  protect,
} from './disclosure.js';

/**
 * Tables of a closed round's indicators for anyone to read: counts and shares of choices, sums,
 * means, medians and quartiles of figures, by one or two breakdowns, for all respondents or those
 * meeting a definition; every figure through disclosure control (disclosure.ts).
 */

const numericTypes = new Set(['integer', 'number', 'euros', 'percent', 'year', 'scale']);
const choiceTypes = new Set(['choice', 'boolean', 'choices']);
/** Figures about people: the frequency rule asks 5 organisations, and a sum of 5 people. */
const peopleIndicators = /^(employees_|disadvantaged_|volunteers$)/;
/**
 * Measures whose cells add up to their margins and so need the dominance rule and protection of
 * the sums; a median or quartile reveals no one's value by itself and needs the frequency rule only
 * (its cells' counts are still protected as counts).
 */
const magnitudeMeasures = new Set<Measure>(['sum', 'mean']);

const invalid = (path: string, code: string, message: string) =>
  new AppError('invalid_request', {
    fields: [{ location: 'querystring', path, code, message }],
  });

function parseBreakdowns(by: string | undefined): Breakdown[] {
  const list = (by ?? '')
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  for (const b of list) {
    if (identifyingAttributes.includes(b)) throw new AppError('breakdown_identifying', { by: b });
    if (!(breakdowns as readonly string[]).includes(b)) {
      throw invalid('by', 'unknown_breakdown', `${b}: one of ${breakdowns.join(', ')}`);
    }
  }
  if (list.length > 2) throw invalid('by', 'too_many_breakdowns', 'at most two breakdowns');
  const trees = list.map((b) => (b === 'nuts2' ? 'region' : b));
  if (new Set(trees).size !== trees.length) {
    throw invalid('by', 'same_breakdown', 'two different breakdowns (region and nuts2 are one)');
  }
  return list as Breakdown[];
}

/** The measures that fit an indicator of a type (none for text, dates and codes). */
function measuresOf(type: string): Measure[] {
  if (numericTypes.has(type)) {
    return [
      'count',
      'sum',
      'mean',
      'median',
      ...(type === 'euros' ? (['p25', 'p75'] as const) : []),
    ];
  }
  return choiceTypes.has(type) ? ['count', 'share'] : [];
}

/** What tables can be made: closed rounds, indicators with their measures, breakdowns, populations. */
export async function statisticsCatalogue(db: Db, lang: Lang): Promise<StatisticsCatalogue> {
  return {
    rounds: (await closedRounds(db)).map((r) => ({
      id: r.id,
      name: text({ fi: r.name.fi, sv: r.name.sv ?? r.name.fi, en: r.name.en ?? r.name.fi }, lang),
      closesOn: r.closesOn,
    })),
    indicators: indicators
      .filter((i) => !i.derived && measuresOf(i.type).length > 0)
      .map((i) => ({
        code: i.code,
        label: i.label[lang],
        type: i.type,
        measures: measuresOf(i.type),
      })),
    measures: measures.map((m) => ({ code: m, label: text(labels.measures[m], lang) })),
    breakdowns: breakdowns.map((b) => ({ code: b, label: text(labels.breakdowns[b], lang) })),
    populations: populations.map((p) => ({ code: p, label: text(labels.populations[p], lang) })),
  };
}

function parseRequest(q: StatisticsTableQuery) {
  const by = parseBreakdowns(q.by);
  const indicator = indicatorByCode(q.indicator);
  if (!indicator)
    throw invalid('indicator', 'unknown_indicator', `${q.indicator} is not an indicator`);
  if (!(measures as readonly string[]).includes(q.measure)) {
    throw invalid('measure', 'unknown_measure', `one of ${measures.join(', ')}`);
  }
  const measure = q.measure as Measure;
  if (!(populations as readonly string[]).includes(q.population)) {
    throw invalid('population', 'unknown_population', `one of ${populations.join(', ')}`);
  }
  const numeric = numericTypes.has(indicator.type);
  const fitting = measuresOf(indicator.type);
  if (fitting.length === 0 || indicator.derived) throw new AppError('indicator_not_tabulable');
  if (!fitting.includes(measure))
    throw new AppError('measure_not_applicable', { measure, indicator: indicator.code });
  return { by, indicator, measure, population: q.population, numeric };
}

/** The value dimension of a choice: its values as the round's questions name them. */
function valueCategories(
  code: string,
  values: readonly string[],
  named: Map<string, Map<string, Partial<Record<Lang, string>>>>,
): Category[] {
  const texts = named.get(code);
  return values.map((v) => {
    const t = texts?.get(v);
    const fallback =
      v === 'true' ? labels.categories.yes : v === 'false' ? labels.categories.no : null;
    return {
      code: v,
      label: {
        fi: t?.fi ?? fallback?.fi ?? v,
        sv: t?.sv ?? t?.fi ?? fallback?.sv ?? v,
        en: t?.en ?? t?.fi ?? fallback?.en ?? v,
      },
    };
  });
}

/** Linear interpolation between order statistics (PostgreSQL's percentile_cont). */
function quantile(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return a + (b - a) * (h - lo);
}

interface Part {
  protected: Protected;
  dims: Dimension[];
  contributions: Contribution[];
}

export async function statisticsTable(
  db: Db,
  query: StatisticsTableQuery,
  lang: Lang,
): Promise<StatisticsTable> {
  const req = parseRequest(query);
  const round = await statisticsRound(db, query.round);
  if (round.audience === 'public') throw new AppError('round_public');
  if (round.status !== 'closed') throw new AppError('round_not_closed');

  const dims = req.by.map(breakdownDimension);
  const needs = [...new Set([req.indicator.code, ...dims.flatMap((d) => d.needs)])];
  const [facts, municipalityRegion] = await Promise.all([
    submittedFacts(db, round.id, needs),
    municipalityRegions(db),
  ]);
  const context = { municipalityRegion };
  const answered = facts.filter((f) => {
    const v = f.values[req.indicator.code];
    return v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0);
  });
  const definition = req.population.startsWith('meets:')
    ? (req.population.slice(6) as (typeof definitions)[number])
    : null;
  const inPopulation = (f: ResponseFacts) => !definition || meetsDefinition(f, definition) === true;
  const people = peopleIndicators.test(req.indicator.code);
  const rules = {
    minContributors: people ? 5 : 3,
    magnitude: magnitudeMeasures.has(req.measure),
    ...(people ? { minPeople: 5 } : {}),
  };
  const at = (f: ResponseFacts) => dims.map((d) => d.leafOf(f, context));

  // One table, or for a multiple choice one per value (selected or not): each protected alone.
  const valueDim: Category[] | null =
    req.indicator.type === 'boolean'
      ? valueCategories(req.indicator.code, ['true', 'false'], round.valueLabels)
      : req.indicator.type === 'choice' || req.indicator.type === 'choices'
        ? valueCategories(req.indicator.code, req.indicator.values ?? [], round.valueLabels)
        : null;
  const build = (leafOfValue: ((f: ResponseFacts) => number | null) | null, valueSize: number) => {
    const tableDims: Dimension[] = [
      ...dims.map((d) => d.dimension),
      ...(leafOfValue ? [flatDimension(valueSize)] : []),
    ];
    const place = (f: ResponseFacts): Contribution | null => {
      const v = leafOfValue?.(f);
      if (leafOfValue && v === null) return null;
      const value = f.values[req.indicator.code];
      return {
        at: [...at(f), ...(leafOfValue ? [v as number] : [])],
        ...(typeof value === 'number' ? { value } : {}),
      };
    };
    const contributions = answered
      .filter(inPopulation)
      .map(place)
      .filter((c): c is Contribution => c !== null);
    // Differencing: a cell that differs from all respondents' by 1–2 organisations would give
    // them away to anyone subtracting the two tables, so it is hidden as if it were that small.
    const complement = definition
      ? countCells(
          tableDims,
          answered
            .filter((f) => !inPopulation(f))
            .map(place)
            .filter((c): c is Contribution => c !== null),
        )
      : null;
    const alsoSensitive = complement
      ? (i: number) =>
          (complement[i] as number) > 0 && (complement[i] as number) < rules.minContributors
      : undefined;
    return {
      protected: protect(tableDims, contributions, {
        ...rules,
        ...(alsoSensitive ? { alsoSensitive } : {}),
      }),
      dims: tableDims,
      contributions,
    } satisfies Part;
  };

  const cells: StatisticsCell[] = [];
  const shownNodes = (d: BreakdownDimension) => [0, ...d.shown];
  const combos = dims.reduce<number[][]>(
    (acc, d) => acc.flatMap((c) => shownNodes(d).map((n) => [...c, n])),
    [[]],
  );
  const code = (d: BreakdownDimension, node: number) =>
    node === 0 ? 'total' : (d.nodes[node] as Category).code;
  let responses: number | null = null;

  if (valueDim) {
    const multi = req.indicator.type === 'choices';
    const values = valueDim.map((c) => c.code);
    const answerOf = (f: ResponseFacts) => {
      const v = f.values[req.indicator.code];
      return typeof v === 'boolean' ? String(v) : v;
    };
    const parts = multi
      ? values.map((v) =>
          build((f) => {
            const chosen = answerOf(f);
            return Array.isArray(chosen) && chosen.map(String).includes(v) ? 1 : 2;
          }, 2),
        )
      : [
          build((f) => {
            const k = values.indexOf(String(answerOf(f)));
            return k < 0 ? null : k + 1;
          }, values.length),
        ];
    const first = parts[0] as Part;
    const figure = (p: Part, i: number, base: number) => {
      const hidden = p.protected.state[i] !== cellState.published;
      const n = p.protected.n[i] as number;
      if (req.measure === 'count')
        return { value: hidden ? null : n, n: hidden ? null : n, suppressed: hidden };
      const baseHidden = p.protected.state[base] !== cellState.published;
      const d = p.protected.n[base] as number;
      const suppressed = hidden || baseHidden;
      return {
        value: suppressed || d === 0 ? null : (100 * n) / d,
        n: hidden ? null : n,
        suppressed,
      };
    };
    const tot = cellIndex(
      first.dims,
      first.dims.map(() => 0),
    );
    responses =
      first.protected.state[tot] === cellState.published
        ? (first.protected.n[tot] as number)
        : null;
    for (const combo of combos) {
      const base = cellIndex(first.dims, [...combo, 0]);
      const baseHidden = first.protected.state[base] !== cellState.published;
      const baseN = first.protected.n[base] as number;
      cells.push({
        at: [...combo.map((n, k) => code(dims[k] as BreakdownDimension, n)), 'total'],
        value:
          req.measure === 'share'
            ? baseHidden || baseN === 0
              ? null
              : 100
            : baseHidden
              ? null
              : baseN,
        n: baseHidden ? null : baseN,
        suppressed: baseHidden,
      });
      values.forEach((v, k) => {
        const p = (multi ? parts[k] : first) as Part;
        const i = cellIndex(p.dims, [...combo, multi ? 1 : k + 1]);
        cells.push({
          at: [...combo.map((n, j) => code(dims[j] as BreakdownDimension, n)), v],
          ...figure(p, i, cellIndex(p.dims, [...combo, 0])),
        });
      });
    }
  } else {
    const part = build(null, 0);
    const p = part.protected;
    const tot = cellIndex(
      part.dims,
      part.dims.map(() => 0),
    );
    responses = p.state[tot] === cellState.published ? (p.n[tot] as number) : null;
    // Values per shown cell, for medians and quartiles.
    const sortedValues = new Map<number, number[]>();
    if (req.measure === 'median' || req.measure === 'p25' || req.measure === 'p75') {
      const parents = part.dims.map((d) => d.parent);
      for (const c of part.contributions) {
        let idx = [0];
        c.at.forEach((leaf, d) => {
          const chain: number[] = [];
          for (let x = leaf; x >= 0; x = parents[d]?.[x] as number) chain.push(x);
          const size = (parents[d] as readonly number[]).length;
          idx = idx.flatMap((i) => chain.map((a) => i * size + a));
        });
        for (const i of idx) {
          const list = sortedValues.get(i);
          if (list) list.push(c.value ?? 0);
          else sortedValues.set(i, [c.value ?? 0]);
        }
      }
      for (const list of sortedValues.values()) list.sort((a, b) => a - b);
    }
    for (const combo of combos) {
      const i = cellIndex(part.dims, combo);
      const hidden = p.state[i] !== cellState.published;
      const n = p.n[i] as number;
      const sum = p.sum[i] as number;
      const value = (() => {
        if (hidden) return null;
        switch (req.measure) {
          case 'count':
            return n;
          case 'sum':
            return sum;
          case 'mean':
            return n === 0 ? null : sum / n;
          default: {
            const list = sortedValues.get(i);
            if (!list || list.length === 0) return null;
            return quantile(
              list,
              req.measure === 'median' ? 0.5 : req.measure === 'p25' ? 0.25 : 0.75,
            );
          }
        }
      })();
      cells.push({
        at: combo.map((node, k) => code(dims[k] as BreakdownDimension, node)),
        value,
        n: hidden ? null : n,
        suppressed: hidden,
      });
    }
  }

  // Most of the cells that hold anyone hidden: the table says so and suggests a coarser one.
  const held = cells.filter((c) => !c.at.includes('total') && (c.suppressed || (c.n ?? 0) > 0));
  const suppressedCells = cells.filter((c) => c.suppressed).length;
  const mostlySuppressed =
    held.length > 0 && held.filter((c) => c.suppressed).length > held.length / 2;
  const suggestion = mostlySuppressed ? coarser(req.by) : null;
  const populationLabel = text(
    labels.populations[req.population as keyof typeof labels.populations],
    lang,
  );
  const fill = (t: string, vars: Record<string, string | number>) =>
    t.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k] ?? ''));
  return {
    round: {
      id: round.id,
      name: text(
        {
          fi: round.name.fi,
          sv: round.name.sv ?? round.name.fi,
          en: round.name.en ?? round.name.fi,
        },
        lang,
      ),
    },
    indicator: {
      code: req.indicator.code,
      label: req.indicator.label[lang],
      type: req.indicator.type,
    },
    measure: req.measure,
    population: { code: req.population, label: populationLabel, responses },
    dimensions: [
      ...dims.map((d) => ({
        code: d.code,
        label: text(d.label, lang),
        categories: d.shown.map((node) => {
          const c = d.nodes[node] as Category;
          return { code: c.code, label: text(c.label, lang) };
        }),
      })),
      ...(valueDim
        ? [
            {
              code: 'answer',
              label: text(labels.breakdowns.answer, lang),
              categories: valueDim.map((c) => ({ code: c.code, label: text(c.label, lang) })),
            },
          ]
        : []),
    ],
    cells,
    suppressedCells,
    mostlySuppressed,
    suggestion,
    legend: [
      { symbol: '..', text: text(labels.legend.suppressed, lang) },
      { symbol: '–', text: text(labels.legend.empty, lang) },
    ],
    notes: [
      fill(text(labels.notes.population, lang), {
        population: populationLabel,
        responses: responses ?? '..',
      }),
      text(labels.notes.unweighted, lang),
      fill(text(labels.notes.disclosure, lang), { min: rules.minContributors }),
      ...(mostlySuppressed ? [text(labels.notes.mostlySuppressed, lang)] : []),
    ],
  };
}

/** A coarser way to break the table down: areas for regions, else one breakdown fewer. */
function coarser(by: Breakdown[]): { by: string[] } | null {
  if (by.includes('region')) return { by: by.map((b) => (b === 'region' ? 'nuts2' : b)) };
  if (by.length === 2) return { by: [by[0] as string] };
  if (by.length === 1) return { by: [] };
  return null;
}

/**
 * A table as a file, one row per cell: for programs (csv, json) the categories' codes and the
 * figure, `..` (csv) or null flagged `..` (json) where it is hidden; for people (xlsx,
 * excel-csv) the categories' names in the reader's language, `..` for a hidden figure, and the
 * legend and notes under the figures.
 */
export async function exportStatisticsTable(
  db: Db,
  query: StatisticsTableQuery,
  lang: Lang,
  format: ExportFormat,
) {
  const table = await statisticsTable(db, query, lang);
  const dims = table.dimensions;
  const labelOf = dims.map(
    (d) =>
      new Map([
        ...d.categories.map((c) => [c.code, c.label] as const),
        ['total', text(labels.categories.total, lang)],
      ]),
  );
  type Row = { cell?: StatisticsCell; note?: string };
  const rows: Row[] = [
    ...table.cells.map((cell) => ({ cell })),
    ...(peopleFormats.includes(format)
      ? [
          ...table.legend.map((l) => ({ note: `${l.symbol} ${l.text}` })),
          ...table.notes.map((note) => ({ note })),
        ]
      : []),
  ];
  const measureLabel = text(labels.measures[table.measure], lang);
  const columns = [
    ...dims.map((d) => d.code),
    'value',
    'n',
    ...(format === 'json' ? ['flag'] : []),
  ];
  const fileDay = helsinkiDate(new Date());
  return {
    fileName: exportFileName(
      format,
      lang,
      {
        machine: `statistics-${table.indicator.code}`,
        people: {
          fi: `tilasto-${table.indicator.code}`,
          sv: `statistik-${table.indicator.code}`,
          en: `statistics-${table.indicator.code}`,
        },
      },
      fileDay,
    ),
    stream: exportStream<Row>(
      {
        rows: (async function* () {
          yield* rows;
        })(),
        columns,
        record: ({ cell }) => {
          const c = cell as StatisticsCell;
          return {
            ...Object.fromEntries(dims.map((d, k) => [d.code, c.at[k] ?? null])),
            value: c.suppressed ? (format === 'json' ? null : '..') : c.value,
            n: c.suppressed ? (format === 'json' ? null : '..') : c.n,
            // JSON keeps numbers numbers: a hidden figure is null, flagged with the symbol.
            ...(format === 'json' ? { flag: c.suppressed ? '..' : null } : {}),
          };
        },
        peopleColumns: [
          ...dims.map((d) => ({ key: d.code, header: d.label })),
          { key: 'value', header: `${table.indicator.label}: ${measureLabel}` },
          { key: 'n', header: text(labels.measures.n, lang) },
        ],
        peopleRecord: ({ cell, note }) => {
          if (!cell) return { [dims[0]?.code ?? 'value']: note ?? '' };
          return {
            ...Object.fromEntries(
              dims.map((d, k) => [d.code, labelOf[k]?.get(cell.at[k] ?? '') ?? cell.at[k] ?? '']),
            ),
            value: cell.suppressed ? '..' : cell.value === null ? '–' : cell.value,
            n: cell.suppressed ? '..' : cell.n,
          };
        },
        dateColumns: [],
      },
      format,
      lang,
      ',',
    ),
  };
}
