/**
 * Importing projects (EURA 2021 records) from CSV or XLSX: the dry run says what each row would do
 * and every problem; the run writes everything in one transaction or nothing. A row's EURA code
 * finds the project it updates; its applicant and co-implementers are found in the registry by
 * business ID. Partners not in the registry are errors, or (when the importer chooses) proposed to
 * the registry as organisations for a coordinator to approve.
 */
import { sql } from 'drizzle-orm';
import type { Lang } from '../../../common/languages.js';
import type { ImportProgress } from '../../../common/schemas/import.js';
import { organisationDataSchema } from '../../../common/schemas/organisations.js';
import type {
  ProjectImportMapping,
  ProjectImportReport,
} from '../../../common/schemas/project-import.js';
import type { ProjectData } from '../../../common/schemas/projects.js';
import { giveWay } from '../../cooperative.js';
import type { Db } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import {
  organisationRequest,
  project,
  projectPartner,
  projectRevision,
} from '../../db/schema/index.js';
import { asLongWork } from '../../db/work.js';
import { AppError } from '../../errors.js';
import { parseImportFile } from '../../import/file.js';
import type { Caller } from '../accounts/policy.js';
import { type RequestMeta, recordAudit } from '../audit/service.js';
import * as orgRepo from '../organisations/repo.js';
import {
  type Planned,
  type ProjectImportOptions,
  type ProjectImportSource,
  plan,
  report,
} from './import-plan.js';
import * as repo from './repo.js';
import { diffProject } from './service.js';

/** The dry run: what would happen, row by row, and every problem; nothing is written. */
export async function dryRunProjectImport(
  db: Db,
  caller: Caller,
  source: ProjectImportSource,
  mapping: ProjectImportMapping,
  options: ProjectImportOptions,
  lang: Lang,
  signal?: AbortSignal,
): Promise<ProjectImportReport> {
  const file = await parseImportFile(source.bytes, { encoding: source.encoding, signal });
  return report(await plan(db, caller, file, mapping, { ...options, signal }), mapping, lang);
}

const chunkSize = 500;

/**
 * The run's one transaction. Someone may propose an organisation with a business ID the run
 * proposes too, or take an EURA code, after the check: the unique index decides, and the run stops
 * with a conflict (nothing written) instead of an error of the server.
 */
function inTransaction(db: Db) {
  return async (work: Parameters<Db['transaction']>[0]) => {
    try {
      return await db.transaction(work);
    } catch (err) {
      if (isUniqueViolation(err)) throw new AppError('import_conflict');
      throw err;
    }
  };
}

/**
 * Imports in one transaction, all or nothing: when any row has a problem nothing is written and
 * the report says why. The organisations to propose are written first (pending, each with a
 * proposal in the moderation queue), then the projects (published: the importer coordinates their
 * regions) with their partners and a revision each, in chunks with progress after each.
 */
export async function runProjectImport(
  db: Db,
  meta: RequestMeta,
  caller: Caller,
  source: ProjectImportSource,
  mapping: ProjectImportMapping,
  options: ProjectImportOptions,
  lang: Lang,
  progress: (p: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<{ created: number; updated: number; unchanged: number; total: number }> {
  const file = await parseImportFile(source.bytes, { encoding: source.encoding, signal });
  const p = await plan(db, caller, file, mapping, { ...options, signal });
  if (p.issues.length > 0) {
    throw new AppError('import_invalid', { report: report(p, mapping, lang) });
  }
  const total = p.creates.length + p.updates.length;
  const writeAll = inTransaction(db);
  const actor = await orgRepo.selectUser(db, caller.id);
  const actorLabel = actor?.name ?? null;
  let processed = 0;
  await asLongWork(() =>
    writeAll(async (tx) => {
      // The proposed organisations: name and business ID, for a coordinator to complete.
      const proposed = new Map<string, string>();
      const proposals = [...p.proposals];
      for (let i = 0; i < proposals.length; i += chunkSize) {
        const chunk = proposals.slice(i, i + chunkSize);
        const data = chunk.map(([businessId, name]) =>
          organisationDataSchema.parse({ name, businessId }),
        );
        const rows = await orgRepo.insertOrganisations(
          tx,
          data.map((d) => ({
            data: d,
            place: { regionCode: null, municipalityName: null },
            state: 'pending',
            createdBy: caller.id,
          })),
        );
        for (const [j, row] of rows.entries()) proposed.set(chunk[j]?.[0] as string, row.id);
        await tx.insert(organisationRequest).values(
          rows.map((row) => ({
            kind: 'propose',
            organisationId: row.id,
            userId: caller.id,
            message: 'import',
          })),
        );
        for (const [j, row] of rows.entries()) {
          await orgRepo.revisions.insert(tx, {
            ownerId: row.id,
            version: 1,
            action: 'import',
            actorId: caller.id,
            actorLabel,
            data: data[j] as (typeof data)[number],
            changes: [],
          });
        }
      }
      const resolve = (planned: Planned): ProjectData => ({
        ...planned.data,
        partners: planned.partners.map((x) => ({
          role: x.role,
          organisationId:
            'organisationId' in x ? x.organisationId : (proposed.get(x.propose) as string),
        })),
      });
      for (let i = 0; i < p.creates.length; i += chunkSize) {
        signal?.throwIfAborted();
        const chunk = p.creates.slice(i, i + chunkSize).map(resolve);
        const rows = await tx
          .insert(project)
          .values(
            chunk.map((data) => ({
              data,
              state: 'published',
              createdBy: caller.id,
              ...repo.derivedColumns(data),
            })),
          )
          .returning({ id: project.id });
        const partnerRows = rows.flatMap((row, j) =>
          (chunk[j] as ProjectData).partners.map((x) => ({
            projectId: row.id,
            organisationId: x.organisationId,
            role: x.role,
          })),
        );
        for (let k = 0; k < partnerRows.length; k += 2000) {
          await tx.insert(projectPartner).values(partnerRows.slice(k, k + 2000));
        }
        await tx.insert(projectRevision).values(
          rows.map((row, j) => ({
            projectId: row.id,
            version: 1,
            action: 'import',
            actorId: caller.id,
            actorLabel,
            data: chunk[j] as ProjectData,
            changes: diffProject(null, chunk[j] as ProjectData),
          })),
        );
        processed += chunk.length;
        progress({ state: 'running', processed, total });
        await giveWay();
      }
      for (const u of p.updates) {
        if (processed % 100 === 0) signal?.throwIfAborted();
        const next = resolve(u);
        const row = await repo.updateProjectData(tx, u.existing.id, u.existing.version, next);
        // Someone edited the project after the check: the whole import stops.
        if (!row) throw new AppError('version_conflict', { projectId: u.existing.id });
        await repo.revisions.insert(tx, {
          ownerId: u.existing.id,
          version: row.version,
          action: 'import',
          actorId: caller.id,
          actorLabel,
          data: next,
          changes: diffProject(u.existing.data, next),
        });
        processed += 1;
        if (processed % chunkSize === 0) progress({ state: 'running', processed, total });
      }
      await recordAudit(tx, meta, {
        action: 'project.import',
        actorId: caller.id,
        targetType: 'project',
        details: {
          created: p.creates.length,
          updated: p.updates.length,
          unchanged: p.unchanged.length,
          proposedOrganisations: p.proposals.size,
          rows: p.rows,
        },
      });
    }),
  );
  if (total >= 1000) await asLongWork(() => db.execute(sql`analyze project`));
  return {
    created: p.creates.length,
    updated: p.updates.length,
    unchanged: p.unchanged.length,
    total,
  };
}
