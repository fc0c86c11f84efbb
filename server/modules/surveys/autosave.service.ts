import { and, eq, exists, gte, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { Lang } from '../../../common/languages.js';
import type { Db } from '../../db/client.js';
import {
  surveyInvitation,
  surveyLink,
  surveyResponse,
  surveyRound,
} from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { helsinkiDate } from '../../export/dates.js';
import type { Caller } from '../accounts/policy.js';
import { hashToken } from '../accounts/tokens.js';
import { checkProgress } from './progress-check.js';
import {
  type Access,
  accessMissing,
  answerProblems,
  definitionOf,
  invitationOfLink,
  load,
  type ResponseRow,
  requireRepresentative,
  responseOf,
  responseOfInvitation,
  savedStateOf,
} from './responses.service.js';
import { roundStatus } from './rounds.service.js';

/**
 * Saving the answers so far (autosave), the request every respondent sends every few seconds:
 * the first save of an access the full way, later ones in one statement that checks all a save
 * must (see `quickSave`).
 */

/** The columns a save reads back and answers with (its answers are the ones it wrote). */
const savedColumns = {
  state: surveyResponse.state,
  lang: surveyResponse.lang,
  submittedAt: surveyResponse.submittedAt,
  updatedAt: surveyResponse.updatedAt,
  version: surveyResponse.version,
};

/**
 * What a save needs of an access (its invitation's organisation, the round's days and version,
 * the response's id, state and version): one query, prepared once per database, as an autosave
 * comes every few seconds from every respondent and building the query was a good part of its cost.
 */
function saveTargetQueries(db: Db) {
  const select = () =>
    db
      .select({
        organisationId: surveyInvitation.organisationId,
        roundId: surveyRound.id,
        versionId: surveyRound.versionId,
        opensOn: surveyRound.opensOn,
        closesOn: surveyRound.closesOn,
        closedAt: surveyRound.closedAt,
        responseId: surveyResponse.id,
        state: surveyResponse.state,
        version: surveyResponse.version,
      })
      .from(surveyInvitation)
      .innerJoin(surveyRound, eq(surveyRound.id, surveyInvitation.roundId))
      .leftJoin(surveyResponse, responseOfInvitation);
  const p = sql.placeholder;
  const open = exists(
    db
      .select({ one: sql`1` })
      .from(surveyRound)
      .where(
        and(
          eq(surveyRound.id, p('roundId')),
          eq(surveyRound.versionId, p('versionId')),
          isNull(surveyRound.closedAt),
          lte(surveyRound.opensOn, p('today')),
          gte(surveyRound.closesOn, p('today')),
        ),
      ),
  );
  const invited = and(
    eq(surveyInvitation.roundId, p('roundId')),
    eq(surveyInvitation.organisationId, p('organisationId')),
  );
  const linked = exists(
    db
      .select({ one: sql`1` })
      .from(surveyLink)
      .innerJoin(surveyInvitation, eq(surveyInvitation.id, surveyLink.invitationId))
      .where(and(eq(surveyLink.tokenHash, p('tokenHash')), invited)),
  );
  const update = (access: SQL | undefined, name: string) =>
    db
      .update(surveyResponse)
      .set({
        // The answers as JSON text (a placeholder in `set` goes to the driver as it is).
        answers: sql`${p('answers')}::jsonb`,
        lang: sql`${p('lang')}`,
        updatedAt: sql`now()`,
        version: sql`${surveyResponse.version} + 1`,
      })
      .where(
        and(
          eq(surveyResponse.roundId, p('roundId')),
          eq(surveyResponse.organisationId, p('organisationId')),
          eq(surveyResponse.version, p('version')),
          eq(surveyResponse.state, 'in_progress'),
          open,
          access,
        ),
      )
      .returning(savedColumns)
      .prepare(name);
  return {
    /**
     * A save of an answer already started, in one statement that checks all a save must: the
     * link (or invitation) still there, the round open today, the response not submitted and at
     * the version the page holds. No row: the full path says why.
     */
    saveByLink: update(linked, 'survey_save_by_link'),
    saveByOrganisation: update(
      exists(db.select({ one: sql`1` }).from(surveyInvitation).where(invited)),
      'survey_save_by_organisation',
    ),
    byLink: select()
      .where(eq(surveyInvitation.id, invitationOfLink(sql.placeholder('tokenHash'))))
      .prepare('survey_save_target_by_link'),
    byOrganisation: select()
      .where(
        and(
          eq(surveyInvitation.roundId, sql.placeholder('roundId')),
          eq(surveyInvitation.organisationId, sql.placeholder('organisationId')),
        ),
      )
      .prepare('survey_save_target_by_organisation'),
  };
}
const saveTargets = new WeakMap<Db, ReturnType<typeof saveTargetQueries>>();

function saveQueries(db: Db) {
  let queries = saveTargets.get(db);
  if (!queries) {
    queries = saveTargetQueries(db);
    saveTargets.set(db, queries);
  }
  return queries;
}

/**
 * Who an access answers for (the round, its version and the organisation): fixed for an
 * invitation's life, so remembered per access after its first save, and a later save is one
 * statement (which checks the access again). Only a hint: a save the statement refuses takes
 * the full path.
 */
interface Invited {
  roundId: string;
  organisationId: string;
  versionId: string;
}
const invitedBy = new Map<string, Invited>();
const rememberedAccesses = 20_000;
const accessKey = (access: Access) =>
  access.token
    ? `link:${hashToken(access.token)}`
    : access.roundId && access.organisationId
      ? `organisation:${access.roundId}:${access.organisationId}`
      : null;

/** A save of an answer already started by an access seen before; null when it must go the full way. */
async function quickSave(
  db: Db,
  caller: Caller | null,
  body: Access & { answers: Record<string, unknown>; lang: Lang; version?: number | undefined },
  key: string | null,
) {
  const invited = key ? invitedBy.get(key) : undefined;
  if (!invited || body.version === undefined) return null;
  if (!body.token) await requireRepresentative(db, caller, invited.organisationId);
  const checked = checkProgress(await definitionOf(db, invited.versionId), body.answers, body.lang);
  if (checked.problems.length > 0) return null;
  const queries = saveQueries(db);
  const values = {
    ...invited,
    answers: JSON.stringify(checked.answers),
    lang: body.lang,
    version: body.version,
    today: helsinkiDate(new Date()),
  };
  const [saved] = body.token
    ? await queries.saveByLink.execute({ ...values, tokenHash: hashToken(body.token) })
    : await queries.saveByOrganisation.execute(values);
  return saved ? savedStateOf(saved) : null;
}

async function saveTarget(db: Db, caller: Caller | null, access: Access) {
  const queries = saveQueries(db);
  let rows: Awaited<ReturnType<typeof queries.byLink.execute>>;
  if (access.token) {
    rows = await queries.byLink.execute({ tokenHash: hashToken(access.token) });
  } else if (access.roundId && access.organisationId) {
    await requireRepresentative(db, caller, access.organisationId);
    rows = await queries.byOrganisation.execute({
      roundId: access.roundId,
      organisationId: access.organisationId,
    });
  } else {
    throw accessMissing();
  }
  const [row] = rows;
  if (!row) throw new AppError('invitation_not_found');
  return row;
}

/**
 * Saves the answers so far (autosave): each answer checked as the survey checks it, in the
 * respondent's language; `version` is the response's version the page holds (none for the first
 * save). 409 `round_closed` outside the round's days, `response_submitted` after submission,
 * `version_conflict` when another browser saved since.
 */
export async function saveAnswers(
  db: Db,
  caller: Caller | null,
  body: Access & { answers: Record<string, unknown>; lang: Lang; version?: number | undefined },
) {
  const key = accessKey(body);
  const quick = await quickSave(db, caller, body, key);
  if (quick) return quick;
  const target = await saveTarget(db, caller, body);
  if (key) {
    if (invitedBy.size >= rememberedAccesses) invitedBy.clear();
    invitedBy.set(key, {
      roundId: target.roundId,
      organisationId: target.organisationId,
      versionId: target.versionId,
    });
  }
  if (roundStatus(target) !== 'open') throw new AppError('round_closed');
  if (target.state === 'submitted') throw new AppError('response_submitted');
  const definition = await definitionOf(db, target.versionId);
  const checked = checkProgress(definition, body.answers, body.lang);
  if (checked.problems.length > 0) throw answerProblems(checked.problems);
  const conflict = async () =>
    new AppError('version_conflict', {
      current: responseOf((await load(db, caller, body)).response),
    });
  let saved:
    | Omit<ResponseRow, 'answers' | 'id' | 'roundId' | 'organisationId' | 'createdAt'>
    | undefined;
  if (target.responseId === null) {
    if (body.version !== undefined) throw await conflict();
    [saved] = await db
      .insert(surveyResponse)
      .values({
        roundId: target.roundId,
        organisationId: target.organisationId,
        answers: checked.answers,
        lang: body.lang,
      })
      .onConflictDoNothing()
      .returning(savedColumns);
  } else {
    [saved] = await db
      .update(surveyResponse)
      .set({
        answers: checked.answers,
        lang: body.lang,
        updatedAt: sql`now()`,
        version: sql`${surveyResponse.version} + 1`,
      })
      .where(
        and(
          eq(surveyResponse.id, target.responseId),
          eq(surveyResponse.version, body.version ?? 0),
          eq(surveyResponse.state, 'in_progress'),
        ),
      )
      .returning(savedColumns);
  }
  if (!saved) throw await conflict();
  return savedStateOf(saved);
}
