import { and, desc, eq, exists, gte, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { Lang } from '../../../common/languages.js';
import { checkAnswers } from '../../../common/surveys/answers.js';
import type { Db } from '../../db/client.js';
import {
  organisation,
  organisationMember,
  surveyAnswer,
  surveyClassification,
  surveyInvitation,
  surveyLink,
  surveyResponse,
  surveyRound,
} from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { helsinkiDate } from '../../export/dates.js';
import type { Caller } from '../accounts/policy.js';
import { hashToken } from '../accounts/tokens.js';
import { classificationRow } from './classifications.service.js';
import { checkProgress } from './progress-check.js';
import * as repo from './repo.js';
import { roundStatus } from './rounds.service.js';

/** Whose response: an invitation link's token, or a round and an organisation (signed in). */
export interface Access {
  token?: string | undefined;
  roundId?: string | undefined;
  organisationId?: string | undefined;
}

/**
 * A version's definition by its id. A round's version is frozen (never changes), so it is kept
 * in memory: each autosave would otherwise read the whole definition again.
 */
const definitions = new Map<string, Record<string, unknown>>();
export async function definitionOf(db: Db, versionId: string) {
  const known = definitions.get(versionId);
  if (known) return known;
  const version = await repo.selectVersionById(db, versionId);
  if (!version) throw new AppError('invitation_not_found');
  if (version.frozenAt) {
    if (definitions.size >= 50) definitions.clear();
    definitions.set(versionId, version.definition);
  }
  return version.definition;
}

/** Is the caller a representative of the organisation? */
export async function represents(db: Db, caller: Caller, organisationId: string) {
  const [row] = await db
    .select({ role: organisationMember.role })
    .from(organisationMember)
    .where(
      and(
        eq(organisationMember.organisationId, organisationId),
        eq(organisationMember.userId, caller.id),
      ),
    );
  return row !== undefined;
}

/** 401 without a caller, 403 unless the caller represents the organisation. */
async function requireRepresentative(db: Db, caller: Caller | null, organisationId: string) {
  if (!caller) throw new AppError('not_authenticated');
  if (!(await represents(db, caller, organisationId))) throw new AppError('forbidden');
}

const accessMissing = () =>
  new AppError('invalid_request', {
    fields: [
      {
        location: 'body',
        path: 'token',
        code: 'required',
        message: 'token, or roundId and organisationId',
      },
    ],
  });

/** The invitation a link's token hash opens (none for an unknown token). */
const invitationOfLink = (tokenHash: unknown) =>
  sql`(select ${surveyLink.invitationId} from ${surveyLink} where ${surveyLink.tokenHash} = ${tokenHash})`;

/** The invitation, its round and organisation and the response so far, in one query. */
function invitationQuery(db: Db) {
  return db
    .select({
      invitation: surveyInvitation,
      organisationName: organisation.name,
      round: surveyRound,
      response: surveyResponse,
    })
    .from(surveyInvitation)
    .innerJoin(organisation, eq(organisation.id, surveyInvitation.organisationId))
    .innerJoin(surveyRound, eq(surveyRound.id, surveyInvitation.roundId))
    .leftJoin(
      surveyResponse,
      and(
        eq(surveyResponse.roundId, surveyInvitation.roundId),
        eq(surveyResponse.organisationId, surveyInvitation.organisationId),
      ),
    );
}

/**
 * The response an access opens. A token that is no link is 404 `invitation_not_found` (no hint
 * whether it ever was one); without a token, the caller must represent the organisation (401,
 * 403) and the organisation must be invited to the round (404).
 */
export async function load(
  db: Db,
  caller: Caller | null,
  access: Access,
  /** The caller's right to the organisation's response was checked before (staff's reads). */
  checked = false,
) {
  let where: ReturnType<typeof eq>;
  if (access.token) {
    where = eq(surveyInvitation.id, invitationOfLink(hashToken(access.token)));
  } else if (access.roundId && access.organisationId) {
    if (!checked) await requireRepresentative(db, caller, access.organisationId);
    where = and(
      eq(surveyInvitation.roundId, access.roundId),
      eq(surveyInvitation.organisationId, access.organisationId),
    ) as ReturnType<typeof eq>;
  } else {
    throw accessMissing();
  }
  const [row] = await invitationQuery(db).where(where);
  if (!row) throw new AppError('invitation_not_found');
  return {
    invitation: row.invitation,
    organisationName: row.organisationName,
    round: row.round,
    definition: await definitionOf(db, row.round.versionId),
    response: row.response,
  };
}

export type Loaded = Awaited<ReturnType<typeof load>>;
type ResponseRow = NonNullable<Loaded['response']>;

/** A response as the answering page holds it (an invited or an anonymous one). */
export function responseOf(
  r: Pick<
    ResponseRow,
    'answers' | 'state' | 'lang' | 'submittedAt' | 'updatedAt' | 'version'
  > | null,
) {
  return r
    ? {
        answers: r.answers,
        state: r.state as 'in_progress' | 'submitted',
        lang: r.lang as Lang,
        submittedAt: r.submittedAt?.toISOString() ?? null,
        updatedAt: r.updatedAt.toISOString(),
        version: r.version,
      }
    : null;
}

export function roundOf(round: Loaded['round']) {
  return {
    id: round.id,
    name: { fi: round.name.fi, sv: round.name.sv ?? null, en: round.name.en ?? null },
    opensOn: round.opensOn,
    closesOn: round.closesOn,
    status: roundStatus(round),
  };
}

export function answeringOf(l: Loaded) {
  return {
    round: roundOf(l.round),
    organisation: { id: l.invitation.organisationId, name: l.organisationName },
    definition: l.definition,
    response: responseOf(l.response),
  };
}

/** The check's problems as a 400 naming `answers.<question>`, in the respondent's language. */
export function answerProblems(problems: ReturnType<typeof checkAnswers>['problems']) {
  return new AppError('invalid_request', {
    fields: problems.map((p) => ({
      location: 'body',
      path: `answers.${p.question}`,
      code: p.code,
      message: p.message,
    })),
  });
}

/** The columns a save reads back (its answers are the ones it wrote). */
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
      .leftJoin(
        surveyResponse,
        and(
          eq(surveyResponse.roundId, surveyInvitation.roundId),
          eq(surveyResponse.organisationId, surveyInvitation.organisationId),
        ),
      );
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
  return saved ? responseOf({ ...saved, answers: checked.answers }) : null;
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
  return responseOf({ ...saved, answers: checked.answers });
}

/**
 * Submits the saved answers: every rule of the survey, required questions too, and the indicator
 * values written as rows (organisation × round × indicator). Submitting again is harmless.
 */
export async function submitAnswers(db: Db, caller: Caller | null, body: Access & { lang: Lang }) {
  const l = await load(db, caller, body);
  if (l.response?.state === 'submitted') return responseOf(l.response);
  if (roundStatus(l.round) !== 'open') throw new AppError('round_closed');
  const checked = checkAnswers(l.definition, l.response?.answers ?? {}, {
    lang: body.lang,
    complete: true,
  });
  if (checked.problems.length > 0) throw answerProblems(checked.problems);
  const response = l.response;
  if (!response) throw answerProblems(checked.problems);
  await db.transaction(async (tx) => {
    const done = await tx
      .update(surveyResponse)
      .set({
        answers: checked.answers,
        state: 'submitted',
        submittedAt: sql`now()`,
        updatedAt: sql`now()`,
        version: sql`${surveyResponse.version} + 1`,
      })
      .where(and(eq(surveyResponse.id, response.id), eq(surveyResponse.state, 'in_progress')))
      .returning({ id: surveyResponse.id });
    // Submitted by another browser meanwhile: its values stand.
    if (done.length === 0) return;
    await tx.delete(surveyAnswer).where(eq(surveyAnswer.responseId, response.id));
    const rows = Object.entries(checked.values).map(([indicator, value]) => ({
      responseId: response.id,
      roundId: l.round.id,
      organisationId: l.invitation.organisationId,
      indicator,
      value,
      number: typeof value === 'number' ? String(value) : null,
    }));
    if (rows.length > 0) await tx.insert(surveyAnswer).values(rows);
    await tx.delete(surveyClassification).where(eq(surveyClassification.responseId, response.id));
    await tx
      .insert(surveyClassification)
      .values(
        classificationRow(
          { id: response.id, roundId: l.round.id, organisationId: l.invitation.organisationId },
          checked.values,
        ),
      );
  });
  return responseOf((await load(db, caller, body)).response);
}

/** The rounds the caller's organisations are invited to, the latest first, with their state. */
export async function myInvitations(db: Db, caller: Caller | null) {
  if (!caller) throw new AppError('not_authenticated');
  const rows = await invitationQuery(db)
    .innerJoin(
      organisationMember,
      and(
        eq(organisationMember.organisationId, surveyInvitation.organisationId),
        eq(organisationMember.userId, caller.id),
      ),
    )
    .orderBy(desc(surveyRound.opensOn), organisation.name);
  return {
    items: rows.map((r) => ({
      round: roundOf(r.round),
      organisation: { id: r.invitation.organisationId, name: r.organisationName },
      state: (r.response?.state ?? 'not_started') as 'not_started' | 'in_progress' | 'submitted',
      submittedAt: r.response?.submittedAt?.toISOString() ?? null,
    })),
  };
}
