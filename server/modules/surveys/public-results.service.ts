import type { Readable } from 'node:stream';
import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Lang } from '../../../common/languages.js';
import { answerReader } from '../../../common/surveys/answers.js';
import { resultsOf } from '../../../common/surveys/results.js';
import type { Db } from '../../db/client.js';
import { surveyPublicResponse } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { helsinkiDate } from '../../export/dates.js';
import { type ExportFormat, exportFileName, exportStream } from '../../export/table.js';
import type { Caller } from '../accounts/policy.js';
import { type RequestMeta, recordAudit } from '../audit/service.js';
import { requireSurveyManager } from './policy.js';
import { publicCounts } from './public.service.js';
import * as repo from './repo.js';
import { definitionOf } from './responses.service.js';

/**
 * What the anonymous respondents of a public round answered, for the coordinators who run it:
 * the results question by question, and every submitted response as a file. The answers belong
 * to no one (public.service.ts keeps no trace of the respondent); an export is still written to
 * the audit log, as written answers may say more than they should.
 */

async function requirePublicRound(db: Db, caller: Caller | null, roundId: string) {
  requireSurveyManager(caller);
  const found = await repo.selectRound(db, roundId);
  if (!found) throw new AppError('round_not_found');
  if (found.round.audience !== 'public') throw new AppError('round_not_public');
  return found.round;
}

const batchSize = 1000;

/**
 * The submitted responses of a round, newest first, a thousand at a time. The cursor is the
 * database's own text of the time (microseconds): a JavaScript Date keeps milliseconds, and a
 * cursor cut to them would skip a response submitted in the same millisecond after it.
 */
async function* submitted(db: Db, roundId: string) {
  let after: { at: string; id: string } | null = null;
  for (;;) {
    const rows: {
      id: string;
      answers: Record<string, unknown>;
      lang: string;
      submittedAt: Date | null;
      at: string;
    }[] = await db
      .select({
        id: surveyPublicResponse.id,
        answers: surveyPublicResponse.answers,
        lang: surveyPublicResponse.lang,
        submittedAt: surveyPublicResponse.submittedAt,
        at: sql<string>`${surveyPublicResponse.submittedAt}::text`,
      })
      .from(surveyPublicResponse)
      .where(
        and(
          eq(surveyPublicResponse.roundId, roundId),
          eq(surveyPublicResponse.state, 'submitted'),
          // Submission sets the time; a row without one (written some other way) is left out
          // rather than ending the batches early.
          isNotNull(surveyPublicResponse.submittedAt),
          after
            ? sql`(${surveyPublicResponse.submittedAt}, ${surveyPublicResponse.id}) < (${after.at}::timestamptz, ${after.id}::uuid)`
            : undefined,
        ),
      )
      .orderBy(desc(surveyPublicResponse.submittedAt), desc(surveyPublicResponse.id))
      .limit(batchSize);
    yield* rows;
    const last = rows.at(-1);
    if (rows.length < batchSize || !last?.at) return;
    after = { at: last.at, id: last.id };
  }
}

/** The results of a public round's submitted responses, question by question, in `lang`. */
export async function publicResults(db: Db, caller: Caller | null, roundId: string, lang: Lang) {
  const round = await requirePublicRound(db, caller, roundId);
  const sum = resultsOf(await definitionOf(db, round.versionId), lang);
  for await (const r of submitted(db, roundId)) sum.add(r.answers);
  return { ...(await publicCounts(db, roundId)), questions: sum.result() };
}

const headings = {
  submittedAt: { fi: 'Lähetetty', sv: 'Skickat', en: 'Submitted' },
  lang: { fi: 'Vastauksen kieli', sv: 'Svarets språk', en: 'Language of the answer' },
} satisfies Record<string, Record<Lang, string>>;

const fileWords = {
  machine: 'responses',
  people: { fi: 'vastaukset', sv: 'svar', en: 'responses' } satisfies Record<Lang, string>,
};

/** A name not taken yet among `taken` (a question may be named like a fixed column). */
function free(name: string, taken: Set<string>) {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name}_${n}`;
  taken.add(candidate);
  return candidate;
}

const machineValue = (value: unknown) =>
  value === undefined || value === null
    ? null
    : typeof value === 'string' || typeof value === 'number'
      ? value
      : JSON.stringify(value);

/**
 * Every submitted response of a public round as a file, newest first: one row per response, one
 * column per question. For programs (json, csv) the answers as stored under the questions' names
 * (an "other" text in the question's `-Comment` column); for people (xlsx, excel-csv) the
 * questions' titles in `lang` and the answers as the survey shows them.
 */
export async function exportPublicResponses(
  db: Db,
  caller: Caller | null,
  meta: RequestMeta,
  roundId: string,
  q: { format: ExportFormat; lang: Lang },
): Promise<{ stream: Readable; fileName: string }> {
  const round = await requirePublicRound(db, caller, roundId);
  const reader = answerReader(await definitionOf(db, round.versionId), q.lang);
  await recordAudit(db, meta, {
    action: 'survey.round.export',
    actorId: caller?.id ?? null,
    targetType: 'survey_round',
    targetId: roundId,
    details: { format: q.format },
  });
  const taken = new Set(['submittedAt', 'lang']);
  const machine = reader.questions.flatMap((question) => [
    { answer: question.name, column: free(question.name, taken) },
    ...(question.comment
      ? [{ answer: `${question.name}-Comment`, column: free(`${question.name}-Comment`, taken) }]
      : []),
  ]);
  type Row = { answers: Record<string, unknown>; lang: string; submittedAt: Date | null };
  const stream = exportStream<Row>(
    {
      rows: submitted(db, roundId),
      columns: ['submittedAt', 'lang', ...machine.map((m) => m.column)],
      record: (r) => ({
        submittedAt: r.submittedAt?.toISOString() ?? null,
        lang: r.lang,
        ...Object.fromEntries(
          machine.map((m) => [
            m.column,
            machineValue(Object.hasOwn(r.answers, m.answer) ? r.answers[m.answer] : undefined),
          ]),
        ),
      }),
      peopleColumns: [
        { key: 'submittedAt', header: headings.submittedAt[q.lang] },
        { key: 'lang', header: headings.lang[q.lang] },
        ...reader.questions.map((question, i) => ({
          key: `q${i}`,
          header: question.title,
          wide: true,
        })),
      ],
      peopleRecord: (r) => {
        const shown = new Map(reader.read(r.answers).map((a) => [a.question, a.answer]));
        return {
          submittedAt: r.submittedAt,
          lang: r.lang,
          ...Object.fromEntries(
            reader.questions.map((question, i) => [`q${i}`, shown.get(question.name) ?? null]),
          ),
        };
      },
      dateColumns: ['submittedAt'],
    },
    q.format,
    q.lang,
    ',',
  );
  return {
    stream,
    fileName: exportFileName(q.format, q.lang, fileWords, helsinkiDate(new Date())),
  };
}
