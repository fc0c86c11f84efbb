import { and, desc, eq, sql } from 'drizzle-orm';
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
import type { Caller } from '../accounts/policy.js';
import { hashToken } from '../accounts/tokens.js';
import { classificationRow } from './classifications.service.js';
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
export async function requireRepresentative(db: Db, caller: Caller | null, organisationId: string) {
  if (!caller) throw new AppError('not_authenticated');
  if (!(await represents(db, caller, organisationId))) throw new AppError('forbidden');
}

export const accessMissing = () =>
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
export const invitationOfLink = (tokenHash: unknown) =>
  sql`(select ${surveyLink.invitationId} from ${surveyLink} where ${surveyLink.tokenHash} = ${tokenHash})`;

/** An invitation's response (its round's, of its organisation), as a join condition. */
export const responseOfInvitation = and(
  eq(surveyResponse.roundId, surveyInvitation.roundId),
  eq(surveyResponse.organisationId, surveyInvitation.organisationId),
);

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
    .leftJoin(surveyResponse, responseOfInvitation);
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
export type ResponseRow = NonNullable<Loaded['response']>;

/** A response as the answering page holds it (an invited or an anonymous one). */
export function responseOf(
  r: Pick<
    ResponseRow,
    'answers' | 'state' | 'lang' | 'submittedAt' | 'updatedAt' | 'version'
  > | null,
) {
  return r ? { answers: r.answers, ...savedStateOf(r) } : null;
}

/**
 * What a save answers: where the response stands, without the answers (they are the ones the
 * save sent: an autosave every few seconds should not send them all back, nor compress them).
 */
export function savedStateOf(
  r: Pick<ResponseRow, 'state' | 'lang' | 'submittedAt' | 'updatedAt' | 'version'>,
) {
  return {
    state: r.state as 'in_progress' | 'submitted',
    lang: r.lang as Lang,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
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
