import { and, asc, desc, eq, max, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { survey, surveyAnswer, surveyRound, surveyVersion } from '../../db/schema/index.js';

export type SurveyRow = typeof survey.$inferSelect;
export type SurveyVersionRow = typeof surveyVersion.$inferSelect;

export function selectSurveys(db: Db) {
  return db.select().from(survey).orderBy(asc(survey.createdAt), asc(survey.id));
}

export async function selectSurvey(db: Db, id: string) {
  const [row] = await db.select().from(survey).where(eq(survey.id, id));
  return row;
}

/** The versions of one survey (or of all) without their definitions, oldest first. */
export function selectVersionSummaries(db: Db, surveyId?: string) {
  return db
    .select({
      surveyId: surveyVersion.surveyId,
      number: surveyVersion.number,
      basedOn: surveyVersion.basedOn,
      frozenAt: surveyVersion.frozenAt,
      indicatorCount: sql<number>`cardinality(${surveyVersion.indicators})`.mapWith(Number),
      createdAt: surveyVersion.createdAt,
      updatedAt: surveyVersion.updatedAt,
      version: surveyVersion.version,
    })
    .from(surveyVersion)
    .where(surveyId ? eq(surveyVersion.surveyId, surveyId) : undefined)
    .orderBy(asc(surveyVersion.surveyId), asc(surveyVersion.number));
}

export async function selectVersion(db: Db, surveyId: string, number: number) {
  const [row] = await db
    .select()
    .from(surveyVersion)
    .where(and(eq(surveyVersion.surveyId, surveyId), eq(surveyVersion.number, number)));
  return row;
}

/** A new survey with its version 1. */
export async function insertSurvey(
  db: Db,
  name: { fi: string; sv: string; en: string },
  definition: Record<string, unknown>,
  indicators: string[],
  userId: string,
): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(survey).values({ name }).returning({ id: survey.id });
    if (!row) throw new Error('insert returned no row');
    await tx.insert(surveyVersion).values({
      surveyId: row.id,
      number: 1,
      definition,
      indicators,
      createdBy: userId,
      updatedBy: userId,
    });
    return row.id;
  });
}

/**
 * A copy of version `from` as the survey's next number. The number is taken under the survey
 * row's lock, so two copies made at once get different numbers.
 */
export async function insertCopy(db: Db, from: SurveyVersionRow, userId: string) {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select 1 from ${survey} where ${survey.id} = ${from.surveyId} for update`);
    const [last] = await tx
      .select({ n: max(surveyVersion.number) })
      .from(surveyVersion)
      .where(eq(surveyVersion.surveyId, from.surveyId));
    const [row] = await tx
      .insert(surveyVersion)
      .values({
        surveyId: from.surveyId,
        number: (last?.n ?? 0) + 1,
        definition: from.definition,
        indicators: from.indicators,
        basedOn: from.number,
        createdBy: userId,
        updatedBy: userId,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    return row;
  });
}

/**
 * Writes a definition over version `expected` of a version that is not frozen; undefined when the
 * row has moved on or has been frozen meanwhile (the caller tells which).
 */
export async function updateDefinition(
  db: Db,
  id: string,
  expected: number,
  definition: Record<string, unknown>,
  indicators: string[],
  userId: string,
) {
  const [row] = await db
    .update(surveyVersion)
    .set({
      definition,
      indicators,
      updatedBy: userId,
      updatedAt: sql`now()`,
      version: sql`${surveyVersion.version} + 1`,
    })
    .where(
      and(
        eq(surveyVersion.id, id),
        eq(surveyVersion.version, expected),
        sql`${surveyVersion.frozenAt} is null`,
      ),
    )
    .returning();
  return row;
}

export type RoundRow = typeof surveyRound.$inferSelect;

/** Rounds with their version's number, newest first. */
function roundsQuery(db: Db) {
  return db
    .select({ round: surveyRound, versionNumber: surveyVersion.number })
    .from(surveyRound)
    .innerJoin(surveyVersion, eq(surveyVersion.id, surveyRound.versionId));
}

export function selectRounds(db: Db) {
  return roundsQuery(db).orderBy(desc(surveyRound.opensOn), desc(surveyRound.createdAt));
}

export async function selectRound(db: Db, id: string) {
  const [row] = await roundsQuery(db).where(eq(surveyRound.id, id));
  return row;
}

/** A new round; its version is frozen in the same transaction (a round's questions never change). */
export async function insertRound(
  db: Db,
  values: Omit<typeof surveyRound.$inferInsert, 'id'>,
): Promise<string> {
  return db.transaction(async (tx) => {
    await tx
      .update(surveyVersion)
      .set({ frozenAt: sql`coalesce(${surveyVersion.frozenAt}, now())` })
      .where(eq(surveyVersion.id, values.versionId));
    const [row] = await tx.insert(surveyRound).values(values).returning({ id: surveyRound.id });
    if (!row) throw new Error('insert returned no row');
    return row.id;
  });
}

/** Writes a round's changed fields over version `expected`; false when it has moved on. */
export async function updateRound(
  db: Db,
  id: string,
  expected: number,
  set: Partial<typeof surveyRound.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(surveyRound)
    .set({ ...set, updatedAt: sql`now()`, version: sql`${surveyRound.version} + 1` })
    .where(and(eq(surveyRound.id, id), eq(surveyRound.version, expected)))
    .returning({ id: surveyRound.id });
  return rows.length > 0;
}

/** Closes a round now unless it is closed already. */
export async function closeRound(db: Db, id: string): Promise<boolean> {
  const rows = await db
    .update(surveyRound)
    .set({ closedAt: sql`now()`, updatedAt: sql`now()`, version: sql`${surveyRound.version} + 1` })
    .where(and(eq(surveyRound.id, id), sql`${surveyRound.closedAt} is null`))
    .returning({ id: surveyRound.id });
  return rows.length > 0;
}

export async function selectVersionById(db: Db, id: string) {
  const [row] = await db.select().from(surveyVersion).where(eq(surveyVersion.id, id));
  return row;
}

/**
 * A submitted response's indicator values. Read as JSON text: drizzle's jsonb reader parses a
 * string value again, so the code "734" would come back as the number 734.
 */
export function selectValues(db: Db, responseId: string) {
  return db
    .select({
      indicator: surveyAnswer.indicator,
      value: sql<unknown>`${surveyAnswer.value}::text`.mapWith((text: string) => JSON.parse(text)),
    })
    .from(surveyAnswer)
    .where(eq(surveyAnswer.responseId, responseId))
    .orderBy(asc(surveyAnswer.indicator));
}
