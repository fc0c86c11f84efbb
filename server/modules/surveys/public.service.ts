import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Lang } from '../../../common/languages.js';
import { checkAnswers } from '../../../common/surveys/answers.js';
import type { Db } from '../../db/client.js';
import { surveyPublicResponse } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { checkProgress } from './progress-check.js';
import * as repo from './repo.js';
import {
  answerProblems,
  definitionOf,
  responseOf,
  roundOf,
  savedStateOf,
} from './responses.service.js';
import { roundStatus } from './rounds.service.js';

/**
 * Anonymous answering of a public round (event feedback, a quick poll): anyone with the round's
 * address, one response per browser. The browser keeps a random id in a cookie; the response is
 * stored under a hash of the round and that id, so nothing in it leads to a person (no account,
 * no address, no IP). Whether a question asks for personal data is the survey's own business,
 * which says why.
 */

/** The cookie of a browser's random id (sent only to the public answering calls). */
export const respondentCookie = 'kudos_respondent';

const respondentHash = (roundId: string, respondent: string) =>
  createHash('sha256').update(`${roundId}:${respondent}`).digest('hex');

async function loadPublic(db: Db, roundId: string, respondent: string | null) {
  const found = await repo.selectRound(db, roundId);
  // A round that is not public is not found here (no hint that it exists).
  if (found?.round.audience !== 'public') throw new AppError('round_not_found');
  const [response] = respondent
    ? await db
        .select()
        .from(surveyPublicResponse)
        .where(
          and(
            eq(surveyPublicResponse.roundId, roundId),
            eq(surveyPublicResponse.respondentHash, respondentHash(roundId, respondent)),
          ),
        )
    : [];
  return {
    round: found.round,
    definition: await definitionOf(db, found.round.versionId),
    response,
  };
}

type Loaded = Awaited<ReturnType<typeof loadPublic>>;

const answeringOf = (l: Loaded) => ({
  round: roundOf(l.round),
  organisation: null,
  definition: l.definition,
  response: responseOf(l.response ?? null),
});

export async function openPublic(db: Db, roundId: string, respondent: string | null) {
  return answeringOf(await loadPublic(db, roundId, respondent));
}

/** Saves the answers so far, as the invited answer does (409 on a stale save). */
export async function savePublic(
  db: Db,
  roundId: string,
  respondent: string,
  body: { answers: Record<string, unknown>; lang: Lang; version?: number | undefined },
) {
  const l = await loadPublic(db, roundId, respondent);
  if (roundStatus(l.round) !== 'open') throw new AppError('round_closed');
  if (l.response?.state === 'submitted') throw new AppError('response_submitted');
  const checked = checkProgress(l.definition, body.answers, body.lang);
  if (checked.problems.length > 0) throw answerProblems(checked.problems);
  const conflict = async () =>
    new AppError('version_conflict', {
      current: responseOf((await loadPublic(db, roundId, respondent)).response ?? null),
    });
  let saved: typeof surveyPublicResponse.$inferSelect | undefined;
  if (!l.response) {
    if (body.version !== undefined) throw await conflict();
    [saved] = await db
      .insert(surveyPublicResponse)
      .values({
        roundId,
        respondentHash: respondentHash(roundId, respondent),
        answers: checked.answers,
        lang: body.lang,
      })
      .onConflictDoNothing()
      .returning();
  } else {
    [saved] = await db
      .update(surveyPublicResponse)
      .set({
        answers: checked.answers,
        lang: body.lang,
        updatedAt: sql`now()`,
        version: sql`${surveyPublicResponse.version} + 1`,
      })
      .where(
        and(
          eq(surveyPublicResponse.id, l.response.id),
          eq(surveyPublicResponse.version, body.version ?? 0),
          eq(surveyPublicResponse.state, 'in_progress'),
        ),
      )
      .returning();
  }
  if (!saved) throw await conflict();
  return savedStateOf(saved);
}

/** Submits the saved answers (every rule of the survey); submitting again is harmless. */
export async function submitPublic(
  db: Db,
  roundId: string,
  respondent: string,
  body: { lang: Lang },
) {
  const l = await loadPublic(db, roundId, respondent);
  if (l.response?.state === 'submitted') return responseOf(l.response);
  if (roundStatus(l.round) !== 'open') throw new AppError('round_closed');
  const checked = checkAnswers(l.definition, l.response?.answers ?? {}, {
    lang: body.lang,
    complete: true,
  });
  if (checked.problems.length > 0 || !l.response) throw answerProblems(checked.problems);
  const [done] = await db
    .update(surveyPublicResponse)
    .set({
      answers: checked.answers,
      state: 'submitted',
      submittedAt: sql`now()`,
      updatedAt: sql`now()`,
      version: sql`${surveyPublicResponse.version} + 1`,
    })
    .where(
      and(
        eq(surveyPublicResponse.id, l.response.id),
        eq(surveyPublicResponse.state, 'in_progress'),
      ),
    )
    .returning();
  return responseOf(done ?? (await loadPublic(db, roundId, respondent)).response ?? null);
}

/** A public round's counts: responses started and submitted. */
export async function publicCounts(db: Db, roundId: string) {
  const [row] = await db
    .select({
      started: sql<number>`count(*)`.mapWith(Number),
      submitted:
        sql<number>`count(*) filter (where ${surveyPublicResponse.state} = 'submitted')`.mapWith(
          Number,
        ),
    })
    .from(surveyPublicResponse)
    .where(eq(surveyPublicResponse.roundId, roundId));
  return { started: row?.started ?? 0, submitted: row?.submitted ?? 0 };
}
