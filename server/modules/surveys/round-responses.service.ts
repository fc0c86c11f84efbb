import type { Readable } from 'node:stream';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Lang } from '../../../common/languages.js';
import { answerRows } from '../../../common/surveys/answers.js';
import type { Db } from '../../db/client.js';
import {
  organisation,
  surveyAnswer,
  surveyClassification,
  surveyInvitation,
  surveyResponse,
  surveyRoundTally,
} from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { helsinkiDate } from '../../export/dates.js';
import { type ExportFormat, exportFileName, exportStream } from '../../export/table.js';
import type { Caller } from '../accounts/policy.js';
import { type RequestMeta, recordAudit } from '../audit/service.js';
import { regionNames } from '../regions/service.js';
import { canManageSurveys, requireSurveyManager } from './policy.js';
import { publicCounts } from './public.service.js';
import * as repo from './repo.js';
import { answeringOf, load, represents } from './responses.service.js';
import { roundStatus } from './rounds.service.js';

/**
 * A round seen by coordinators and administrators: its response rate and who has answered; one
 * organisation's answers (for staff, with a reason kept in the audit log) and their download.
 */

async function requireRound(db: Db, roundId: string) {
  const found = await repo.selectRound(db, roundId);
  if (!found) throw new AppError('round_not_found');
  return found.round;
}

const rate = (submitted: number, invited: number) => (invited > 0 ? submitted / invited : 0);

/** The response rate now: overall, by region and by family (one grouped query). */
export async function roundProgress(db: Db, caller: Caller | null, roundId: string) {
  requireSurveyManager(caller);
  const round = await requireRound(db, roundId);
  if (round.audience === 'public') {
    // Anonymous answers: no invitations, regions or families, only how many answered.
    const counts = await publicCounts(db, roundId);
    return { invited: 0, ...counts, rate: 0, byRegion: [], byFamily: [] };
  }
  // Counted as it happens (survey_round_tally, migration 0031): a few rows, never 60 000.
  const rows = await db
    .select({
      region: surveyRoundTally.regionCode,
      family: surveyRoundTally.family,
      invited: surveyRoundTally.invited,
      started: surveyRoundTally.started,
      submitted: surveyRoundTally.submitted,
    })
    .from(surveyRoundTally)
    .where(eq(surveyRoundTally.roundId, roundId));
  const sum = (by: 'region' | 'family') => {
    const groups = new Map<string, { invited: number; started: number; submitted: number }>();
    for (const r of rows) {
      const g = groups.get(r[by]) ?? { invited: 0, started: 0, submitted: 0 };
      g.invited += r.invited;
      g.started += r.started;
      g.submitted += r.submitted;
      groups.set(r[by], g);
    }
    return [...groups.entries()]
      .filter(([, g]) => g.invited > 0)
      .map(([code, g]) => ({ code: code || null, ...g, rate: rate(g.submitted, g.invited) }));
  };
  const total = rows.reduce(
    (t, r) => ({
      invited: t.invited + r.invited,
      started: t.started + r.started,
      submitted: t.submitted + r.submitted,
    }),
    { invited: 0, started: 0, submitted: 0 },
  );
  const byRegion = sum('region');
  const names = await regionNames(
    db,
    byRegion.flatMap((r) => (r.code ? [r.code] : [])),
  );
  const byCode = <T extends { code: string | null }>(a: T, b: T) =>
    (a.code ?? '~').localeCompare(b.code ?? '~');
  return {
    ...total,
    rate: rate(total.submitted, total.invited),
    byRegion: byRegion
      .map((r) => {
        const name = r.code ? names.get(r.code) : undefined;
        return {
          code: r.code,
          name: name ? { fi: name.fi, sv: name.sv ?? null, en: name.en ?? null } : null,
          invited: r.invited,
          started: r.started,
          submitted: r.submitted,
          rate: r.rate,
        };
      })
      .sort(byCode),
    byFamily: sum('family').sort(byCode),
  };
}

const stateOf = (r: { id: string | null; state: string | null }) =>
  (r.id === null ? 'not_started' : r.state) as 'not_started' | 'in_progress' | 'submitted';

/** The invited organisations of a round, by name, with where each stands (no answers shown). */
export async function listRoundResponses(
  db: Db,
  caller: Caller | null,
  roundId: string,
  q: {
    state?: 'not_started' | 'in_progress' | 'submitted' | undefined;
    page: number;
    pageSize: number;
  },
) {
  requireSurveyManager(caller);
  await requireRound(db, roundId);
  const stateFilter =
    q.state === 'not_started'
      ? sql`${surveyResponse.id} is null`
      : q.state
        ? eq(surveyResponse.state, q.state)
        : undefined;
  const rows = await db
    .select({
      organisationId: organisation.id,
      name: organisation.name,
      regionCode: organisation.regionCode,
      family: organisation.family,
      invitedAt: surveyInvitation.createdAt,
      remindedAt: surveyInvitation.remindedAt,
      recipients: surveyInvitation.recipients,
      id: surveyResponse.id,
      state: surveyResponse.state,
      updatedAt: surveyResponse.updatedAt,
      submittedAt: surveyResponse.submittedAt,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(surveyInvitation)
    .innerJoin(organisation, eq(organisation.id, surveyInvitation.organisationId))
    .leftJoin(
      surveyResponse,
      and(
        eq(surveyResponse.roundId, surveyInvitation.roundId),
        eq(surveyResponse.organisationId, surveyInvitation.organisationId),
      ),
    )
    .where(and(eq(surveyInvitation.roundId, roundId), stateFilter))
    .orderBy(asc(organisation.name), asc(organisation.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return {
    items: rows.map((r) => ({
      organisation: {
        id: r.organisationId,
        name: r.name,
        regionCode: r.regionCode,
        family: r.family,
      },
      state: stateOf(r),
      invitedAt: r.invitedAt.toISOString(),
      remindedAt: r.remindedAt?.toISOString() ?? null,
      recipients: r.recipients,
      updatedAt: r.updatedAt?.toISOString() ?? null,
      submittedAt: r.submittedAt?.toISOString() ?? null,
    })),
    total: rows[0]?.total ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/**
 * Opens a submitted response again for its organisation to change (while the round is open);
 * its indicator values are withdrawn until it is submitted again. Repeating is harmless.
 */
export async function reopenResponse(
  db: Db,
  caller: Caller | null,
  meta: RequestMeta,
  roundId: string,
  organisationId: string,
) {
  requireSurveyManager(caller);
  const round = await requireRound(db, roundId);
  if (roundStatus(round) !== 'open') throw new AppError('round_closed');
  const [response] = await db
    .select()
    .from(surveyResponse)
    .where(
      and(eq(surveyResponse.roundId, roundId), eq(surveyResponse.organisationId, organisationId)),
    );
  if (!response) throw new AppError('response_not_found');
  if (response.state === 'submitted') {
    await db.transaction(async (tx) => {
      await tx
        .update(surveyResponse)
        .set({
          state: 'in_progress',
          submittedAt: null,
          updatedAt: sql`now()`,
          version: sql`${surveyResponse.version} + 1`,
        })
        .where(eq(surveyResponse.id, response.id));
      await tx.delete(surveyAnswer).where(eq(surveyAnswer.responseId, response.id));
      await tx.delete(surveyClassification).where(eq(surveyClassification.responseId, response.id));
      await recordAudit(tx, meta, {
        action: 'survey.response.reopen',
        actorId: caller.id,
        targetType: 'organisation',
        targetId: organisationId,
        details: { roundId },
      });
    });
  }
  return answeringOf(await loadInvited(db, roundId, organisationId)).response;
}

/**
 * Who may read an organisation's answers: its representatives, and coordinators and
 * administrators with a reason, which the audit log keeps with the view (or the export).
 */
async function readable(
  db: Db,
  caller: Caller | null,
  meta: RequestMeta,
  roundId: string,
  organisationId: string,
  use: { action: 'survey.response.view' | 'survey.response.export'; reason?: string | undefined },
) {
  if (!caller) throw new AppError('not_authenticated');
  await requireRound(db, roundId);
  const representative = await represents(db, caller, organisationId);
  if (!representative) {
    if (!canManageSurveys(caller)) throw new AppError('forbidden');
    if (!use.reason) throw new AppError('reason_required');
  }
  const l = await loadInvited(db, roundId, organisationId);
  if (!representative) {
    await recordAudit(db, meta, {
      action: use.action,
      actorId: caller.id,
      targetType: 'organisation',
      targetId: organisationId,
      details: { roundId, reason: use.reason },
    });
  }
  const values = l.response ? await repo.selectValues(db, l.response.id) : [];
  return { ...answeringOf(l), values };
}

/** The invitation without a representative's check (the callers here have been checked). */
async function loadInvited(db: Db, roundId: string, organisationId: string) {
  try {
    return await load(db, null, { token: undefined, roundId, organisationId }, true);
  } catch (err) {
    if (err instanceof AppError && err.code === 'invitation_not_found') {
      throw new AppError('response_not_found');
    }
    throw err;
  }
}

/** An organisation's answers to a round, with its submitted indicator values. */
export function viewResponse(
  db: Db,
  caller: Caller | null,
  meta: RequestMeta,
  roundId: string,
  organisationId: string,
  reason: string | undefined,
) {
  return readable(db, caller, meta, roundId, organisationId, {
    action: 'survey.response.view',
    reason,
  });
}

const headings = {
  question: { fi: 'Kysymys', sv: 'Fråga', en: 'Question' },
  answer: { fi: 'Vastaus', sv: 'Svar', en: 'Answer' },
  indicator: { fi: 'Indikaattori', sv: 'Indikator', en: 'Indicator' },
  name: { fi: 'Kysymyksen tunniste', sv: 'Frågans id', en: 'Question ID' },
} satisfies Record<string, Record<Lang, string>>;

export const responseFileWords = {
  machine: 'answers',
  people: { fi: 'vastaukset', sv: 'svar', en: 'answers' } satisfies Record<Lang, string>,
};

/**
 * An organisation's answers as a file: one row per answered question with its title in `lang`
 * and the answer as the survey shows it (json and csv for programs, xlsx and excel-csv for people).
 */
export async function exportResponse(
  db: Db,
  caller: Caller | null,
  meta: RequestMeta,
  roundId: string,
  organisationId: string,
  q: { format: ExportFormat; lang: Lang; reason?: string | undefined },
): Promise<{ stream: Readable; fileName: string }> {
  const seen = await readable(db, caller, meta, roundId, organisationId, {
    action: 'survey.response.export',
    reason: q.reason,
  });
  const rows = answerRows(seen.definition, seen.response?.answers ?? {}, q.lang);
  const stream = exportStream(
    {
      rows: (async function* () {
        yield* rows;
      })(),
      columns: ['question', 'title', 'answer', 'indicator'],
      record: (r) => ({ ...r }),
      peopleColumns: (['question', 'answer', 'indicator', 'name'] as const).map((key) => ({
        key,
        header: headings[key][q.lang],
        ...(key === 'question' || key === 'answer' ? { wide: true } : {}),
      })),
      peopleRecord: (r) => ({
        question: r.title,
        answer: r.answer,
        indicator: r.indicator,
        name: r.question,
      }),
      dateColumns: [],
    },
    q.format,
    q.lang,
    ',',
  );
  return {
    stream,
    fileName: exportFileName(q.format, q.lang, responseFileWords, helsinkiDate(new Date())),
  };
}
