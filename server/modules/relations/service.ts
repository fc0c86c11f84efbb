import type { z } from 'zod';
import type { Lang } from '../../../common/languages.js';
import {
  type CreateRelationBody,
  type Relation,
  type RelationListQuery,
  symmetricRelationTypes,
  type updateRelationBodySchema,
} from '../../../common/schemas/relations.js';
import type { Db } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { AppError } from '../../errors.js';
import type { Caller } from '../accounts/policy.js';
import { type RequestMeta, recordAudit } from '../audit/service.js';
import { canConfirm, canEdit, proposerOf, type RelationSide } from './policy.js';
import * as repo from './repo.js';

type Row = NonNullable<repo.RelationRow>;

const nameIn = (lang: Lang, o: { name: string; nameSv: string | null; nameEn: string | null }) =>
  (lang === 'sv' ? o.nameSv : lang === 'en' ? o.nameEn : null) || o.name;

async function sidesOf(db: Db, caller: Caller | null, row: Row) {
  const represented = caller
    ? await repo.selectRepresented(db, caller.id, [row.fromId, row.toId])
    : new Set<string>();
  const from: RelationSide = {
    regionCode: row.from.regionCode,
    represented: represented.has(row.fromId),
  };
  const to: RelationSide = {
    regionCode: row.to.regionCode,
    represented: represented.has(row.toId),
  };
  return { from, to };
}

function toRelation(
  lang: Lang,
  caller: Caller | null,
  row: Row,
  sides: { from: RelationSide; to: RelationSide },
): Relation {
  return {
    id: row.id,
    type: row.type as Relation['type'],
    from: { id: row.fromId, name: nameIn(lang, row.from) },
    to: { id: row.toId, name: nameIn(lang, row.to) },
    startDate: row.startDate,
    endDate: row.endDate,
    state: row.state as Relation['state'],
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    canEdit: canEdit(caller, sides.from, sides.to),
    canConfirm: canConfirm(caller, row, sides.from, sides.to),
  };
}

/**
 * A relation the caller may see: confirmed between two published organisations, or proposed and
 * the caller acts for one of its sides. Others are not found (their existence is not told).
 */
async function loadVisible(db: Db, caller: Caller | null, id: string) {
  const row = await repo.selectRelation(db, id);
  if (row?.from.state !== 'published' || row.to.state !== 'published') {
    throw new AppError('relation_not_found');
  }
  const sides = await sidesOf(db, caller, row);
  if (row.state !== 'confirmed' && !canEdit(caller, sides.from, sides.to)) {
    throw new AppError('relation_not_found');
  }
  return { row, sides };
}

export async function getRelation(db: Db, lang: Lang, caller: Caller | null, id: string) {
  const { row, sides } = await loadVisible(db, caller, id);
  return toRelation(lang, caller, row, sides);
}

function actsForOf(caller: Caller | null): repo.ActsFor {
  if (!caller) return null;
  if (caller.role === 'admin' || (caller.role === 'coordinator' && caller.regions.length === 0)) {
    return 'all';
  }
  return { userId: caller.id, regions: caller.role === 'coordinator' ? caller.regions : null };
}

export async function listRelations(
  db: Db,
  lang: Lang,
  caller: Caller | null,
  q: RelationListQuery,
) {
  const { items, total } = await repo.selectRelations(
    db,
    { organisationId: q.organisation, types: q.type, actsFor: actsForOf(caller) },
    q.page,
    q.pageSize,
  );
  const ids = [...new Set(items.flatMap((r) => [r.fromId, r.toId]))];
  const represented = caller ? await repo.selectRepresented(db, caller.id, ids) : new Set<string>();
  return {
    items: items.map((row) =>
      toRelation(lang, caller, row, {
        from: { regionCode: row.from.regionCode, represented: represented.has(row.fromId) },
        to: { regionCode: row.to.regionCode, represented: represented.has(row.toId) },
      }),
    ),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/**
 * States a relation. Both organisations must be published; the caller must act for at least one;
 * a relation that reads the same both ways is stored once whichever side is named first.
 */
export async function createRelation(
  db: Db,
  meta: RequestMeta,
  lang: Lang,
  caller: Caller,
  body: CreateRelationBody,
) {
  const swap = symmetricRelationTypes.includes(body.type) && body.toId < body.fromId;
  const fromId = swap ? body.toId : body.fromId;
  const toId = swap ? body.fromId : body.toId;
  const sides = await repo.selectSides(db, [fromId, toId]);
  const problems = [
    { path: 'fromId', id: body.fromId },
    { path: 'toId', id: body.toId },
  ]
    .filter(({ id }) => sides.find((s) => s.id === id)?.state !== 'published')
    .map(({ path, id }) => ({
      location: 'body',
      path,
      code: 'organisation_not_published',
      message: id,
    }));
  if (problems.length > 0) throw new AppError('invalid_request', { fields: problems });
  const represented = await repo.selectRepresented(db, caller.id, [fromId, toId]);
  const side = (id: string): RelationSide => ({
    regionCode: sides.find((s) => s.id === id)?.regionCode ?? null,
    represented: represented.has(id),
  });
  const proposedBy = proposerOf(caller, side(fromId), side(toId));
  if (!proposedBy) throw new AppError('forbidden', { reason: 'acts_for_neither' });
  const id = await db
    .transaction(async (tx) => {
      const created = await repo.insertRelation(tx, {
        fromId,
        toId,
        type: body.type,
        startDate: body.startDate,
        endDate: body.endDate,
        state: proposedBy === 'both' ? 'confirmed' : 'proposed',
        proposedBy,
        createdBy: caller.id,
      });
      await recordAudit(tx, meta, {
        action: 'relation.create',
        actorId: caller.id,
        targetType: 'organisation_relation',
        targetId: created,
        details: { type: body.type, fromId, toId, proposedBy },
      });
      return created;
    })
    .catch((err: unknown) => {
      if (isUniqueViolation(err)) throw new AppError('duplicate_relation');
      throw err;
    });
  return getRelation(db, lang, caller, id);
}

async function conflict(db: Db, lang: Lang, caller: Caller, id: string) {
  return new AppError('version_conflict', { current: await getRelation(db, lang, caller, id) });
}

type RelationPatch = z.output<typeof updateRelationBodySchema>;

/** New dates, based on `version`; a stale version gets 409 with the relation as it is now. */
export async function updateRelation(
  db: Db,
  meta: RequestMeta,
  lang: Lang,
  caller: Caller,
  id: string,
  patch: RelationPatch,
) {
  const { row, sides } = await loadVisible(db, caller, id);
  if (!canEdit(caller, sides.from, sides.to)) throw new AppError('forbidden');
  if (patch.version !== row.version) throw await conflict(db, lang, caller, id);
  const startDate = patch.startDate === undefined ? row.startDate : patch.startDate;
  const endDate = patch.endDate === undefined ? row.endDate : patch.endDate;
  if (startDate && endDate && endDate < startDate) {
    throw new AppError('date_range_invalid', {
      fields: [{ location: 'body', path: 'endDate', code: 'date_range_invalid', message: endDate }],
    });
  }
  if (startDate === row.startDate && endDate === row.endDate) {
    return toRelation(lang, caller, row, sides);
  }
  const ok = await db.transaction(async (tx) => {
    if (!(await repo.updateRelation(tx, id, patch.version, { startDate, endDate }))) return false;
    await recordAudit(tx, meta, {
      action: 'relation.update',
      actorId: caller.id,
      targetType: 'organisation_relation',
      targetId: id,
      details: { before: [row.startDate, row.endDate], after: [startDate, endDate] },
    });
    return true;
  });
  if (!ok) throw await conflict(db, lang, caller, id);
  return getRelation(db, lang, caller, id);
}

/** The other side agrees: the relation becomes public. */
export async function confirmRelation(
  db: Db,
  meta: RequestMeta,
  lang: Lang,
  caller: Caller,
  id: string,
) {
  const { row, sides } = await loadVisible(db, caller, id);
  if (row.state === 'confirmed') return toRelation(lang, caller, row, sides);
  if (!canConfirm(caller, row, sides.from, sides.to)) {
    throw new AppError('forbidden', { reason: 'other_side' });
  }
  const ok = await db.transaction(async (tx) => {
    const set = { state: 'confirmed', confirmedBy: caller.id };
    if (!(await repo.updateRelation(tx, id, row.version, set))) return false;
    await recordAudit(tx, meta, {
      action: 'relation.confirm',
      actorId: caller.id,
      targetType: 'organisation_relation',
      targetId: id,
    });
    return true;
  });
  if (!ok) throw await conflict(db, lang, caller, id);
  return getRelation(db, lang, caller, id);
}

/** Either side may remove a relation (and so end a proposal it does not agree with). */
export async function deleteRelation(db: Db, meta: RequestMeta, caller: Caller, id: string) {
  const { row, sides } = await loadVisible(db, caller, id);
  if (!canEdit(caller, sides.from, sides.to)) throw new AppError('forbidden');
  await db.transaction(async (tx) => {
    await repo.deleteRelation(tx, id);
    await recordAudit(tx, meta, {
      action: 'relation.delete',
      actorId: caller.id,
      targetType: 'organisation_relation',
      targetId: id,
      details: {
        type: row.type,
        fromId: row.fromId,
        toId: row.toId,
        startDate: row.startDate,
        endDate: row.endDate,
      },
    });
  });
}
