import type { Lang } from '../../../common/languages.js';
import { tolSectionOf } from '../../../common/organisations.js';
import { type PageId, pagePath } from '../../../common/routes.js';
import {
  type FieldChange,
  type OrganisationData,
  type OrganisationDetail,
  organisationDataSchema,
} from '../../../common/schemas/organisations.js';
import type { Db } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { organisationRequest } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import type { Caller } from '../accounts/policy.js';
import { type RequestMeta, recordAudit } from '../audit/service.js';
import { classificationOf } from './derive.js';
import { diffData } from './diff.js';
import {
  canEdit,
  canManageMembers,
  canModerate,
  canMoveTo,
  canRequestToRepresent,
  canView,
  type OrganisationScope,
} from './policy.js';
import * as repo from './repo.js';

export interface Context {
  baseUrl: string;
}

export function pageLink(baseUrl: string, page: PageId, lang: Lang, params = {}, query = '') {
  return `${baseUrl}${pagePath(page, lang, params)}${query}`;
}

type Loaded = NonNullable<Awaited<ReturnType<typeof repo.selectOrganisation>>>;

/** Loads an organisation the caller may see; 404 otherwise (existence of hidden ones is not told). */
export async function loadVisible(db: Db, caller: Caller | null, id: string) {
  const row = await repo.selectOrganisation(db, id);
  if (!row) throw new AppError('organisation_not_found');
  if (row.org.state === 'merged') {
    throw new AppError('organisation_merged', { mergedInto: row.org.mergedInto });
  }
  const myRole = await repo.selectMyRole(db, id, caller?.id);
  const scope: OrganisationScope = { state: row.org.state, regionCode: row.org.regionCode, myRole };
  if (!canView(caller, scope)) throw new AppError('organisation_not_found');
  return { row, scope };
}

export function toDetail(caller: Caller | null, row: Loaded, scope: OrganisationScope) {
  const o = row.org;
  const { municipality: _m, ...data } = o.data;
  return {
    ...data,
    id: o.id,
    state: o.state as OrganisationDetail['state'],
    family: o.family,
    municipality:
      o.municipalityCode && row.municipalityName
        ? { code: o.municipalityCode, name: row.municipalityName }
        : null,
    region: o.regionCode && row.regionName ? { code: o.regionCode, name: row.regionName } : null,
    industrySection: o.tolSection,
    classification: classificationOf(o.data),
    logoUrl: o.hasLogo ? `/api/v1/organisations/${o.id}/logo?v=${o.updatedAt.getTime()}` : null,
    confirmedAt: o.confirmedAt.toISOString(),
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
    version: o.version,
    myRole: scope.myRole,
    permissions: {
      edit: canEdit(caller, scope),
      manageMembers: canManageMembers(caller, scope),
      moderate: canModerate(caller, scope.regionCode),
      requestToRepresent: canRequestToRepresent(caller, scope),
    },
    demo: o.demo,
  } satisfies OrganisationDetail;
}

export async function getOrganisation(db: Db, caller: Caller | null, id: string) {
  const { row, scope } = await loadVisible(db, caller, id);
  return toDetail(caller, row, scope);
}

/** An organisation as anyone may see it, from its row; undefined when it is not public. */
export function publicDetail(row: Loaded) {
  if (row.org.state === 'merged') return undefined;
  const scope: OrganisationScope = {
    state: row.org.state,
    regionCode: row.org.regionCode,
    myRole: null,
  };
  return canView(null, scope) ? toDetail(null, row, scope) : undefined;
}

type FieldProblem = { location: 'body'; path: string; code: string; message: string };

/**
 * Checks references against the reference data and fills the municipality from the postal code
 * when only that was given. Returns the data to store and where it is.
 */
export async function resolvePlace(
  db: Db,
  input: OrganisationData,
): Promise<{ data: OrganisationData; place: repo.Place; problems: FieldProblem[] }> {
  const problems: FieldProblem[] = [];
  const data = { ...input };
  if (data.postalCode && !data.municipality) {
    const m = await repo.selectPostalCodeMunicipality(db, data.postalCode);
    if (m) data.municipality = m;
    else {
      problems.push({
        location: 'body',
        path: 'postalCode',
        code: 'unknown_postal_code',
        message: data.postalCode,
      });
    }
  }
  let place: repo.Place = { regionCode: null, municipalityName: null };
  if (data.municipality) {
    const m = await repo.selectMunicipality(db, data.municipality);
    if (m) place = { regionCode: m.regionCode, municipalityName: m.name };
    else {
      problems.push({
        location: 'body',
        path: 'municipality',
        code: 'unknown_municipality',
        message: data.municipality,
      });
    }
  }
  if (data.industry && !tolSectionOf(data.industry.code)) {
    problems.push({
      location: 'body',
      path: 'industry.code',
      code: 'unknown_tol_code',
      message: data.industry.code,
    });
  }
  return { data, place, problems };
}

async function resolveOrThrow(db: Db, input: OrganisationData) {
  const r = await resolvePlace(db, input);
  if (r.problems.length > 0) throw new AppError('invalid_request', { fields: r.problems });
  return r;
}

/** Which of these organisations the caller may see (in bulk: one query for all of them). */
async function visibleIds(db: Db, caller: Caller | null, ids: string[]): Promise<Set<string>> {
  const scopes = await repo.selectScopes(db, ids, caller?.id);
  return new Set(
    ids.filter((id) => {
      const scope = scopes.get(id);
      return scope !== undefined && canView(caller, scope);
    }),
  );
}

/**
 * A business ID belongs to one living organisation. When the caller may not see the one that has
 * it (a proposal still waiting for a coordinator), the answer says only that it is taken and
 * waiting for a decision, never which organisation it is.
 */
async function assertBusinessIdFree(
  db: Db,
  caller: Caller,
  businessId: string | null,
  exceptId?: string,
) {
  if (!businessId) return;
  const existing = await repo.selectByBusinessId(db, businessId, exceptId);
  if (!existing) return;
  const visible = await visibleIds(db, caller, [existing.id]);
  throw new AppError(
    'business_id_taken',
    visible.has(existing.id) ? { organisation: existing } : { pending: true },
  );
}

/**
 * Possible duplicates by name in the same municipality (a warning the user may override). Those
 * the caller may not see are only counted (`hidden`): a coordinator decides about them.
 */
export async function similarOrganisations(
  db: Db,
  caller: Caller | null,
  name: string,
  municipality: string | null,
  exceptId?: string,
) {
  const rows = await repo.selectSimilarNames(db, name, municipality, exceptId);
  const visible = await visibleIds(
    db,
    caller,
    rows.map((r) => r.id),
  );
  return {
    items: rows
      .filter((r) => visible.has(r.id))
      .map((r) => ({ ...r, similarity: Math.round(Number(r.similarity) * 100) / 100 })),
    hidden: rows.filter((r) => !visible.has(r.id)).length,
  };
}

/**
 * A member proposes an organisation (pending until a coordinator approves); a coordinator of the
 * region adds it published at once. The proposer becomes its owner.
 */
export async function createOrganisation(
  db: Db,
  meta: RequestMeta,
  caller: Caller,
  input: OrganisationData & { acknowledgeSimilar: boolean },
) {
  const { acknowledgeSimilar, ...raw } = input;
  const { data, place } = await resolveOrThrow(db, raw);
  await assertBusinessIdFree(db, caller, data.businessId);
  if (!acknowledgeSimilar) {
    const similar = await similarOrganisations(db, caller, data.name, data.municipality);
    if (similar.items.length > 0 || similar.hidden > 0) {
      throw new AppError('similar_organisations', {
        candidates: similar.items,
        hidden: similar.hidden,
      });
    }
  }
  // Whoever may publish here also sees every proposal here: nothing similar stays hidden from them.
  const publish = canModerate(caller, place.regionCode);
  const actor = await repo.selectUser(db, caller.id);
  try {
    const id = await db.transaction(async (tx) => {
      const row = await repo.insertOrganisation(tx, {
        data,
        place,
        state: publish ? 'published' : 'pending',
        createdBy: caller.id,
      });
      await repo.insertMember(tx, row.id, caller.id, 'owner');
      if (!publish) {
        await tx.insert(organisationRequest).values({
          kind: 'propose',
          organisationId: row.id,
          userId: caller.id,
        });
      }
      await repo.revisions.insert(tx, {
        ownerId: row.id,
        version: 1,
        action: 'create',
        actorId: caller.id,
        actorLabel: actor?.name ?? null,
        data,
        changes: diffData(null, data),
      });
      await recordAudit(tx, meta, {
        action: publish ? 'organisation.create' : 'organisation.propose',
        actorId: caller.id,
        targetType: 'organisation',
        targetId: row.id,
      });
      return row.id;
    });
    return getOrganisation(db, caller, id);
  } catch (err) {
    // Two proposals with one business ID at the same moment: the unique index decides.
    if (isUniqueViolation(err)) throw new AppError('business_id_taken');
    throw err;
  }
}

async function versionConflict(db: Db, caller: Caller, id: string, version: number) {
  const current = await getOrganisation(db, caller, id);
  const changedFields = await repo.revisions.changedSince(db, id, version);
  return new AppError('version_conflict', { current, changedFields });
}

/** Writes a new version of the data with a revision; the caller has checked the permission. */
export async function writeRevision(
  db: Db,
  caller: Caller,
  row: repo.OrganisationRow,
  next: OrganisationData,
  place: repo.Place,
  version: number,
  action: 'update' | 'restore' | 'merge' | 'import',
  extra: Parameters<typeof repo.updateOrganisationData>[5] = {},
): Promise<FieldChange[] | undefined> {
  const changes = diffData(row.data, next);
  const updated = await repo.updateOrganisationData(db, row.id, version, next, place, extra);
  if (!updated) return undefined;
  const actor = await repo.selectUser(db, caller.id);
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

/** A partial change based on `version`; a stale version gets 409 with the fields changed since. */
export async function updateOrganisation(
  db: Db,
  meta: RequestMeta,
  caller: Caller,
  id: string,
  patch: Partial<OrganisationData> & { version: number },
) {
  const { row, scope } = await loadVisible(db, caller, id);
  if (!canEdit(caller, scope)) throw new AppError('forbidden');
  const { version, ...fields } = patch;
  if (version !== row.org.version) throw await versionConflict(db, caller, id, version);
  const merged = organisationDataSchema.parse({ ...row.org.data, ...fields });
  // A new postal code without a municipality moves the organisation there.
  if (fields.postalCode && fields.municipality === undefined) merged.municipality = null;
  const { data, place } = await resolveOrThrow(db, merged);
  if (!canMoveTo(caller, scope, place.regionCode)) {
    throw new AppError('forbidden', { reason: 'target_region', region: place.regionCode });
  }
  // Nothing really changed: no new version, no revision.
  if (diffData(row.org.data, data).length === 0) return toDetail(caller, row, scope);
  await assertBusinessIdFree(db, caller, data.businessId, id);
  try {
    const changes = await db.transaction(async (tx) => {
      const changes = await writeRevision(tx, caller, row.org, data, place, version, 'update', {
        // Editing a profile also confirms it is current.
        confirmedAt: new Date(),
      });
      if (!changes) return undefined;
      await recordAudit(tx, meta, {
        action: 'organisation.update',
        actorId: caller.id,
        targetType: 'organisation',
        targetId: id,
        details: { fields: changes.map((c) => c.field) },
      });
      return changes;
    });
    if (!changes) throw await versionConflict(db, caller, id, version);
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('business_id_taken');
    throw err;
  }
  return getOrganisation(db, caller, id);
}

export async function getHistory(db: Db, caller: Caller | null, id: string) {
  const { row, scope } = await loadVisible(db, caller, id);
  const revisions = await repo.revisions.list(db, id);
  return {
    items: revisions.map((r) => ({
      id: String(r.id),
      version: r.version,
      action: r.action as 'create',
      at: r.at.toISOString(),
      actor: r.actorLabel,
      changes: r.changes.length === 0 && r.version === 1 ? diffData(null, r.data) : r.changes,
    })),
    permissions: { restore: canModerate(caller, row.org.regionCode) && scope.state !== 'rejected' },
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
  const { row } = await loadVisible(db, caller, id);
  if (!canModerate(caller, row.org.regionCode)) throw new AppError('forbidden');
  const revision = await repo.revisions.one(db, id, body.revision);
  if (!revision) throw new AppError('not_found', { revision: body.revision });
  if (body.version !== row.org.version) throw await versionConflict(db, caller, id, body.version);
  const restored = organisationDataSchema.parse(revision.data);
  const { data, place } = await resolveOrThrow(db, restored);
  // Restoring acts as a coordinator, whatever role the caller also has.
  if (!canModerate(caller, place.regionCode)) {
    throw new AppError('forbidden', { reason: 'target_region', region: place.regionCode });
  }
  await assertBusinessIdFree(db, caller, data.businessId, id);
  const ok = await db.transaction(async (tx) => {
    const changes = await writeRevision(tx, caller, row.org, data, place, body.version, 'restore');
    if (!changes) return false;
    await recordAudit(tx, meta, {
      action: 'organisation.restore',
      actorId: caller.id,
      targetType: 'organisation',
      targetId: id,
      details: { revision: body.revision },
    });
    return true;
  });
  if (!ok) throw await versionConflict(db, caller, id, body.version);
  return getOrganisation(db, caller, id);
}

/** "Still correct": an editor or a coordinator confirms the profile without changing it. */
export async function confirmOrganisation(db: Db, meta: RequestMeta, caller: Caller, id: string) {
  const { scope } = await loadVisible(db, caller, id);
  if (!canEdit(caller, scope)) throw new AppError('forbidden');
  await db.transaction(async (tx) => {
    await repo.setOrganisationFields(tx, id, { confirmedAt: new Date(), reminderSentAt: null });
    await recordAudit(tx, meta, {
      action: 'organisation.confirm',
      actorId: caller.id,
      targetType: 'organisation',
      targetId: id,
    });
  });
  return getOrganisation(db, caller, id);
}
