import { and, asc, count, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { RelationType } from '../../../common/schemas/relations.js';
import type { Db } from '../../db/client.js';
import { organisation, organisationMember, organisationRelation } from '../../db/schema/index.js';

const fromOrg = alias(organisation, 'from_org');
const toOrg = alias(organisation, 'to_org');

const columns = {
  id: organisationRelation.id,
  type: organisationRelation.type,
  fromId: organisationRelation.fromId,
  toId: organisationRelation.toId,
  startDate: organisationRelation.startDate,
  endDate: organisationRelation.endDate,
  state: organisationRelation.state,
  proposedBy: organisationRelation.proposedBy,
  version: organisationRelation.version,
  updatedAt: organisationRelation.updatedAt,
  from: {
    name: fromOrg.name,
    nameSv: sql<string | null>`${fromOrg.data}->>'nameSv'`,
    nameEn: sql<string | null>`${fromOrg.data}->>'nameEn'`,
    state: fromOrg.state,
    regionCode: fromOrg.regionCode,
  },
  to: {
    name: toOrg.name,
    nameSv: sql<string | null>`${toOrg.data}->>'nameSv'`,
    nameEn: sql<string | null>`${toOrg.data}->>'nameEn'`,
    state: toOrg.state,
    regionCode: toOrg.regionCode,
  },
};

function joined(db: Db) {
  return db
    .select(columns)
    .from(organisationRelation)
    .innerJoin(fromOrg, eq(fromOrg.id, organisationRelation.fromId))
    .innerJoin(toOrg, eq(toOrg.id, organisationRelation.toId));
}

export type RelationRow = Awaited<ReturnType<typeof selectRelation>> & {};

export async function selectRelation(db: Db, id: string) {
  const [row] = await joined(db).where(eq(organisationRelation.id, id));
  return row ?? null;
}

/**
 * Whom the caller acts for, as the list needs it: every organisation (`all`), or those they
 * represent and, for a regional coordinator, those of their `regions` and those with no region
 * (`regions` null: they moderate none).
 */
export type ActsFor = 'all' | { userId: string; regions: string[] | null } | null;

export interface RelationFilter {
  organisationId?: string;
  types?: RelationType[];
  /** Proposed relations are listed too where the caller acts for one of the sides. */
  actsFor: ActsFor;
}

function actsForCondition(a: ActsFor): SQL | undefined {
  if (a === null) return undefined;
  if (a === 'all') return sql`true`;
  const mine = sql`(select ${organisationMember.organisationId} from ${organisationMember} where ${organisationMember.userId} = ${a.userId})`;
  const conditions: (SQL | undefined)[] = [
    sql`${organisationRelation.fromId} in ${mine}`,
    sql`${organisationRelation.toId} in ${mine}`,
  ];
  if (a.regions) {
    conditions.push(isNull(fromOrg.regionCode), isNull(toOrg.regionCode));
    if (a.regions.length > 0) {
      conditions.push(inArray(fromOrg.regionCode, a.regions), inArray(toOrg.regionCode, a.regions));
    }
  }
  return or(...conditions);
}

/** Relations whose both sides are published and which are confirmed, or which the caller may see. */
function visible(f: RelationFilter): SQL | undefined {
  const published = and(eq(fromOrg.state, 'published'), eq(toOrg.state, 'published'));
  const confirmed = eq(organisationRelation.state, 'confirmed');
  const mine = actsForCondition(f.actsFor);
  const shown = mine ? or(confirmed, mine) : confirmed;
  return and(
    published,
    shown,
    f.organisationId
      ? or(
          eq(organisationRelation.fromId, f.organisationId),
          eq(organisationRelation.toId, f.organisationId),
        )
      : undefined,
    f.types?.length ? inArray(organisationRelation.type, f.types) : undefined,
  );
}

export async function selectRelations(db: Db, f: RelationFilter, page: number, pageSize: number) {
  const where = visible(f);
  const [items, [total]] = await Promise.all([
    joined(db)
      .where(where)
      .orderBy(
        asc(organisationRelation.type),
        asc(toOrg.sortName),
        asc(fromOrg.sortName),
        asc(organisationRelation.id),
      )
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ n: count() })
      .from(organisationRelation)
      .innerJoin(fromOrg, eq(fromOrg.id, organisationRelation.fromId))
      .innerJoin(toOrg, eq(toOrg.id, organisationRelation.toId))
      .where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** The organisations (of `ids`) in which the user is a representative. */
export async function selectRepresented(db: Db, userId: string, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: organisationMember.organisationId })
    .from(organisationMember)
    .where(
      and(eq(organisationMember.userId, userId), inArray(organisationMember.organisationId, ids)),
    );
  return new Set(rows.map((r) => r.id));
}

/** The state, region and name of each organisation of `ids`. */
export function selectSides(db: Db, ids: string[]) {
  return db
    .select({ id: organisation.id, state: organisation.state, regionCode: organisation.regionCode })
    .from(organisation)
    .where(inArray(organisation.id, ids));
}

export interface NewRelation {
  fromId: string;
  toId: string;
  type: RelationType;
  startDate: string | null;
  endDate: string | null;
  state: 'proposed' | 'confirmed';
  proposedBy: 'from' | 'to' | 'both';
  createdBy: string;
}

export async function insertRelation(db: Db, r: NewRelation) {
  const [row] = await db
    .insert(organisationRelation)
    .values({ ...r, confirmedBy: r.state === 'confirmed' ? r.createdBy : null })
    .returning({ id: organisationRelation.id });
  return row?.id ?? '';
}

/** Changes the relation if it is still at `version`; false when someone else changed it first. */
export async function updateRelation(
  db: Db,
  id: string,
  version: number,
  set: Partial<{
    startDate: string | null;
    endDate: string | null;
    state: string;
    confirmedBy: string;
  }>,
) {
  const rows = await db
    .update(organisationRelation)
    .set({ ...set, version: sql`${organisationRelation.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(organisationRelation.id, id), eq(organisationRelation.version, version)))
    .returning({ id: organisationRelation.id });
  return rows.length > 0;
}

export async function deleteRelation(db: Db, id: string) {
  await db.delete(organisationRelation).where(eq(organisationRelation.id, id));
}
