import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { RowIssue } from '../../../../common/schemas/import.js';

/** Which column (0-based) fills which field of an import. */
export type Mapping = Partial<Record<string, number>>;

export interface ImportPreviewBase {
  format: 'csv' | 'xlsx';
  encoding: string | null;
  delimiter: string | null;
  columns: string[];
  suggestedMapping: Mapping;
  rowCount: number;
  sample: string[][];
}

/** One row of a report's preview: what it would do, and what the kind shows of it. */
export interface PreviewItem {
  row: number;
  action: 'create' | 'update' | 'unchanged';
  existingId: string | null;
}

export interface ImportReportBase {
  rows: number;
  create: number;
  update: number;
  unchanged: number;
  errorCount: number;
  errors: RowIssue[];
  warnings: RowIssue[];
  notices: RowIssue[];
  preview: PreviewItem[];
}

/** The steps' texts that name what is imported (organisations, projects). */
export type KindText =
  | 'fileIntro'
  | 'mappingMissing'
  | 'importButton'
  | 'nothingText'
  | 'confirmTitle'
  | 'confirmButton'
  | 'confirmCreates'
  | 'confirmUpdates'
  | 'doneText'
  | 'interruptedText';

/**
 * What one kind of import (organisations, projects) brings to the shared steps: where its API is,
 * its fields and their labels, its answers' schemas, and what its report's preview shows.
 */
export interface ImportKind {
  /** The API path of the import, e.g. /api/v1/organisations/import. */
  base: string;
  fields: readonly string[];
  required: readonly string[];
  /** A text of the steps in the kind's words (`values` are counts). */
  text: (t: TFunction, key: KindText, values?: Record<string, number>) => string;
  /** A field's label in the reader's language. */
  fieldLabel: (t: TFunction, field: string) => string;
  previewSchema: z.ZodType<ImportPreviewBase>;
  reportSchema: z.ZodType<ImportReportBase>;
  /** The list page the finished run links to, and the link's text. */
  listPage: 'organisations' | 'projects';
  listLink: (t: TFunction) => string;
  /** The headings of the preview table's name and code columns. */
  previewHeadings: (t: TFunction) => { name: string; code: string };
  /** A preview row's name, code and the page of the record it would update. */
  previewItem: (item: PreviewItem) => { name: string; code: string | null; page: string | null };
}
