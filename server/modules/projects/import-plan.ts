/**
 * The plan of a project import: every row read and checked against the registry (partners by
 * business ID, projects by EURA code, the importer's regions) before anything is written, and the
 * report of it in the importer's language (import.service.ts runs it).
 */
import { sql } from 'drizzle-orm';
import type { Lang } from '../../../common/languages.js';
import type { ImportEncoding } from '../../../common/schemas/import.js';
import {
  type MissingPartnerChoice,
  type ProjectImportField,
  type ProjectImportMapping,
  type ProjectImportReport,
  projectImportFields,
  requiredProjectImportFields,
} from '../../../common/schemas/project-import.js';
import {
  type ProjectData,
  type ProjectPartner,
  projectDataSchema,
} from '../../../common/schemas/projects.js';
import { forEachCooperatively, giveWay } from '../../cooperative.js';
import type { Db } from '../../db/client.js';
import { rowsOf, sqlArray } from '../../db/sql.js';
import { AppError } from '../../errors.js';
import { helsinkiDate } from '../../export/dates.js';
import type { ParsedFile } from '../../import/file.js';
import { reportOf } from '../../import/report.js';
import type { Caller } from '../accounts/policy.js';
import { type ProjectIssue, type ProjectRow, readProjectRow } from './import-rows.js';
import { canModerate } from './policy.js';
import { diffProject } from './service.js';

export interface ExistingProject {
  id: string;
  data: ProjectData;
  version: number;
  region_codes: string[];
  eura_code: string;
}

interface OrganisationByBusinessId {
  id: string;
  state: 'pending' | 'published';
  business_id: string;
  name: string;
}

/** A partner of a planned project: an organisation of the registry, or one the run proposes. */
export type PlannedPartner = { role: ProjectPartner['role'] } & (
  | { organisationId: string }
  | { propose: string }
);

export interface Planned {
  row: number;
  data: ProjectData;
  partners: PlannedPartner[];
}

export interface Plan {
  rows: number;
  creates: Planned[];
  updates: (Planned & { existing: ExistingProject })[];
  unchanged: { row: number; existing: ExistingProject }[];
  /** Organisations to propose, by business ID. */
  proposals: Map<string, string>;
  missing: Map<string, { name: string | null; rows: number[] }>;
  issues: ProjectIssue[];
  notices: ProjectIssue[];
  header: string[];
}

export interface ProjectImportSource {
  bytes: Buffer;
  encoding?: ImportEncoding;
}

export interface ProjectImportOptions {
  missingPartners: MissingPartnerChoice;
}

/** The field of an import that a problem of the project's data concerns. */
function fieldOfPath(path: PropertyKey[]): ProjectImportField | null {
  const [key, sub] = path.map(String);
  if (key === 'title') return sub === 'sv' ? 'titleSv' : sub === 'en' ? 'titleEn' : 'title';
  if (key === 'description') {
    return sub === 'sv' ? 'descriptionSv' : sub === 'en' ? 'descriptionEn' : 'descriptionFi';
  }
  if (key === 'eura') return sub === 'code' ? 'euraCode' : ((sub ?? null) as ProjectImportField);
  if (key === 'partners') return 'leadBusinessId';
  if (key === 'national') return 'regions';
  return projectImportFields.includes(key as ProjectImportField)
    ? (key as ProjectImportField)
    : null;
}

/** The data of a row checked as a whole; problems go to `issues` with their fields. */
function checkData(row: number, raw: unknown, issues: ProjectIssue[]): ProjectData | undefined {
  const parsed = projectDataSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const seen = new Set<string>();
  for (const issue of parsed.error.issues) {
    const field = fieldOfPath(issue.path);
    if (seen.has(String(field))) continue;
    seen.add(String(field));
    const code =
      issue.message === 'project_region_required'
        ? 'project_region_required'
        : issue.message === 'date_range_invalid'
          ? 'date_range_invalid'
          : issue.code === 'too_big'
            ? 'too_long'
            : field === 'website'
              ? 'invalid_website'
              : 'invalid_value';
    // The value as read, for the message ("The value "…" is not valid in this column").
    let value: unknown = raw;
    for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | null)?.[key];
    issues.push({
      row,
      field,
      code,
      params: {
        max: (issue as { maximum?: number }).maximum,
        value: typeof value === 'string' || typeof value === 'number' ? String(value) : '',
      },
    });
  }
  return undefined;
}

async function selectByBusinessIds(db: Db, ids: string[]) {
  const out = new Map<string, OrganisationByBusinessId>();
  for (let i = 0; i < ids.length; i += 5000) {
    const result = await db.execute(sql`
      select id, state, business_id, name from organisation
      where state in ('pending', 'published')
        and business_id = any(${sqlArray(ids.slice(i, i + 5000), 'text')})`);
    for (const o of rowsOf<OrganisationByBusinessId>(result)) {
      // A published organisation wins over a proposal with the same business ID.
      if (out.get(o.business_id)?.state !== 'published') out.set(o.business_id, o);
    }
  }
  return out;
}

async function selectByEuraCodes(db: Db, codes: string[]) {
  const out = new Map<string, ExistingProject>();
  for (let i = 0; i < codes.length; i += 5000) {
    const result = await db.execute(sql`
      select id, data, version, region_codes, eura_code from project
      where state in ('pending', 'published')
        and eura_code = any(${sqlArray(codes.slice(i, i + 5000), 'text')})`);
    for (const p of rowsOf<ExistingProject>(result)) out.set(p.eura_code, p);
  }
  return out;
}

export async function plan(
  db: Db,
  caller: Caller,
  file: ParsedFile,
  mapping: ProjectImportMapping,
  options: ProjectImportOptions & { signal?: AbortSignal | undefined },
): Promise<Plan> {
  for (const [field, index] of Object.entries(mapping)) {
    if (index !== undefined && index >= file.header.length) {
      throw new AppError('import_invalid', {
        problems: [{ code: 'unknown_column', value: `${field} → ${index + 1}` }],
      });
    }
  }
  const missingColumns = requiredProjectImportFields.filter((f) => mapping[f] === undefined);
  if (missingColumns.length) {
    throw new AppError('import_invalid', {
      problems: [{ code: 'missing_columns', value: missingColumns.join(', ') }],
    });
  }
  const today = helsinkiDate(new Date());
  const issues: ProjectIssue[] = [];
  const notices: ProjectIssue[] = [];
  const read: ProjectRow[] = [];
  const codeRow = new Map<string, number>();
  await forEachCooperatively(
    file.rows,
    (cells, i) => {
      const r = readProjectRow(cells, i + 2, mapping, today, issues, notices);
      if (!r) return;
      if (r.euraCode) {
        const other = codeRow.get(r.euraCode);
        if (other !== undefined) {
          issues.push({
            row: r.row,
            field: 'euraCode',
            code: 'duplicate_code_in_file',
            params: { other },
          });
          return;
        }
        codeRow.set(r.euraCode, r.row);
      }
      read.push(r);
    },
    options.signal,
  );

  const businessIds = [
    ...new Set(read.flatMap((r) => [r.lead, ...r.coImplementers].map((p) => p.businessId))),
  ];
  const [organisations, existing] = await Promise.all([
    selectByBusinessIds(db, businessIds),
    selectByEuraCodes(db, [...codeRow.keys()]),
  ]);

  const result: Plan = {
    rows: file.rows.length,
    creates: [],
    updates: [],
    unchanged: [],
    proposals: new Map(),
    missing: new Map(),
    issues,
    notices,
    header: file.header,
  };
  for (const [i, r] of read.entries()) {
    if (i % 200 === 0) {
      await giveWay();
      options.signal?.throwIfAborted();
    }
    // Partners: published organisations; the others are missing (errors, or proposed).
    let ok = true;
    const named = [
      { ...r.lead, role: 'lead' as const },
      ...r.coImplementers.map((p) => ({ ...p, role: 'co_implementer' as const })),
    ];
    const partners: PlannedPartner[] = [];
    for (const p of named) {
      const org = organisations.get(p.businessId);
      if (org?.state === 'published') {
        partners.push({ organisationId: org.id, role: p.role });
        continue;
      }
      const missing = result.missing.get(p.businessId) ?? {
        name: p.name ?? org?.name ?? null,
        rows: [],
      };
      missing.rows.push(r.row);
      result.missing.set(p.businessId, missing);
      if (options.missingPartners === 'refuse') {
        issues.push({
          row: r.row,
          field: p.field,
          code: 'partner_not_found',
          params: { value: p.businessId },
        });
        ok = false;
      } else if (org) {
        // Proposed already (pending): the project names it, and shows it once it is approved.
        partners.push({ organisationId: org.id, role: p.role });
      } else if (!p.name && !result.proposals.has(p.businessId)) {
        const nameField = p.field === 'leadBusinessId' ? 'leadName' : 'partnerNames';
        issues.push({
          row: r.row,
          field: nameField,
          code: 'partner_name_missing',
          params: { value: p.businessId },
        });
        ok = false;
      } else {
        const name = result.proposals.get(p.businessId) ?? (p.name as string);
        result.proposals.set(p.businessId, name);
        notices.push({
          row: r.row,
          field: p.field,
          code: 'partner_proposed',
          params: { value: p.businessId, name },
        });
        partners.push({ propose: p.businessId, role: p.role });
      }
    }
    if (!ok) continue;
    // Checked with stand-in ids: which organisations they are is decided in the run.
    const standIn = (p: PlannedPartner, n: number) => ({
      role: p.role,
      organisationId:
        'organisationId' in p
          ? p.organisationId
          : `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    });
    const found = r.euraCode ? existing.get(r.euraCode) : undefined;
    if (found) {
      // Only the file's fields change; partners of other roles stay (funders, partners).
      const kept = found.data.partners.filter(
        (p) =>
          p.role !== 'lead' &&
          (r.partnersMapped ? p.role !== 'co_implementer' : true) &&
          !partners.some((n) => 'organisationId' in n && n.organisationId === p.organisationId),
      );
      const all: PlannedPartner[] = [...partners, ...kept];
      const next = checkData(
        r.row,
        {
          ...found.data,
          ...r.data,
          description: { ...found.data.description, ...r.data.description },
          eura: r.data.eura ? { ...found.data.eura, ...r.data.eura } : found.data.eura,
          partners: all.map(standIn),
        },
        issues,
      );
      if (!next) continue;
      const withPartners = { ...next, partners: all.map(standIn) };
      if (diffProject(found.data, withPartners).length === 0) {
        result.unchanged.push({ row: r.row, existing: found });
        continue;
      }
      if (!canModerate(caller, found.region_codes) || !canModerate(caller, next.regions)) {
        issues.push({ row: r.row, field: null, code: 'project_not_allowed' });
        continue;
      }
      result.updates.push({ row: r.row, data: next, partners: all, existing: found });
    } else {
      const data = checkData(r.row, { ...r.data, partners: partners.map(standIn) }, issues);
      if (!data) continue;
      if (!canModerate(caller, data.regions)) {
        issues.push({ row: r.row, field: 'regions', code: 'project_not_allowed' });
        continue;
      }
      result.creates.push({ row: r.row, data, partners });
    }
  }
  return result;
}

export function report(p: Plan, mapping: ProjectImportMapping, lang: Lang): ProjectImportReport {
  const common = reportOf(
    {
      rows: p.rows,
      header: p.header,
      mapping,
      issues: p.issues,
      notices: p.notices,
      create: p.creates.length,
      update: p.updates.length,
      unchanged: p.unchanged.length,
      preview: [
        ...p.creates.map((c) => ({
          row: c.row,
          action: 'create' as const,
          title: c.data.title.fi,
          euraCode: c.data.eura?.code ?? null,
          existingId: null,
        })),
        ...p.updates.map((u) => ({
          row: u.row,
          action: 'update' as const,
          title: u.data.title.fi,
          euraCode: u.existing.eura_code,
          existingId: u.existing.id,
        })),
        ...p.unchanged.map((u) => ({
          row: u.row,
          action: 'unchanged' as const,
          title: u.existing.data.title.fi,
          euraCode: u.existing.eura_code,
          existingId: u.existing.id,
        })),
      ],
    },
    lang,
  );
  return {
    ...common,
    missingPartners: [...p.missing]
      .map(([businessId, m]) => ({ businessId, name: m.name, rows: m.rows.slice(0, 50) }))
      .slice(0, 1000),
    propose: p.proposals.size,
  };
}
