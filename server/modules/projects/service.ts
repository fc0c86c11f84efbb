import type { z } from 'zod';
import {
  type ProjectData,
  type ProjectDetail,
  projectDataSchema,
  type updateProjectBodySchema,
} from '../../../common/schemas/projects.js';
import type { Db } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { projectRequest } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { diffFields } from '../../revisions/diff.js';
import type { Caller } from '../accounts/policy.js';
import { type RequestMeta, recordAudit } from '../audit/service.js';
import * as orgRepo from '../organisations/repo.js';
import { regionNames, unknownRegionCodes } from '../regions/service.js';
import {
  canEdit,
  canModerate,
  canMoveTo,
  canSeeContact,
  canView,
  type ProjectScope,
} from './policy.js';
import * as repo from './repo.js';

/** Objects whose fields the history lists one by one (`title.sv`, `contact.email`). */
const nestedFields = new Set(['title', 'description', 'contact', 'eura']);
export const diffProject = (before: ProjectData | null, after: ProjectData) =>
  diffFields(before, after, nestedFields);

type FieldProblem = { location: 'body'; path: string; code: string; message: string };

const leadOf = (data: ProjectData) =>
  data.partners.find((p) => p.role === 'lead')?.organisationId ?? null;

async function scopeOf(db: Db, caller: Caller | null, row: repo.ProjectRow): Promise<ProjectScope> {
  const lead = row.leadOrganisationId;
  return {
    state: row.state,
    regionCodes: row.regionCodes,
    leadRole: lead ? await orgRepo.selectMyRole(db, lead, caller?.id) : null,
  };
}

/** Loads a project the caller may see; 404 otherwise (existence of hidden ones is not told). */
export async function loadVisible(db: Db, caller: Caller | null, id: string) {
  const row = await repo.selectProject(db, id);
  if (!row) throw new AppError('project_not_found');
  const scope = await scopeOf(db, caller, row);
  if (!canView(caller, scope)) throw new AppError('project_not_found');
  return { row, scope };
}

export async function toDetail(
  db: Db,
  caller: Caller | null,
  row: repo.ProjectRow,
  scope: ProjectScope,
): Promise<ProjectDetail> {
  const d = row.data;
  const [names, orgs] = await Promise.all([
    regionNames(db, d.regions),
    repo.selectOrganisationRefs(
      db,
      d.partners.map((p) => p.organisationId),
    ),
  ]);
  const byId = new Map(orgs.map((o) => [o.id, o]));
  return {
    id: row.id,
    state: row.state as ProjectDetail['state'],
    title: d.title,
    description: d.description,
    status: d.status,
    startDate: d.startDate,
    endDate: d.endDate,
    fundingProgramme: d.fundingProgramme,
    budget: d.budget,
    publicFunding: d.publicFunding,
    regions: d.regions.flatMap((code) => {
      const name = names.get(code);
      return name ? [{ code, name }] : [];
    }),
    national: d.national,
    // A partner organisation that was since rejected or deleted is left out for readers.
    partners: d.partners.flatMap((p) => {
      const o = byId.get(p.organisationId);
      if (!o || (o.state !== 'published' && !canEdit(caller, scope))) return [];
      return [
        {
          organisation: { id: o.id, name: o.name, nameSv: o.nameSv, nameEn: o.nameEn },
          role: p.role,
        },
      ];
    }),
    goals: d.goals,
    themes: d.themes,
    sdgGoals: d.sdgGoals,
    website: d.website,
    logoUrl: row.hasLogo ? `/api/v1/projects/${row.id}/logo?v=${row.updatedAt.getTime()}` : null,
    contact:
      d.contact && canSeeContact(caller, d.contact.public)
        ? { name: d.contact.name, email: d.contact.email, public: d.contact.public }
        : null,
    eura: d.eura,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    permissions: { edit: canEdit(caller, scope), moderate: canModerate(caller, scope.regionCodes) },
    demo: row.demo,
  };
}

export async function getProject(db: Db, caller: Caller | null, id: string) {
  const { row, scope } = await loadVisible(db, caller, id);
  return toDetail(db, caller, row, scope);
}

/** A project as anyone may see it, from its row; undefined when it is not public. */
export async function publicDetail(db: Db, row: repo.ProjectRow) {
  const scope = await scopeOf(db, null, row);
  return canView(null, scope) ? toDetail(db, null, row, scope) : undefined;
}

/**
 * References to other records: known region codes, and partners that are published organisations,
 * each once. The same organisation twice is a conflict (409); the others are field problems. A
 * partner the project has already (`before`) may stay while it waits for approval (an import
 * proposed it to the registry); a new one must be published.
 */
async function checkReferences(db: Db, data: ProjectData, before?: ProjectData) {
  const seen = new Set<string>();
  for (const p of data.partners) {
    if (seen.has(p.organisationId)) {
      throw new AppError('duplicate_partner', { organisationId: p.organisationId });
    }
    seen.add(p.organisationId);
  }
  const problems: FieldProblem[] = [];
  for (const code of await unknownRegionCodes(db, data.regions)) {
    problems.push({
      location: 'body',
      path: `regions.${data.regions.indexOf(code)}`,
      code: 'unknown_region',
      message: code,
    });
  }
  const orgs = await repo.selectOrganisationRefs(db, [...seen]);
  const published = new Set(orgs.filter((o) => o.state === 'published').map((o) => o.id));
  const pending = new Set(orgs.filter((o) => o.state === 'pending').map((o) => o.id));
  const had = new Set(before?.partners.map((p) => p.organisationId));
  data.partners.forEach((p, i) => {
    const waiting = pending.has(p.organisationId) && had.has(p.organisationId);
    if (!published.has(p.organisationId) && !waiting) {
      problems.push({
        location: 'body',
        path: `partners.${i}.organisationId`,
        code: 'partner_not_published',
        message: p.organisationId,
      });
    }
  });
  if (problems.length > 0) throw new AppError('invalid_request', { fields: problems });
}

/** Whole data checked again after a partial change was merged into it. */
function parseMerged(merged: unknown): ProjectData {
  const parsed = projectDataSchema.safeParse(merged);
  if (parsed.success) return parsed.data;
  throw new AppError('invalid_request', {
    fields: parsed.error.issues.map((i) => ({
      location: 'body',
      path: i.path.join('.'),
      code: i.code,
      message: i.message,
    })),
  });
}

/** The caller's role in the organisation that would lead the project. */
const roleIn = (db: Db, caller: Caller, organisationId: string | null) =>
  organisationId ? orgRepo.selectMyRole(db, organisationId, caller.id) : Promise.resolve(null);

/**
 * A representative of the lead organisation proposes a project (pending until a coordinator of
 * its regions approves); a coordinator of its regions adds it published at once.
 */
export async function createProject(db: Db, meta: RequestMeta, caller: Caller, data: ProjectData) {
  await checkReferences(db, data);
  const publish = canModerate(caller, data.regions);
  if (!publish && !(await roleIn(db, caller, leadOf(data)))) {
    throw new AppError('forbidden', { reason: 'lead_representative' });
  }
  const actor = await orgRepo.selectUser(db, caller.id);
  try {
    const id = await db.transaction(async (tx) => {
      const row = await repo.insertProject(tx, {
        data,
        state: publish ? 'published' : 'pending',
        createdBy: caller.id,
      });
      if (!publish) {
        await tx.insert(projectRequest).values({ projectId: row.id, userId: caller.id });
      }
      await repo.revisions.insert(tx, {
        ownerId: row.id,
        version: 1,
        action: 'create',
        actorId: caller.id,
        actorLabel: actor?.name ?? null,
        data,
        changes: diffProject(null, data),
      });
      await recordAudit(tx, meta, {
        action: publish ? 'project.create' : 'project.propose',
        actorId: caller.id,
        targetType: 'project',
        targetId: row.id,
      });
      return row.id;
    });
    return getProject(db, caller, id);
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('eura_code_taken');
    throw err;
  }
}

async function versionConflict(db: Db, caller: Caller, id: string, version: number) {
  const current = await getProject(db, caller, id);
  const changedFields = await repo.revisions.changedSince(db, id, version);
  return new AppError('version_conflict', { current, changedFields });
}

/** Writes a new version with its revision; false when `version` was no longer current. */
async function writeRevision(
  db: Db,
  caller: Caller,
  row: repo.ProjectRow,
  next: ProjectData,
  version: number,
  action: 'update' | 'restore' | 'import',
) {
  const changes = diffProject(row.data, next);
  const updated = await repo.updateProjectData(db, row.id, version, next);
  if (!updated) return undefined;
  const actor = await orgRepo.selectUser(db, caller.id);
  await repo.revisions.insert(db, {
    ownerId: row.id,
    version: updated.version,
    action,
    actorId: caller.id,
    actorLabel: actor?.name ?? null,
    data: next,
    changes,
  });
  return changes;
}

/**
 * Checks that the caller may make this project's data `next`: the regions within their reach, and
 * the lead handed only to an organisation they represent (unless they moderate the project).
 */
async function assertMayChangeTo(
  db: Db,
  caller: Caller,
  scope: ProjectScope,
  before: ProjectData,
  next: ProjectData,
) {
  if (!canMoveTo(caller, scope, next.regions)) {
    throw new AppError('forbidden', { reason: 'target_region', regions: next.regions });
  }
  const lead = leadOf(next);
  if (lead !== leadOf(before) && !canModerate(caller, next.regions)) {
    if (!(await roleIn(db, caller, lead))) {
      throw new AppError('forbidden', { reason: 'lead_representative' });
    }
  }
}

type ProjectPatch = z.output<typeof updateProjectBodySchema>;

/** A partial change based on `version`; a stale version gets 409 with the fields changed since. */
export async function updateProject(
  db: Db,
  meta: RequestMeta,
  caller: Caller,
  id: string,
  patch: ProjectPatch,
) {
  const { row, scope } = await loadVisible(db, caller, id);
  if (!canEdit(caller, scope)) throw new AppError('forbidden');
  const { version, ...fields } = patch;
  if (version !== row.version) throw await versionConflict(db, caller, id, version);
  const data = parseMerged({ ...row.data, ...fields });
  if (diffProject(row.data, data).length === 0) return toDetail(db, caller, row, scope);
  await checkReferences(db, data, row.data);
  await assertMayChangeTo(db, caller, scope, row.data, data);
  const ok = await db.transaction(async (tx) => {
    const changes = await writeRevision(tx, caller, row, data, version, 'update');
    if (!changes) return false;
    await recordAudit(tx, meta, {
      action: 'project.update',
      actorId: caller.id,
      targetType: 'project',
      targetId: id,
      details: { fields: changes.map((c) => c.field) },
    });
    return true;
  });
  if (!ok) throw await versionConflict(db, caller, id, version);
  return getProject(db, caller, id);
}

export async function getHistory(db: Db, caller: Caller | null, id: string) {
  const { row, scope } = await loadVisible(db, caller, id);
  const revisions = await repo.revisions.list(db, id);
  const showContact = caller !== null;
  return {
    items: revisions.map((r) => ({
      id: String(r.id),
      version: r.version,
      action: r.action as 'create',
      at: r.at.toISOString(),
      actor: showContact ? r.actorLabel : null,
      // The contact person's name and address are not public: readers see that they changed.
      changes: r.changes.map((c) =>
        !showContact && c.field.startsWith('contact')
          ? { field: c.field, before: null, after: null }
          : c,
      ),
    })),
    permissions: {
      restore: canModerate(caller, row.regionCodes) && scope.state !== 'rejected',
    },
  };
}

/** A coordinator puts back the data of an earlier revision (as a new revision). */
export async function restoreRevision(
  db: Db,
  meta: RequestMeta,
  caller: Caller,
  id: string,
  body: { revision: string; version: number },
) {
  const { row, scope } = await loadVisible(db, caller, id);
  if (!canModerate(caller, row.regionCodes)) throw new AppError('forbidden');
  const revision = await repo.revisions.one(db, id, body.revision);
  if (!revision) throw new AppError('not_found', { revision: body.revision });
  if (body.version !== row.version) throw await versionConflict(db, caller, id, body.version);
  const data = parseMerged(revision.data);
  await checkReferences(db, data);
  if (!canModerate(caller, data.regions)) {
    throw new AppError('forbidden', { reason: 'target_region', regions: data.regions });
  }
  await assertMayChangeTo(db, caller, scope, row.data, data);
  const ok = await db.transaction(async (tx) => {
    const changes = await writeRevision(tx, caller, row, data, body.version, 'restore');
    if (!changes) return false;
    await recordAudit(tx, meta, {
      action: 'project.restore',
      actorId: caller.id,
      targetType: 'project',
      targetId: id,
      details: { revision: body.revision },
    });
    return true;
  });
  if (!ok) throw await versionConflict(db, caller, id, body.version);
  return getProject(db, caller, id);
}
