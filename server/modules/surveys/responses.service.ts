import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Lang } from '../../../common/languages.js';
import { checkAnswers } from '../../../common/surveys/answers.js';
import type { Db } from '../../db/client.js';
import {
  appUser,
  organisation,
  organisationMember,
  surveyAnswer,
  surveyInvitation,
  surveyResponse,
} from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import type { Caller } from '../accounts/policy.js';
import { hashToken, newToken } from '../accounts/tokens.js';
import { type RequestMeta, recordAudit } from '../audit/service.js';
import { enqueueMails, type MailInput } from '../mail/service.js';
import { searchIds } from '../organisations/search.js';
import { pageLink } from '../organisations/service.js';
import { requireSurveyManager } from './policy.js';
import * as repo from './repo.js';
import { roundStatus, targetQuery } from './rounds.service.js';

/** The most organisations one round invites (the registry's size with room to grow). */
const maxInvited = 500_000;
const chunkSize = 500;

const finnishDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}.${m}.${y}`;
};

/** Who gets an organisation's invitation: its representatives, else its public address. */
async function recipientsOf(db: Db, organisationIds: string[]) {
  const [orgs, members] = await Promise.all([
    db
      .select({
        id: organisation.id,
        name: organisation.name,
        email: sql<string | null>`${organisation.data}->>'email'`,
      })
      .from(organisation)
      .where(inArray(organisation.id, organisationIds)),
    db
      .select({
        organisationId: organisationMember.organisationId,
        email: appUser.email,
        lang: appUser.lang,
      })
      .from(organisationMember)
      .innerJoin(appUser, eq(appUser.id, organisationMember.userId))
      .where(
        and(
          inArray(organisationMember.organisationId, organisationIds),
          sql`${appUser.deactivatedAt} is null`,
        ),
      ),
  ]);
  const byOrganisation = new Map<string, typeof members>();
  for (const m of members) {
    byOrganisation.set(m.organisationId, [...(byOrganisation.get(m.organisationId) ?? []), m]);
  }
  return orgs.map((o) => {
    const people = byOrganisation.get(o.id) ?? [];
    const to = people.length
      ? people.map((p) => ({ email: p.email, lang: p.lang as Lang }))
      : o.email
        ? [{ email: o.email, lang: 'fi' as Lang }]
        : [];
    // One message per address, whatever the registry says twice.
    const unique = [...new Map(to.map((r) => [r.email.toLowerCase(), r])).values()];
    return { id: o.id, name: o.name, to: unique };
  });
}

/**
 * Invites the organisations the round's target finds that are not invited yet: a link of their
 * own each, e-mailed through the outbox to their representatives (or their public address). Says
 * how many were invited, how many had no address, and how many had been invited before.
 */
export async function inviteRound(
  db: Db,
  caller: Caller | null,
  meta: RequestMeta,
  baseUrl: string,
  roundId: string,
) {
  requireSurveyManager(caller);
  const found = await repo.selectRound(db, roundId);
  if (!found) throw new AppError('round_not_found');
  const { round } = found;
  if (roundStatus(round) === 'closed') throw new AppError('round_closed');
  const version = await repo.selectVersionById(db, round.versionId);
  const minutes = String(version?.definition.estimatedMinutes ?? 15);
  const { ids } = await searchIds(db, targetQuery(round.target), maxInvited);
  const before = new Set(
    (
      await db
        .select({ id: surveyInvitation.organisationId })
        .from(surveyInvitation)
        .where(eq(surveyInvitation.roundId, roundId))
    ).map((r) => r.id),
  );
  const todo = ids.filter((id) => !before.has(id));
  let invited = 0;
  let withoutAddress = 0;
  let messages = 0;
  for (let i = 0; i < todo.length; i += chunkSize) {
    const chunk = todo.slice(i, i + chunkSize);
    const recipients = await recipientsOf(db, chunk);
    // One statement for the chunk's invitations and one for its messages; an organisation that
    // another request invited meanwhile is left to that request (its messages went with it).
    const tokens = new Map(recipients.map((org) => [org.id, newToken()]));
    await db.transaction(async (tx) => {
      const inserted = await tx
        .insert(surveyInvitation)
        .values(
          recipients.map((org) => ({
            roundId,
            organisationId: org.id,
            tokenHash: hashToken(tokens.get(org.id) ?? ''),
            recipients: org.to.length,
          })),
        )
        .onConflictDoNothing()
        .returning({ organisationId: surveyInvitation.organisationId });
      const fresh = new Set(inserted.map((r) => r.organisationId));
      const mails: MailInput[] = [];
      for (const org of recipients) {
        if (!fresh.has(org.id)) continue;
        invited += 1;
        if (org.to.length === 0) withoutAddress += 1;
        for (const r of org.to) {
          mails.push({
            to: r.email,
            lang: r.lang,
            message: 'surveyInvitation',
            vars: {
              name: '',
              organisation: org.name,
              round: round.name[r.lang] ?? round.name.fi,
              minutes,
              closes: finnishDate(round.closesOn),
              link: pageLink(baseUrl, 'surveyAnswer', r.lang, {}, `?token=${tokens.get(org.id)}`),
            },
          });
        }
      }
      await enqueueMails(tx, mails);
      messages += mails.length;
    });
  }
  await recordAudit(db, meta, {
    action: 'survey.round.invite',
    actorId: caller.id,
    targetType: 'survey_round',
    targetId: roundId,
    details: { invited, withoutAddress, messages },
  });
  return { invited, withoutAddress, alreadyInvited: ids.length - todo.length, messages };
}

/** The invitation of a link, with its round, version and organisation; 404 for any other link. */
async function byToken(db: Db, token: string) {
  const [row] = await db
    .select({
      invitation: surveyInvitation,
      organisationName: organisation.name,
    })
    .from(surveyInvitation)
    .innerJoin(organisation, eq(organisation.id, surveyInvitation.organisationId))
    .where(eq(surveyInvitation.tokenHash, hashToken(token)));
  if (!row) throw new AppError('invitation_not_found');
  const found = await repo.selectRound(db, row.invitation.roundId);
  if (!found) throw new AppError('invitation_not_found');
  const version = await repo.selectVersionById(db, found.round.versionId);
  if (!version) throw new AppError('invitation_not_found');
  const [response] = await db
    .select()
    .from(surveyResponse)
    .where(
      and(
        eq(surveyResponse.roundId, found.round.id),
        eq(surveyResponse.organisationId, row.invitation.organisationId),
      ),
    );
  return {
    invitation: row.invitation,
    organisationName: row.organisationName,
    round: found.round,
    definition: version.definition,
    response,
  };
}

type Loaded = Awaited<ReturnType<typeof byToken>>;

function answeringOf(l: Loaded) {
  return {
    round: {
      id: l.round.id,
      name: { fi: l.round.name.fi, sv: l.round.name.sv ?? null, en: l.round.name.en ?? null },
      opensOn: l.round.opensOn,
      closesOn: l.round.closesOn,
      status: roundStatus(l.round),
    },
    organisation: { id: l.invitation.organisationId, name: l.organisationName },
    definition: l.definition,
    response: l.response
      ? {
          answers: l.response.answers,
          state: l.response.state as 'in_progress' | 'submitted',
          lang: l.response.lang as Lang,
          submittedAt: l.response.submittedAt?.toISOString() ?? null,
          updatedAt: l.response.updatedAt.toISOString(),
          version: l.response.version,
        }
      : null,
  };
}

/** What a link opens: the survey, the round and the organisation's answers so far. */
export async function getAnswering(db: Db, token: string) {
  return answeringOf(await byToken(db, token));
}

function requireOpen(l: Loaded) {
  if (roundStatus(l.round) !== 'open') throw new AppError('round_closed');
  if (l.response?.state === 'submitted') throw new AppError('response_submitted');
}

function answerProblems(problems: ReturnType<typeof checkAnswers>['problems']) {
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
 * Saves the answers so far (autosave): each answer checked as the survey checks it, in the
 * respondent's language; `version` is the response's version the page holds (none for the first
 * save). 409 `round_closed` outside the round's days, `response_submitted` after submission,
 * `version_conflict` when another browser saved since.
 */
export async function saveAnswers(
  db: Db,
  token: string,
  body: { answers: Record<string, unknown>; lang: Lang; version?: number | undefined },
) {
  const l = await byToken(db, token);
  requireOpen(l);
  const checked = checkAnswers(l.definition, body.answers, { lang: body.lang, complete: false });
  if (checked.problems.length > 0) throw answerProblems(checked.problems);
  const conflict = async () =>
    new AppError('version_conflict', { current: answeringOf(await byToken(db, token)).response });
  if (!l.response) {
    if (body.version !== undefined) throw await conflict();
    const inserted = await db
      .insert(surveyResponse)
      .values({
        roundId: l.round.id,
        organisationId: l.invitation.organisationId,
        answers: checked.answers,
        lang: body.lang,
      })
      .onConflictDoNothing()
      .returning({ id: surveyResponse.id });
    if (inserted.length === 0) throw await conflict();
  } else {
    const updated = await db
      .update(surveyResponse)
      .set({
        answers: checked.answers,
        lang: body.lang,
        updatedAt: sql`now()`,
        version: sql`${surveyResponse.version} + 1`,
      })
      .where(
        and(
          eq(surveyResponse.id, l.response.id),
          eq(surveyResponse.version, body.version ?? 0),
          eq(surveyResponse.state, 'in_progress'),
        ),
      )
      .returning({ id: surveyResponse.id });
    if (updated.length === 0) throw await conflict();
  }
  return answeringOf(await byToken(db, token)).response;
}

/**
 * Submits the saved answers: every rule of the survey, required questions too, and the indicator
 * values written as rows (organisation × round × indicator). Submitting again is harmless.
 */
export async function submitAnswers(db: Db, token: string, body: { lang: Lang }) {
  const l = await byToken(db, token);
  if (l.response?.state === 'submitted') return answeringOf(l).response;
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
  });
  return answeringOf(await byToken(db, token)).response;
}
