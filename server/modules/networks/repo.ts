import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { NetworkData } from '../../../common/schemas/networks.js';
import type { Db } from '../../db/client.js';
import {
  network,
  networkMember,
  networkRevision,
  organisation,
  organisationMember,
} from '../../db/schema/index.js';
import { revisionStore } from '../../revisions/store.js';

export type NetworkRow = typeof network.$inferSelect;

/** The columns derived from the data on each write (never edited on their own). */
export function derivedColumns(data: NetworkData) {
  return {
    name: data.name.fi,
    sortName: data.name.fi.toLocaleLowerCase('fi'),
    kind: data.kind,
    regionCodes: [...data.regions].sort(),
  };
}

export async function selectNetwork(db: Db, id: string): Promise<NetworkRow | undefined> {
  const [row] = await db.select().from(network).where(eq(network.id, id));
  return row;
}

/** Networks by id, in the order of `ids` (those not found left out). */
export async function selectNetworks(db: Db, ids: readonly string[]): Promise<NetworkRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(network)
    .where(inArray(network.id, [...ids]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function insertNetwork(
  db: Db,
  values: { data: NetworkData; createdBy: string | null; demo?: boolean },
): Promise<NetworkRow> {
  const [row] = await db
    .insert(network)
    .values({
      data: values.data,
      createdBy: values.createdBy,
      demo: values.demo ?? false,
      ...derivedColumns(values.data),
    })
    .returning();
  if (!row) throw new Error('insert returned no network');
  return row;
}

/** Writes new data when `version` is still current; undefined when someone else was first. */
export async function updateNetworkData(db: Db, id: string, version: number, data: NetworkData) {
  const [row] = await db
    .update(network)
    .set({
      data,
      ...derivedColumns(data),
      updatedAt: sql`now()`,
      version: sql`${network.version} + 1`,
    })
    .where(and(eq(network.id, id), eq(network.version, version)))
    .returning();
  return row;
}

export async function setState(db: Db, id: string, state: string) {
  await db.update(network).set({ state, updatedAt: sql`now()` }).where(eq(network.id, id));
}

/** Every change of a network's fields (`server/revisions/store.ts`). */
export const revisions = revisionStore<NetworkData>(networkRevision, 'networkId', {
  id: networkRevision.id,
  owner: networkRevision.networkId,
  version: networkRevision.version,
  action: networkRevision.action,
  actorId: networkRevision.actorId,
  actorLabel: networkRevision.actorLabel,
  at: networkRevision.at,
  data: networkRevision.data,
  changes: networkRevision.changes,
});

const memberColumns = {
  organisationId: networkMember.organisationId,
  role: networkMember.role,
  startDate: networkMember.startDate,
  endDate: networkMember.endDate,
  version: networkMember.version,
  name: organisation.name,
  nameSv: sql<string | null>`${organisation.data}->>'nameSv'`,
  nameEn: sql<string | null>`${organisation.data}->>'nameEn'`,
  state: organisation.state,
};

/** The members whose organisations are published, coordinators first, then by name. */
export async function selectMembers(
  db: Db,
  networkId: string,
  f: { role?: string; page: number; pageSize: number },
) {
  const where = and(
    eq(networkMember.networkId, networkId),
    eq(organisation.state, 'published'),
    f.role ? eq(networkMember.role, f.role) : undefined,
  );
  const [items, [total]] = await Promise.all([
    db
      .select(memberColumns)
      .from(networkMember)
      .innerJoin(organisation, eq(organisation.id, networkMember.organisationId))
      .where(where)
      .orderBy(
        sql`case ${networkMember.role} when 'coordinator' then 0 when 'member' then 1 else 2 end`,
        asc(organisation.sortName),
        asc(organisation.id),
      )
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db
      .select({ n: count() })
      .from(networkMember)
      .innerJoin(organisation, eq(organisation.id, networkMember.organisationId))
      .where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function selectMember(db: Db, networkId: string, organisationId: string) {
  const [row] = await db
    .select(memberColumns)
    .from(networkMember)
    .innerJoin(organisation, eq(organisation.id, networkMember.organisationId))
    .where(
      and(eq(networkMember.networkId, networkId), eq(networkMember.organisationId, organisationId)),
    );
  return row;
}

/** The published member organisations with the coordinator role of each network of `ids`. */
export async function selectCoordinators(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ networkId: networkMember.networkId, ...memberColumns })
    .from(networkMember)
    .innerJoin(organisation, eq(organisation.id, networkMember.organisationId))
    .where(
      and(
        inArray(networkMember.networkId, ids),
        eq(networkMember.role, 'coordinator'),
        eq(organisation.state, 'published'),
      ),
    )
    .orderBy(asc(organisation.sortName));
}

export interface NewMember {
  organisationId: string;
  role: string;
  startDate: string | null;
  endDate: string | null;
}

/** Adds members and keeps the network's count; their organisations must not be members yet. */
export async function insertMembers(db: Db, networkId: string, members: NewMember[]) {
  if (members.length === 0) return;
  await db.insert(networkMember).values(members.map((m) => ({ ...m, networkId })));
  await refreshMemberCount(db, networkId);
}

export async function updateMember(
  db: Db,
  networkId: string,
  organisationId: string,
  version: number,
  set: Partial<{ role: string; startDate: string | null; endDate: string | null }>,
) {
  const rows = await db
    .update(networkMember)
    .set({ ...set, version: sql`${networkMember.version} + 1` })
    .where(
      and(
        eq(networkMember.networkId, networkId),
        eq(networkMember.organisationId, organisationId),
        eq(networkMember.version, version),
      ),
    )
    .returning({ version: networkMember.version });
  return rows.length > 0;
}

export async function deleteMember(db: Db, networkId: string, organisationId: string) {
  await db
    .delete(networkMember)
    .where(
      and(eq(networkMember.networkId, networkId), eq(networkMember.organisationId, organisationId)),
    );
  await refreshMemberCount(db, networkId);
}

async function refreshMemberCount(db: Db, networkId: string) {
  await db
    .update(network)
    .set({
      memberCount: sql`(select count(*) from ${networkMember} where ${networkMember.networkId} = ${networkId})`,
    })
    .where(eq(network.id, networkId));
}

/** Whether the user represents (owner or editor) a member organisation with the coordinator role. */
export async function representsCoordinator(db: Db, networkId: string, userId: string) {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(networkMember)
    .innerJoin(
      organisationMember,
      eq(organisationMember.organisationId, networkMember.organisationId),
    )
    .where(
      and(
        eq(networkMember.networkId, networkId),
        eq(networkMember.role, 'coordinator'),
        eq(organisationMember.userId, userId),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** The state of each organisation of `ids` (missing ones are not there). */
export function selectOrganisationStates(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: organisation.id, state: organisation.state })
    .from(organisation)
    .where(inArray(organisation.id, ids));
}
