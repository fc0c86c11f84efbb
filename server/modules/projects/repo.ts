import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ProjectData } from '../../../common/schemas/projects.js';
import type { Db } from '../../db/client.js';
import { organisation, project, projectPartner, projectRevision } from '../../db/schema/index.js';
import { revisionStore } from '../../revisions/store.js';

export type ProjectRow = typeof project.$inferSelect;

/** The columns derived from the data on each write (never edited on their own). */
export function derivedColumns(data: ProjectData) {
  return {
    title: data.title.fi,
    sortTitle: data.title.fi.toLocaleLowerCase('fi'),
    status: data.status,
    startDate: data.startDate,
    endDate: data.endDate,
    fundingProgramme: data.fundingProgramme,
    budget: data.budget === null ? null : data.budget.toFixed(2),
    regionCodes: [...data.regions].sort(),
    national: data.national,
    goals: data.goals,
    themes: data.themes,
    leadOrganisationId: data.partners.find((p) => p.role === 'lead')?.organisationId ?? null,
    euraCode: data.eura?.code ?? null,
  };
}

export async function selectProject(db: Db, id: string): Promise<ProjectRow | undefined> {
  const [row] = await db.select().from(project).where(eq(project.id, id));
  return row;
}

/** Projects by id, in the order of `ids` (those not found left out). */
export async function selectProjects(db: Db, ids: readonly string[]): Promise<ProjectRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(project)
    .where(inArray(project.id, [...ids]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Organisations by id with what a project's page shows of them and whether they are published. */
export function selectOrganisationRefs(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: organisation.id,
      name: organisation.name,
      nameSv: sql<string | null>`${organisation.data}->>'nameSv'`,
      nameEn: sql<string | null>`${organisation.data}->>'nameEn'`,
      state: organisation.state,
    })
    .from(organisation)
    .where(inArray(organisation.id, ids));
}

interface NewProject {
  data: ProjectData;
  state: string;
  createdBy: string | null;
  demo?: { at: Date };
}

export async function insertProject(db: Db, values: NewProject): Promise<ProjectRow> {
  const at = values.demo?.at;
  const [row] = await db
    .insert(project)
    .values({
      data: values.data,
      state: values.state,
      createdBy: values.createdBy,
      ...derivedColumns(values.data),
      ...(at ? { demo: true, createdAt: at, updatedAt: at } : {}),
    })
    .returning();
  if (!row) throw new Error('insert returned no project');
  await replacePartners(db, row.id, values.data);
  return row;
}

/** The partner rows follow `data.partners` (one row per organisation). */
export async function replacePartners(db: Db, projectId: string, data: ProjectData) {
  await db.delete(projectPartner).where(eq(projectPartner.projectId, projectId));
  if (data.partners.length === 0) return;
  await db
    .insert(projectPartner)
    .values(
      data.partners.map((p) => ({ projectId, organisationId: p.organisationId, role: p.role })),
    );
}

/** Writes new data when `version` is still current; undefined when someone else was first. */
export async function updateProjectData(
  db: Db,
  id: string,
  version: number,
  data: ProjectData,
): Promise<ProjectRow | undefined> {
  const [row] = await db
    .update(project)
    .set({
      data,
      ...derivedColumns(data),
      updatedAt: sql`now()`,
      version: sql`${project.version} + 1`,
      // A new end date or status may need a new "has it ended?" reminder; other edits do not.
      reminderSentAt: sql`case when ${project.endDate} is distinct from ${data.endDate}::date
        or ${project.status} <> ${data.status} then null else ${project.reminderSentAt} end`,
    })
    .where(and(eq(project.id, id), eq(project.version, version)))
    .returning();
  if (row) await replacePartners(db, id, data);
  return row;
}

export async function setProjectFields(
  db: Db,
  id: string,
  set: Partial<typeof project.$inferInsert>,
): Promise<void> {
  await db.update(project).set(set).where(eq(project.id, id));
}

/** Every change of a project (`server/revisions/store.ts`). */
export const revisions = revisionStore<ProjectData>(projectRevision, 'projectId', {
  id: projectRevision.id,
  owner: projectRevision.projectId,
  version: projectRevision.version,
  action: projectRevision.action,
  actorId: projectRevision.actorId,
  actorLabel: projectRevision.actorLabel,
  at: projectRevision.at,
  data: projectRevision.data,
  changes: projectRevision.changes,
});
