import { eq, sql } from 'drizzle-orm';
import { organisationDataSchema } from '../common/schemas/organisations.js';
import type { Db } from '../server/db/client.js';
import { survey, surveyRound, surveyVersion } from '../server/db/schema/index.js';
import { rowsOf } from '../server/db/sql.js';
import { createOrganisation } from '../server/modules/organisations/service.js';

/**
 * A closed round of the barometer with 24 submitted responses, written before the e2e server opens
 * the database, for the statistics pages: Helsinki 12, Tampere 9, Turku 2, Rovaniemi 1, families
 * in turn, so that some figures are published and some are suppressed.
 */
export const statisticsRoundName = 'Barometri 2025 (selaintesti)';

export async function seedStatisticsRound(db: Db, coordinatorId: string) {
  const [barometer] = await db
    .select({ surveyId: survey.id, versionId: surveyVersion.id })
    .from(survey)
    .innerJoin(surveyVersion, eq(surveyVersion.surveyId, survey.id))
    .where(eq(survey.code, 'barometer'));
  if (!barometer) throw new Error('no barometer');
  const [round] = await db
    .insert(surveyRound)
    .values({
      surveyId: barometer.surveyId,
      versionId: barometer.versionId,
      name: { fi: statisticsRoundName, sv: statisticsRoundName, en: statisticsRoundName },
      opensOn: '2025-03-01',
      closesOn: '2025-04-30',
      target: '',
    })
    .returning({ id: surveyRound.id });
  const roundId = (round as { id: string }).id;
  const caller = {
    id: coordinatorId,
    role: 'coordinator' as const,
    regions: [],
    via: 'session' as const,
    scope: 'read_write' as const,
  };
  const places = [
    ...Array<string>(12).fill('091'),
    ...Array<string>(9).fill('837'),
    '853',
    '853',
    '698',
  ];
  const families = ['cooperative', 'association', 'company'];
  for (const [i, municipality] of places.entries()) {
    const org = await createOrganisation(db, { ip: null, userAgent: null }, caller, {
      ...organisationDataSchema.parse({
        name: `Tilastoyritys ${i + 1}`,
        actorTypes: ['social_economy_actor'],
        legalForm: '14',
        municipality,
        description: { fi: 'Selaintestin organisaatio.' },
      }),
      acknowledgeSimilar: true,
    });
    const answers: Record<string, unknown> = {
      municipality,
      legal_family: families[i % 3],
      employees_headcount: 2 + (i % 6),
      turnover_eur: 80_000 + i * 5_000,
      se_mark: i % 2 === 0,
    };
    const [response] = rowsOf<{ id: string }>(
      await db.execute(sql`insert into survey_response (round_id, organisation_id, state, submitted_at)
        values (${roundId}, ${org.id}, 'submitted', '2025-04-01') returning id`),
    );
    for (const [indicator, value] of Object.entries(answers)) {
      await db.execute(sql`insert into survey_answer (response_id, round_id, organisation_id, indicator, value, number)
        values (${(response as { id: string }).id}, ${roundId}, ${org.id}, ${indicator},
          ${JSON.stringify(value)}::jsonb, ${typeof value === 'number' ? value : null})`);
    }
  }
  return roundId;
}
