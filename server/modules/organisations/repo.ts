import { and, eq, inArray, ne, sql } from 'drizzle-orm';
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
import { rowsOf } from '../../db/sql.js';
import { revisionStore } from '../../revisions/store.js';
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

interface NewOrganisation {
  data: OrganisationData;
  place: Place;
  state: string;
  createdBy: string | null;
  /** Demo data only: marked as such, and added (and last confirmed) at `at`. */
  demo?: { at: Date };
}

export async function insertOrganisation(
  db: Db,
  values: NewOrganisation,
): Promise<OrganisationRow> {
  const [row] = await insertOrganisations(db, [values]);
  return row as OrganisationRow;
}

/** Several organisations in one statement; rows come back in the order given. */
export function insertOrganisations(db: Db, values: NewOrganisation[]): Promise<OrganisationRow[]> {
  return db
    .insert(organisation)
    .values(
      values.map((v) => {
        const at = v.demo?.at;
        return {
          data: v.data,
          state: v.state,
          createdBy: v.createdBy,
          ...derivedColumns(v.data, v.place),
          ...(at ? { demo: true, createdAt: at, updatedAt: at, confirmedAt: at } : {}),
        };
      }),
    )
    .returning();
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

/** Every change of an organisation (`server/revisions/store.ts`). */
export const revisions = revisionStore<OrganisationData>(organisationRevision, 'organisationId', {
  id: organisationRevision.id,
  owner: organisationRevision.organisationId,
  version: organisationRevision.version,
  action: organisationRevision.action,
  actorId: organisationRevision.actorId,
  actorLabel: organisationRevision.actorLabel,
  at: organisationRevision.at,
  data: organisationRevision.data,
  changes: organisationRevision.changes,
});

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

export interface SimilarName {
  id: string;
  name: string;
  municipality: string | null;
  similarity: number;
}

/**
 * Possible duplicates of each of `names`: living (pending or published) organisations in the same
 * municipality (or also without one) whose name has pg_trgm similarity ≥ 0.5 to it; the five most
 * similar, most similar first. The single check (create, `GET /organisations/similar`) and the
 * import's dry run both ask this, so they cannot disagree. Identical pairs are asked once.
 */
export async function selectSimilarNamesOf(
  db: Db,
  names: readonly { name: string; municipality: string | null }[],
  exceptId?: string,
): Promise<SimilarName[][]> {
  const asked: { i: number; name: string; municipality: string | null }[] = [];
  const positions = new Map<string, number>();
  const askedFor = names.map((n) => {
    const name = n.name.toLocaleLowerCase('fi');
    const key = `${n.municipality ?? ''}|${name}`;
    let i = positions.get(key);
    if (i === undefined) {
      i = asked.length;
      positions.set(key, i);
      asked.push({ i, name, municipality: n.municipality });
    }
    return i;
  });
  if (asked.length === 0) return [];
  // For each name, the GiST index on (municipality, sort_name) returns its municipality's names
  // nearest first by trigram distance (1 − similarity); the scan stops after five, and only then
  // does the threshold decide, which keeps the same five as filtering first. So a name costs at
  // most a walk through its municipality's part of the index and yields at most five rows, however
  // many similar names there are. (`%` with pg_trgm.similarity_threshold raised to 0.5 was no
  // faster in bench/dry-run.ts, and its setting would have to be kept from other queries.)
  const result = await db.execute(sql`
    select x.i, c.id, c.name, c.municipality, c.similarity
    from jsonb_to_recordset(${JSON.stringify(asked)}::jsonb) as x(i int, name text, municipality text)
    cross join lateral (
      select o.id, o.name, o.municipality_code as municipality,
        similarity(o.sort_name, x.name) as similarity
      from organisation o
      where coalesce(o.municipality_code, '') = coalesce(x.municipality, '')
        and o.state in ('pending', 'published')
        ${exceptId ? sql`and o.id <> ${exceptId}` : sql``}
      order by o.sort_name <-> x.name
      limit 5
    ) c
    where c.similarity >= ${duplicateNameSimilarity}
    order by x.i, c.similarity desc, c.name`);
  const found = asked.map((): SimilarName[] => []);
  for (const { i, ...candidate } of rowsOf<SimilarName & { i: number }>(result)) {
    found[i]?.push({ ...candidate, similarity: Number(candidate.similarity) });
  }
  return askedFor.map((i) => found[i] as SimilarName[]);
}

/** Possible duplicates of one name (see `selectSimilarNamesOf`). */
export async function selectSimilarNames(
  db: Db,
  name: string,
  municipalityCode: string | null,
  exceptId?: string,
): Promise<SimilarName[]> {
  const [found] = await selectSimilarNamesOf(
    db,
    [{ name, municipality: municipalityCode }],
    exceptId,
  );
  return found ?? [];
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

/** The organisations a person represents (any state but merged), by name. */
export function selectOrganisationsOfMember(db: Db, userId: string) {
  return db
    .select({
      id: organisation.id,
      name: organisation.name,
      state: organisation.state,
      role: organisationMember.role,
    })
    .from(organisationMember)
    .innerJoin(organisation, eq(organisation.id, organisationMember.organisationId))
    .where(and(eq(organisationMember.userId, userId), ne(organisation.state, 'merged')))
    .orderBy(organisation.sortName);
}

export async function selectUser(db: Db, id: string) {
  const [u] = await db
    .select({ id: appUser.id, name: appUser.name, email: appUser.email, lang: appUser.lang })
    .from(appUser)
    .where(eq(appUser.id, id));
  return u;
}
