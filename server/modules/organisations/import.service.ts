import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Lang } from '../../../common/languages.js';
import {
  type ImportEncoding,
  type ImportMapping,
  type ImportProgress,
  type ImportReport,
  requiredImportFields,
} from '../../../common/schemas/organisation-import.js';
import {
  type OrganisationData,
  organisationDataSchema,
} from '../../../common/schemas/organisations.js';
import { forEachCooperatively, giveWay, mapCooperatively } from '../../cooperative.js';
import type { Db } from '../../db/client.js';
import { organisation, organisationRevision } from '../../db/schema/index.js';
import { rowsOf, sqlArray } from '../../db/sql.js';
import { asLongWork } from '../../db/work.js';
import { AppError } from '../../errors.js';
import { type ParsedFile, parseImportFile } from '../../import/file.js';
import { reportOf } from '../../import/report.js';
import type { Caller } from '../accounts/policy.js';
import { type RequestMeta, recordAudit } from '../audit/service.js';
import { derivedColumns, derivedValues } from './derive.js';
import { diffData } from './diff.js';
import { type Issue, loadReference, readRow, type ValidRow } from './import-rows.js';
import { canModerate } from './policy.js';
import { type Place, selectSimilarNamesOf } from './repo.js';

interface Existing {
  id: string;
  business_id: string | null;
  name: string;
  data: OrganisationData;
  version: number;
  region_code: string | null;
}

interface Plan {
  rows: number;
  creates: ValidRow[];
  updates: { row: ValidRow; existing: Existing; next: OrganisationData; place: Place }[];
  /** Rows matched to an organisation that they would leave as it is. */
  unchanged: { row: ValidRow; existing: Existing }[];
  issues: Issue[];
  notices: Issue[];
  warnings: (Issue & { candidates?: string })[];
  header: string[];
}

/** Reads and checks every row against the file, the reference data and the registry. */
async function plan(
  db: Db,
  caller: Caller,
  file: ParsedFile,
  mapping: ImportMapping,
  options: { warnings: boolean; signal?: AbortSignal | undefined },
): Promise<Plan> {
  for (const [field, index] of Object.entries(mapping)) {
    if (index !== undefined && index >= file.header.length) {
      throw new AppError('import_invalid', {
        problems: [{ code: 'unknown_column', value: `${field} → ${index + 1}` }],
      });
    }
  }
  const missing = requiredImportFields.filter((f) => mapping[f] === undefined);
  if (missing.length) {
    throw new AppError('import_invalid', {
      problems: [{ code: 'missing_columns', value: missing.join(', ') }],
    });
  }
  const ref = await loadReference(db);
  const issues: Issue[] = [];
  const notices: Issue[] = [];
  const valid: ValidRow[] = [];
  const seen = new Map<string, number>();
  const seenIds = new Map<string, number>();
  await forEachCooperatively(
    file.rows,
    (cells, i) => {
      const row = i + 2;
      const r = readRow(cells, row, mapping, ref, issues, notices);
      if (!r) return;
      if (r.id) {
        const other = seenIds.get(r.id);
        if (other !== undefined) {
          issues.push({ row, field: 'id', code: 'duplicate_id_in_file', params: { other } });
          return;
        }
        seenIds.set(r.id, row);
      }
      const bid = r.data.businessId;
      if (bid) {
        const other = seen.get(bid);
        if (other !== undefined) {
          issues.push({ row, field: 'businessId', code: 'duplicate_in_file', params: { other } });
          return;
        }
        seen.set(bid, row);
      }
      valid.push(r);
    },
    options.signal,
  );

  // Existing organisations by business ID and by Kudos id, a query per 5000 of each.
  const byBusinessId = new Map<string, Existing>();
  const byId = new Map<string, Existing>();
  const fetchExisting = async (keys: string[], column: 'business_id' | 'id') => {
    for (let i = 0; i < keys.length; i += 5000) {
      options.signal?.throwIfAborted();
      const chunk = keys.slice(i, i + 5000);
      const match =
        column === 'id'
          ? sql`id = any(${sqlArray(chunk, 'uuid')})`
          : sql`business_id = any(${sqlArray(chunk, 'text')})`;
      const result = await db.execute(sql`
        select id, business_id, name, data, version, region_code from organisation
        where state in ('pending', 'published') and ${match}`);
      for (const e of rowsOf<Existing>(result)) {
        byId.set(e.id, e);
        if (e.business_id) byBusinessId.set(e.business_id, e);
      }
    }
  };
  await fetchExisting([...seen.keys()], 'business_id');
  await fetchExisting(
    [...seenIds.keys()].filter((id) => !byId.has(id)),
    'id',
  );

  const creates: ValidRow[] = [];
  const updates: Plan['updates'] = [];
  const unchanged: Plan['unchanged'] = [];
  for (const [i, r] of valid.entries()) {
    if (i % 100 === 0) {
      await giveWay();
      options.signal?.throwIfAborted();
    }
    const bid = r.data.businessId;
    let found: Existing | undefined;
    if (r.id) {
      // A row with a Kudos id updates that organisation, and only that one.
      found = byId.get(r.id);
      if (!found) {
        issues.push({ row: r.row, field: 'id', code: 'unknown_id', params: { value: r.id } });
        continue;
      }
      const holder = bid ? byBusinessId.get(bid) : undefined;
      if (holder && holder.id !== found.id) {
        issues.push({
          row: r.row,
          field: 'businessId',
          code: 'business_id_taken',
          params: { value: bid, other: holder.name },
        });
        continue;
      }
    } else {
      found = bid ? byBusinessId.get(bid) : undefined;
    }
    if (found) {
      // Only the mapped columns change; the rest of the profile stays as it is.
      const next = organisationDataSchema.parse({
        ...found.data,
        ...Object.fromEntries([...r.fields].map((k) => [k, r.data[k]])),
        ...(r.fields.has('description')
          ? { description: { ...found.data.description, ...stripUndefined(r.data.description) } }
          : {}),
      });
      // Where the organisation is after the change (its old place when the file says nothing).
      const m = next.municipality ? ref.municipalities.get(next.municipality) : undefined;
      const place: Place = { regionCode: m?.regionCode ?? null, municipalityName: m?.name ?? null };
      // A row that would change nothing is no change, and needs no permission to be left alone.
      if (diffData(found.data, next).length === 0) {
        unchanged.push({ row: r, existing: found });
        continue;
      }
      // A coordinator may change what is in their regions, and move it only into their regions.
      if (!canModerate(caller, found.region_code) || !canModerate(caller, place.regionCode)) {
        issues.push({ row: r.row, field: null, code: 'not_allowed' });
        continue;
      }
      updates.push({ row: r, existing: found, next, place });
    } else {
      if (!canModerate(caller, r.regionCode)) {
        issues.push({ row: r.row, field: null, code: 'not_allowed' });
        continue;
      }
      creates.push(r);
    }
  }

  // Possible duplicates by name in the same municipality: a warning of the dry run, not an error
  // (the run itself does not look again). The report lists the first 1000 warnings.
  const warnings: Plan['warnings'] = [];
  const checked = options.warnings ? creates : [];
  // Chunks small enough that, on the embedded database, no statement holds it for long.
  const similarChunk = 200;
  for (let i = 0; i < checked.length && warnings.length < 1000; i += similarChunk) {
    options.signal?.throwIfAborted();
    const chunk = checked.slice(i, i + similarChunk);
    const found = await selectSimilarNamesOf(
      db,
      chunk.map((c) => ({ name: c.data.name, municipality: c.data.municipality })),
    );
    chunk.forEach((c, j) => {
      const names = found[j]?.map((f) => f.name) ?? [];
      if (names.length > 0)
        warnings.push({
          row: c.row,
          field: 'name',
          code: 'similar_name',
          params: { value: names.join('; ') },
        });
    });
  }
  // The file's own duplicates: only the same name twice (case and spacing aside), since comparing
  // every pair of new rows by similarity would cost as much as the quadratic check this replaced.
  const firstRow = new Map<string, number>();
  for (const c of checked) {
    const name = c.data.name.toLocaleLowerCase('fi').replace(/\s+/g, ' ');
    const key = `${c.data.municipality ?? ''}|${name}`;
    const other = firstRow.get(key);
    if (other === undefined) firstRow.set(key, c.row);
    else warnings.push({ row: c.row, field: 'name', code: 'same_name_in_file', params: { other } });
  }
  return {
    rows: file.rows.length,
    creates,
    updates,
    unchanged,
    issues,
    notices,
    warnings,
    header: file.header,
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function report(p: Plan, mapping: ImportMapping, lang: Lang): ImportReport {
  return reportOf(
    {
      rows: p.rows,
      header: p.header,
      mapping,
      issues: p.issues,
      warnings: p.warnings,
      notices: p.notices,
      create: p.creates.length,
      update: p.updates.length,
      unchanged: p.unchanged.length,
      preview: [
        ...p.creates.map((r) => ({
          row: r.row,
          action: 'create' as const,
          name: r.data.name,
          businessId: r.data.businessId,
          existingId: null,
        })),
        ...p.updates.map((u) => ({
          row: u.row.row,
          action: 'update' as const,
          name: u.next.name,
          businessId: u.next.businessId,
          existingId: u.existing.id,
        })),
        ...p.unchanged.map((u) => ({
          row: u.row.row,
          action: 'unchanged' as const,
          name: u.existing.data.name,
          businessId: u.existing.data.businessId,
          existingId: u.existing.id,
        })),
      ],
    },
    lang,
  );
}

/** An import file's bytes and the encoding to read a CSV file in (see import-encoding.ts). */
export interface ImportSource {
  bytes: Buffer;
  encoding?: ImportEncoding;
}

/** The dry run: what would happen, row by row, and every error; nothing is written. */
export async function dryRunImport(
  db: Db,
  caller: Caller,
  source: ImportSource,
  mapping: ImportMapping,
  lang: Lang,
  signal?: AbortSignal,
): Promise<ImportReport> {
  assertImporter(caller);
  const file = await parseImportFile(source.bytes, { encoding: source.encoding, signal });
  return report(await plan(db, caller, file, mapping, { warnings: true, signal }), mapping, lang);
}

function assertImporter(caller: Caller) {
  if (caller.role !== 'admin' && caller.role !== 'coordinator') throw new AppError('forbidden');
}

const chunkSize = 1000;

/**
 * Imports in one transaction, all or nothing: when any row has an error nothing is written and
 * the report says why. `progress` is called after each chunk of rows. The transaction is long
 * work: on the embedded database, requests that would wait behind it get 503 after a short wait.
 * An aborted `signal` (the client went away) stops it, and nothing is written.
 */
export async function runImport(
  db: Db,
  meta: RequestMeta,
  caller: Caller,
  source: ImportSource,
  mapping: ImportMapping,
  lang: Lang,
  progress: (p: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<{ created: number; updated: number; unchanged: number; total: number }> {
  assertImporter(caller);
  const file = await parseImportFile(source.bytes, { encoding: source.encoding, signal });
  const p = await plan(db, caller, file, mapping, { warnings: false, signal });
  if (p.issues.length > 0)
    throw new AppError('import_invalid', { report: report(p, mapping, lang) });
  const total = p.creates.length + p.updates.length;
  const actor = await db.execute(sql`select name from app_user where id = ${caller.id}`);
  const actorLabel = rowsOf<{ name: string }>(actor)[0]?.name ?? null;
  let processed = 0;
  await asLongWork(() =>
    db.transaction(async (tx) => {
      for (let i = 0; i < p.creates.length; i += chunkSize) {
        signal?.throwIfAborted();
        const chunk = p.creates.slice(i, i + chunkSize);
        // One statement per chunk with the rows as one JSON parameter: building a thousand-row
        // VALUES list cost more in JavaScript than the database spent inserting it.
        const rows = await mapCooperatively(
          chunk,
          (r) => {
            const place = { regionCode: r.regionCode, municipalityName: r.municipalityName };
            const v = derivedValues(r.data, place);
            return {
              id: randomUUID(),
              data: r.data,
              name: v.name,
              business_id: v.businessId,
              legal_form: v.legalForm,
              family: v.family,
              actor_types: v.actorTypes,
              municipality_code: v.municipalityCode,
              region_code: v.regionCode,
              tol_section: v.tolSection,
              themes: v.themes,
              sdg_goals: v.sdgGoals,
              target_groups: v.targetGroups,
              recognitions: v.recognitions,
              meets: v.meets,
              classification_version: v.classificationVersion,
              partial_work_ability: v.partialWorkAbility,
              status: v.status,
              sort_name: v.sortName,
            };
          },
          signal,
        );
        const textList = (key: string) =>
          sql.raw(`coalesce(array(select jsonb_array_elements_text(u.${key})), '{}')`);
        await tx.execute(sql`
        insert into organisation (
          id, data, state, created_by, name, business_id, legal_form, family, actor_types,
          municipality_code, region_code, tol_section, themes, sdg_goals, target_groups,
          recognitions, meets, classification_version, partial_work_ability, status,
          sort_name)
        select u.id, u.data, 'published', ${caller.id}::uuid, u.name, u.business_id, u.legal_form, u.family,
          ${textList('actor_types')}, u.municipality_code, u.region_code, u.tol_section,
          ${textList('themes')}, ${textList('sdg_goals')}::smallint[], ${textList('target_groups')},
          ${textList('recognitions')}, ${textList('meets')}, u.classification_version,
          u.partial_work_ability, u.status,
          u.sort_name
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as u(
          id uuid, data jsonb, name text, business_id text, legal_form text, family text, actor_types jsonb,
          municipality_code text, region_code text, tol_section text, themes jsonb, sdg_goals jsonb,
          target_groups jsonb, recognitions jsonb, meets jsonb, classification_version text,
          partial_work_ability boolean, status text, sort_name text)`);
        await tx.execute(sql`
        insert into organisation_revision (organisation_id, version, action, actor_id, actor_label, data, changes)
        select u.id, 1, 'import', ${caller.id}::uuid, ${actorLabel}, u.data, '[]'::jsonb
        from jsonb_to_recordset(${JSON.stringify(rows.map((r) => ({ id: r.id, data: r.data })))}::jsonb)
          as u(id uuid, data jsonb)`);
        processed += chunk.length;
        progress({ state: 'running', processed, total });
      }
      for (const u of p.updates) {
        if (processed % 100 === 0) signal?.throwIfAborted();
        const [row] = await tx
          .update(organisation)
          .set({
            data: u.next,
            ...derivedColumns(u.next, u.place),
            updatedAt: new Date(),
            confirmedAt: new Date(),
            version: sql`${organisation.version} + 1`,
          })
          .where(
            sql`${organisation.id} = ${u.existing.id} and ${organisation.version} = ${u.existing.version}`,
          )
          .returning({ version: organisation.version });
        // Someone edited the organisation after the check: the whole import stops.
        if (!row) throw new AppError('version_conflict', { organisationId: u.existing.id });
        await tx.insert(organisationRevision).values({
          organisationId: u.existing.id,
          version: row.version,
          action: 'import',
          actorId: caller.id,
          actorLabel,
          data: u.next,
          changes: diffData(u.existing.data, u.next),
        });
        processed += 1;
        if (processed % chunkSize === 0) progress({ state: 'running', processed, total });
      }
      await recordAudit(tx, meta, {
        action: 'organisation.import',
        actorId: caller.id,
        targetType: 'organisation',
        details: {
          created: p.creates.length,
          updated: p.updates.length,
          unchanged: p.unchanged.length,
          rows: p.rows,
        },
      });
    }),
  );
  // Fresh statistics for the planner after a large change (PGlite has no autovacuum).
  if (total >= 1000) await asLongWork(() => db.execute(sql`analyze organisation`));
  return {
    created: p.creates.length,
    updated: p.updates.length,
    unchanged: p.unchanged.length,
    total,
  };
}
