import type { z } from 'zod';
import {
  type CreateNetworkBody,
  type NetworkData,
  type NetworkDetail,
  type NetworkMember,
  type NetworkMemberBody,
  networkDataSchema,
  type networkMemberListQuerySchema,
  type updateNetworkBodySchema,
  type updateNetworkMemberBodySchema,
} from '../../../common/schemas/networks.js';
import type { Db } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { AppError } from '../../errors.js';
import { diffFields } from '../../revisions/diff.js';
import type { Caller } from '../accounts/policy.js';
import { type RequestMeta, recordAudit } from '../audit/service.js';
import * as orgRepo from '../organisations/repo.js';
import { regionNames, unknownRegionCodes } from '../regions/service.js';
import {
  canCreate,
  canEdit,
  canModerate,
  canMoveTo,
  canSeeContact,
  canView,
  type NetworkScope,
} from './policy.js';
import * as repo from './repo.js';

/** Objects whose fields the history lists one by one (`name.sv`, `contact.email`). */
const nestedFields = new Set(['name', 'description', 'contact']);
export const diffNetwork = (before: NetworkData | null, after: NetworkData) =>
  diffFields(before, after, nestedFields);

type FieldProblem = { location: 'body'; path: string; code: string; message: string };
const invalid = (fields: FieldProblem[]) => new AppError('invalid_request', { fields });

async function scopeOf(db: Db, caller: Caller | null, row: repo.NetworkRow): Promise<NetworkScope> {
  return {
    state: row.state,
    regionCodes: row.regionCodes,
    runsIt: caller ? await repo.representsCoordinator(db, row.id, caller.id) : false,
  };
}

/** Loads a network the caller may see; 404 otherwise (existence of hidden ones is not told). */
async function loadVisible(db: Db, caller: Caller | null, id: string) {
  const row = await repo.selectNetwork(db, id);
  if (!row) throw new AppError('network_not_found');
  const scope = await scopeOf(db, caller, row);
  if (!canView(caller, scope)) throw new AppError('network_not_found');
  return { row, scope };
}

/** As `loadVisible`, and the caller may change it (403 otherwise). */
async function loadEditable(db: Db, caller: Caller, id: string) {
  const loaded = await loadVisible(db, caller, id);
  if (!canEdit(caller, loaded.scope)) throw new AppError('forbidden');
  return loaded;
}

async function toDetail(
  db: Db,
  caller: Caller | null,
  row: repo.NetworkRow,
  scope: NetworkScope,
): Promise<NetworkDetail> {
  const d = row.data;
  const [names, coordinators] = await Promise.all([
    regionNames(db, d.regions),
    repo.selectCoordinators(db, [row.id]),
  ]);
  return {
    id: row.id,
    state: row.state as NetworkDetail['state'],
    name: d.name,
    description: d.description,
    kind: d.kind,
    regions: d.regions.flatMap((code) => {
      const name = names.get(code);
      return name ? [{ code, name }] : [];
    }),
    website: d.website,
    contact:
      d.contact && canSeeContact(caller, d.contact.public)
        ? { name: d.contact.name, email: d.contact.email, public: d.contact.public }
        : null,
    memberCount: row.memberCount,
    coordinators: coordinators.map((c) => ({
      id: c.organisationId,
      name: c.name,
      nameSv: c.nameSv,
      nameEn: c.nameEn,
    })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    permissions: { edit: canEdit(caller, scope), moderate: canModerate(caller, scope.regionCodes) },
  };
}

export async function getNetwork(db: Db, caller: Caller | null, id: string) {
  const { row, scope } = await loadVisible(db, caller, id);
  return toDetail(db, caller, row, scope);
}

/** A network as anyone may see it, from its row; undefined when it is not public. */
export async function publicDetail(db: Db, row: repo.NetworkRow) {
  const scope = await scopeOf(db, null, row);
  return canView(null, scope) ? toDetail(db, null, row, scope) : undefined;
}

async function checkRegions(db: Db, regions: string[]) {
  const unknown = await unknownRegionCodes(db, regions);
  if (unknown.length > 0) {
    throw invalid(
      unknown.map((code) => ({
        location: 'body',
        path: `regions.${regions.indexOf(code)}`,
        code: 'unknown_region',
        message: code,
      })),
    );
  }
}

/**
 * New members are published organisations, each once: the same organisation twice (in the list
 * or already a member) is a conflict (409); one that is not published is a field problem.
 */
async function checkNewMembers(
  db: Db,
  members: NetworkMemberBody[],
  existing: Set<string>,
  pathOf: (i: number) => string,
) {
  const seen = new Set(existing);
  for (const m of members) {
    if (seen.has(m.organisationId)) {
      throw new AppError('duplicate_member', { organisationId: m.organisationId });
    }
    seen.add(m.organisationId);
  }
  const states = await repo.selectOrganisationStates(
    db,
    members.map((m) => m.organisationId),
  );
  const published = new Set(states.filter((o) => o.state === 'published').map((o) => o.id));
  const problems = members.flatMap((m, i) =>
    published.has(m.organisationId)
      ? []
      : [
          {
            location: 'body' as const,
            path: pathOf(i),
            code: 'organisation_not_published',
            message: m.organisationId,
          },
        ],
  );
  if (problems.length > 0) throw invalid(problems);
}

/** A coordinator sets up a network in the regions they moderate; it is published at once. */
export async function createNetwork(
  db: Db,
  meta: RequestMeta,
  caller: Caller,
  body: CreateNetworkBody,
) {
  const { members, ...data } = body;
  if (!canCreate(caller, data.regions)) throw new AppError('forbidden');
  await checkRegions(db, data.regions);
  await checkNewMembers(db, members, new Set(), (i) => `members.${i}.organisationId`);
  const actor = await orgRepo.selectUser(db, caller.id);
  const id = await db.transaction(async (tx) => {
    const row = await repo.insertNetwork(tx, { data, createdBy: caller.id });
    await repo.revisions.insert(tx, {
      ownerId: row.id,
      version: 1,
      action: 'create',
      actorId: caller.id,
      actorLabel: actor?.name ?? null,
      data,
      changes: diffNetwork(null, data),
    });
    await repo.insertMembers(tx, row.id, members);
    await recordAudit(tx, meta, {
      action: 'network.create',
      actorId: caller.id,
      targetType: 'network',
      targetId: row.id,
      details: { members: members.length },
    });
    return row.id;
  });
  return getNetwork(db, caller, id);
}

async function versionConflict(db: Db, caller: Caller, id: string, version: number) {
  const current = await getNetwork(db, caller, id);
  const changedFields = await repo.revisions.changedSince(db, id, version);
  return new AppError('version_conflict', { current, changedFields });
}

/** Whole data checked again after a partial change was merged into it. */
function parseMerged(merged: unknown): NetworkData {
  const parsed = networkDataSchema.safeParse(merged);
  if (parsed.success) return parsed.data;
  throw invalid(
    parsed.error.issues.map((i) => ({
      location: 'body',
      path: i.path.join('.'),
      code: i.code,
      message: i.message,
    })),
  );
}

/** Writes a new version with its revision; false when `version` was no longer current. */
async function writeRevision(
  db: Db,
  caller: Caller,
  row: repo.NetworkRow,
  next: NetworkData,
  version: number,
  action: 'update' | 'restore',
) {
  const changes = diffNetwork(row.data, next);
  const updated = await repo.updateNetworkData(db, row.id, version, next);
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

type NetworkPatch = z.output<typeof updateNetworkBodySchema>;

/** A partial change based on `version`; a stale version gets 409 with the fields changed since. */
export async function updateNetwork(
  db: Db,
  meta: RequestMeta,
  caller: Caller,
  id: string,
  patch: NetworkPatch,
) {
  const { row, scope } = await loadEditable(db, caller, id);
  const { version, ...fields } = patch;
  if (version !== row.version) throw await versionConflict(db, caller, id, version);
  const data = parseMerged({ ...row.data, ...fields });
  if (diffNetwork(row.data, data).length === 0) return toDetail(db, caller, row, scope);
  await checkRegions(db, data.regions);
  if (!canMoveTo(caller, scope, data.regions)) {
    throw new AppError('forbidden', { reason: 'target_region', regions: data.regions });
  }
  const ok = await db.transaction(async (tx) => {
    const changes = await writeRevision(tx, caller, row, data, version, 'update');
    if (!changes) return false;
    await recordAudit(tx, meta, {
      action: 'network.update',
      actorId: caller.id,
      targetType: 'network',
      targetId: id,
      details: { fields: changes.map((c) => c.field) },
    });
    return true;
  });
  if (!ok) throw await versionConflict(db, caller, id, version);
  return getNetwork(db, caller, id);
}

/** A moderator archives a network: it leaves the lists and pages, with its history kept. */
export async function archiveNetwork(db: Db, meta: RequestMeta, caller: Caller, id: string) {
  const { row } = await loadVisible(db, caller, id);
  if (!canModerate(caller, row.regionCodes)) throw new AppError('forbidden');
  if (row.state === 'archived') return;
  await db.transaction(async (tx) => {
    await repo.setState(tx, id, 'archived');
    await recordAudit(tx, meta, {
      action: 'network.archive',
      actorId: caller.id,
      targetType: 'network',
      targetId: id,
    });
  });
}

export async function getHistory(db: Db, caller: Caller | null, id: string) {
  const { row } = await loadVisible(db, caller, id);
  const revisions = await repo.revisions.list(db, id);
  const signedIn = caller !== null;
  return {
    items: revisions.map((r) => ({
      id: String(r.id),
      version: r.version,
      action: r.action as 'create',
      at: r.at.toISOString(),
      actor: signedIn ? r.actorLabel : null,
      // The contact person's name and address are not public: readers see that they changed.
      changes: r.changes.map((c) =>
        !signedIn && c.field.startsWith('contact')
          ? { field: c.field, before: null, after: null }
          : c,
      ),
    })),
    permissions: {
      restore: canModerate(caller, row.regionCodes) && row.state === 'published',
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
  if (!canModerate(caller, row.regionCodes) || row.state !== 'published') {
    throw new AppError('forbidden');
  }
  const revision = await repo.revisions.one(db, id, body.revision);
  if (!revision) throw new AppError('not_found', { revision: body.revision });
  if (body.version !== row.version) throw await versionConflict(db, caller, id, body.version);
  const data = parseMerged(revision.data);
  await checkRegions(db, data.regions);
  if (!canMoveTo(caller, scope, data.regions)) {
    throw new AppError('forbidden', { reason: 'target_region', regions: data.regions });
  }
  const ok = await db.transaction(async (tx) => {
    const changes = await writeRevision(tx, caller, row, data, body.version, 'restore');
    if (!changes) return false;
    await recordAudit(tx, meta, {
      action: 'network.restore',
      actorId: caller.id,
      targetType: 'network',
      targetId: id,
      details: { revision: body.revision },
    });
    return true;
  });
  if (!ok) throw await versionConflict(db, caller, id, body.version);
  return getNetwork(db, caller, id);
}

type MemberRow = NonNullable<Awaited<ReturnType<typeof repo.selectMember>>>;

const toMember = (m: MemberRow): NetworkMember => ({
  organisation: { id: m.organisationId, name: m.name, nameSv: m.nameSv, nameEn: m.nameEn },
  role: m.role as NetworkMember['role'],
  startDate: m.startDate,
  endDate: m.endDate,
  version: m.version,
});

export async function listMembers(
  db: Db,
  caller: Caller | null,
  id: string,
  q: z.output<typeof networkMemberListQuerySchema>,
) {
  await loadVisible(db, caller, id);
  const { items, total } = await repo.selectMembers(db, id, q);
  return { items: items.map(toMember), total, page: q.page, pageSize: q.pageSize };
}

async function loadMember(db: Db, networkId: string, organisationId: string) {
  const m = await repo.selectMember(db, networkId, organisationId);
  if (!m) throw new AppError('member_not_found');
  return m;
}

export async function addMember(
  db: Db,
  meta: RequestMeta,
  caller: Caller,
  id: string,
  body: NetworkMemberBody,
) {
  await loadEditable(db, caller, id);
  const existing = await repo.selectMember(db, id, body.organisationId);
  await checkNewMembers(
    db,
    [body],
    new Set(existing ? [body.organisationId] : []),
    () => 'organisationId',
  );
  await db
    .transaction(async (tx) => {
      await repo.insertMembers(tx, id, [body]);
      await recordAudit(tx, meta, {
        action: 'network.member.add',
        actorId: caller.id,
        targetType: 'network',
        targetId: id,
        details: { organisationId: body.organisationId, role: body.role },
      });
    })
    .catch((err: unknown) => {
      // Added by someone else in the meantime.
      if (isUniqueViolation(err)) {
        throw new AppError('duplicate_member', { organisationId: body.organisationId });
      }
      throw err;
    });
  return toMember(await loadMember(db, id, body.organisationId));
}

type MemberPatch = z.output<typeof updateNetworkMemberBodySchema>;

/** A member's new role or dates, based on its `version` (409 with the member as it is now). */
export async function updateMember(
  db: Db,
  meta: RequestMeta,
  caller: Caller,
  id: string,
  organisationId: string,
  patch: MemberPatch,
) {
  await loadEditable(db, caller, id);
  const m = await loadMember(db, id, organisationId);
  const conflict = async () =>
    new AppError('version_conflict', {
      current: toMember(await loadMember(db, id, organisationId)),
    });
  if (patch.version !== m.version) throw await conflict();
  const next = {
    role: patch.role ?? m.role,
    startDate: patch.startDate === undefined ? m.startDate : patch.startDate,
    endDate: patch.endDate === undefined ? m.endDate : patch.endDate,
  };
  if (next.startDate && next.endDate && next.endDate < next.startDate) {
    throw new AppError('date_range_invalid', {
      fields: [
        { location: 'body', path: 'endDate', code: 'date_range_invalid', message: next.endDate },
      ],
    });
  }
  const ok = await db.transaction(async (tx) => {
    if (!(await repo.updateMember(tx, id, organisationId, patch.version, next))) return false;
    await recordAudit(tx, meta, {
      action: 'network.member.update',
      actorId: caller.id,
      targetType: 'network',
      targetId: id,
      details: {
        organisationId,
        before: [m.role, m.startDate, m.endDate],
        after: Object.values(next),
      },
    });
    return true;
  });
  if (!ok) throw await conflict();
  return toMember(await loadMember(db, id, organisationId));
}

export async function removeMember(
  db: Db,
  meta: RequestMeta,
  caller: Caller,
  id: string,
  organisationId: string,
) {
  await loadEditable(db, caller, id);
  const m = await loadMember(db, id, organisationId);
  await db.transaction(async (tx) => {
    await repo.deleteMember(tx, id, organisationId);
    await recordAudit(tx, meta, {
      action: 'network.member.remove',
      actorId: caller.id,
      targetType: 'network',
      targetId: id,
      details: { organisationId, role: m.role, startDate: m.startDate, endDate: m.endDate },
    });
  });
}
