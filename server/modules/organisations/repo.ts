import { and, desc, eq, gt, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { MemberRole, OrganisationData } from '../../../common/schemas/organisations.js';
import type { Db } from '../../db/client.js';
import {
  appUser,
  municipality,
  organisation,
  organisationMember,
  organisationRevision,
  postalCode,
  region,
} from '../../db/schema/index.js';
import type { ReferenceName } from '../../db/schema/regions.js';
import { derivedColumns } from './derive.js';

export type OrganisationRow = typeof organisation.$inferSelect;

const regionOfOrg = alias(region, 'org_region');

/** An organisation with the names of its municipality and region. */
export async function selectOrganisation(db: Db, id: string) {
  const [row] = await db
    .select({
      org: organisation,
      municipalityName: municipality.name,
      regionName: regionOfOrg.name,
    })
    .from(organisation)
    .leftJoin(municipality, eq(municipality.code, organisation.municipalityCode))
    .leftJoin(regionOfOrg, eq(regionOfOrg.code, organisation.regionCode))
    .where(eq(organisation.id, id));
  return row;
}

/**
 * What visibility depends on for many organisations at once (one query, not one per row): state,
 * region and the caller's own role in each.
 */
export async function selectScopes(db: Db, ids: string[], userId: string | undefined) {
  if (ids.length === 0)
    return new Map<
      string,
      { state: string; regionCode: string | null; myRole: MemberRole | null }
    >();
  const rows = await db
    .select({
      id: organisation.id,
      state: organisation.state,
      regionCode: organisation.regionCode,
      myRole: organisationMember.role,
    })
    .from(organisation)
    .leftJoin(
      organisationMember,
      and(
        eq(organisationMember.organisationId, organisation.id),
        userId ? eq(organisationMember.userId, userId) : sql`false`,
      ),
    )
    .where(inArray(organisation.id, ids));
  return new Map(
    rows.map((r) => [
      r.id,
      { state: r.state, regionCode: r.regionCode, myRole: (r.myRole as MemberRole | null) ?? null },
    ]),
  );
}

export async function selectMyRole(db: Db, organisationId: string, userId: string | undefined) {
  if (!userId) return null;
  const [m] = await db
    .select({ role: organisationMember.role })
    .from(organisationMember)
    .where(
      and(
        eq(organisationMember.organisationId, organisationId),
        eq(organisationMember.userId, userId),
      ),
    );
  return (m?.role as 'owner' | 'editor' | undefined) ?? null;
}

export interface Place {
  regionCode: string | null;
  municipalityName: ReferenceName | null;
}

export async function selectMunicipality(db: Db, code: string) {
  const [m] = await db
    .select({
      code: municipality.code,
      name: municipality.name,
      regionCode: municipality.regionCode,
    })
    .from(municipality)
    .where(eq(municipality.code, code));
  return m;
}

export async function selectPostalCodeMunicipality(db: Db, code: string) {
  const [p] = await db
    .select({ municipalityCode: postalCode.municipalityCode })
    .from(postalCode)
    .where(eq(postalCode.code, code));
  return p?.municipalityCode;
}

export async function insertOrganisation(
  db: Db,
  values: {
    data: OrganisationData;
    place: Place;
    state: string;
    createdBy: string | null;
  },
): Promise<OrganisationRow> {
  const [row] = await db
    .insert(organisation)
    .values({
      data: values.data,
      state: values.state,
      createdBy: values.createdBy,
      ...derivedColumns(values.data, values.place),
    })
    .returning();
  return row as OrganisationRow;
}

/** Writes new data when `version` is still current; undefined when someone else was first. */
export async function updateOrganisationData(
  db: Db,
  id: string,
  version: number,
  data: OrganisationData,
  place: Place,
  extra: Partial<Pick<OrganisationRow, 'confirmedAt' | 'state'>> = {},
): Promise<OrganisationRow | undefined> {
  const [row] = await db
    .update(organisation)
    .set({
      data,
      ...derivedColumns(data, place),
      ...extra,
      updatedAt: sql`now()`,
      version: sql`${organisation.version} + 1`,
    })
    .where(and(eq(organisation.id, id), eq(organisation.version, version)))
    .returning();
  return row;
}

export async function setOrganisationFields(
  db: Db,
  id: string,
  set: Partial<typeof organisation.$inferInsert>,
): Promise<void> {
  await db.update(organisation).set(set).where(eq(organisation.id, id));
}

export async function insertRevision(
  db: Db,
  values: typeof organisationRevision.$inferInsert,
): Promise<void> {
  await db.insert(organisationRevision).values(values);
}

export function selectRevisions(db: Db, organisationId: string) {
  return db
    .select({
      id: organisationRevision.id,
      version: organisationRevision.version,
      action: organisationRevision.action,
      at: organisationRevision.at,
      actorLabel: organisationRevision.actorLabel,
      changes: organisationRevision.changes,
      data: organisationRevision.data,
    })
    .from(organisationRevision)
    .where(eq(organisationRevision.organisationId, organisationId))
    .orderBy(desc(organisationRevision.id));
}

export async function selectRevision(db: Db, organisationId: string, id: number) {
  const [r] = await db
    .select()
    .from(organisationRevision)
    .where(
      and(eq(organisationRevision.organisationId, organisationId), eq(organisationRevision.id, id)),
    );
  return r;
}

/** Fields changed by revisions after `version` (for a 409 that says what changed). */
export async function selectChangesSince(db: Db, organisationId: string, version: number) {
  const rows = await db
    .select({ changes: organisationRevision.changes })
    .from(organisationRevision)
    .where(
      and(
        eq(organisationRevision.organisationId, organisationId),
        gt(organisationRevision.version, version),
      ),
    )
    .orderBy(organisationRevision.id);
  return [...new Set(rows.flatMap((r) => r.changes.map((c) => c.field)))];
}

/** A living organisation with this business ID (other than `exceptId`). */
export async function selectByBusinessId(db: Db, businessId: string, exceptId?: string) {
  const [row] = await db
    .select({ id: organisation.id, name: organisation.name })
    .from(organisation)
    .where(
      and(
        eq(organisation.businessId, businessId),
        inArray(organisation.state, ['pending', 'published']),
        exceptId ? sql`${organisation.id} <> ${exceptId}` : undefined,
      ),
    );
  return row;
}

/** Similarity at which two names in one municipality are flagged as possible duplicates. */
export const duplicateNameSimilarity = 0.5;

/** Living organisations in the municipality whose name is similar (pg_trgm similarity). */
export function selectSimilarNames(
  db: Db,
  name: string,
  municipalityCode: string | null,
  exceptId?: string,
) {
  const similarity = sql<number>`similarity(${organisation.sortName}, ${name.toLocaleLowerCase('fi')})`;
  const conditions: (SQL | undefined)[] = [
    inArray(organisation.state, ['pending', 'published']),
    // `%` finds candidates through the trigram index; the threshold then decides.
    sql`${organisation.searchNames} % ${name.toLocaleLowerCase('fi')}`,
    sql`${similarity} >= ${duplicateNameSimilarity}`,
    municipalityCode
      ? eq(organisation.municipalityCode, municipalityCode)
      : sql`${organisation.municipalityCode} is null`,
    exceptId ? sql`${organisation.id} <> ${exceptId}` : undefined,
  ];
  return db
    .select({
      id: organisation.id,
      name: organisation.name,
      municipality: organisation.municipalityCode,
      similarity,
    })
    .from(organisation)
    .where(and(...conditions))
    .orderBy(desc(similarity))
    .limit(5);
}

export async function insertMember(
  db: Db,
  organisationId: string,
  userId: string,
  role: 'owner' | 'editor',
): Promise<void> {
  // Never demote: an owner who is also invited as an editor stays an owner.
  await db
    .insert(organisationMember)
    .values({ organisationId, userId, role })
    .onConflictDoUpdate({
      target: [organisationMember.organisationId, organisationMember.userId],
      set: {
        role: sql`case when ${organisationMember.role} = 'owner' then 'owner' else excluded.role end`,
      },
    });
}

export function selectMembers(db: Db, organisationId: string) {
  return db
    .select({
      userId: organisationMember.userId,
      role: organisationMember.role,
      since: organisationMember.createdAt,
      name: appUser.name,
      email: appUser.email,
      lang: appUser.lang,
    })
    .from(organisationMember)
    .innerJoin(appUser, eq(appUser.id, organisationMember.userId))
    .where(eq(organisationMember.organisationId, organisationId))
    .orderBy(organisationMember.createdAt);
}

export async function selectUser(db: Db, id: string) {
  const [u] = await db
    .select({ id: appUser.id, name: appUser.name, email: appUser.email, lang: appUser.lang })
    .from(appUser)
    .where(eq(appUser.id, id));
  return u;
}
