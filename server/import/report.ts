import type { Lang } from '../../common/languages.js';
import type { RowIssue } from '../../common/schemas/import.js';
import { type ImportMessageCode, importMessage } from './messages.js';

/** A problem (or notice) of one row, by the field it concerns (null: the row as a whole). */
export interface PlanIssue<F extends string> {
  row: number;
  field: F | null;
  code: ImportMessageCode;
  params?: Record<string, unknown>;
}

/** What every plan of an import has counted, as its report gives it. */
interface Counted<F extends string, P extends { row: number }> {
  rows: number;
  header: string[];
  mapping: Partial<Record<F, number>>;
  issues: PlanIssue<F>[];
  warnings?: PlanIssue<F>[];
  notices: PlanIssue<F>[];
  create: number;
  update: number;
  unchanged: number;
  /** What each row would do; the report lists the first hundred in row order. */
  preview: P[];
}

/** Lists at most this many problems of each kind (the counts stay exact). */
const listed = 1000;

/**
 * The common part of an import's report in the importer's language: counts, the errors in row and
 * column order with their column's heading, warnings, notices, and the first rows' preview.
 */
export function reportOf<F extends string, P extends { row: number }>(
  plan: Counted<F, P>,
  lang: Lang,
) {
  const { mapping, header } = plan;
  const column = (field: F | null) => {
    const i = field ? mapping[field] : undefined;
    return i === undefined ? null : (header[i] ?? null);
  };
  const toIssue = (i: PlanIssue<F>): RowIssue => ({
    row: i.row,
    column: column(i.field),
    field: i.field,
    code: i.code,
    message: importMessage(i.code, lang, i.params),
  });
  const order = (i: PlanIssue<F>) => (i.field ? (mapping[i.field] ?? -1) : -1);
  const byRow = (a: PlanIssue<F>, b: PlanIssue<F>) => a.row - b.row || order(a) - order(b);
  const errors = [...plan.issues].sort(byRow);
  return {
    rows: plan.rows,
    create: plan.create,
    update: plan.update,
    unchanged: plan.unchanged,
    errorCount: errors.length,
    errors: errors.slice(0, listed).map(toIssue),
    warnings: [...(plan.warnings ?? [])].sort(byRow).slice(0, listed).map(toIssue),
    notices: plan.notices.slice(0, listed).map(toIssue),
    preview: [...plan.preview].sort((a, b) => a.row - b.row).slice(0, 100),
  };
}
