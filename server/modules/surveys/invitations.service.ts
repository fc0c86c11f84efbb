import { createHash } from 'node:crypto';
import { and, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Lang } from '../../../common/languages.js';
import { emailSchema } from '../../../common/schemas/accounts.js';
import { maxInvitedAddresses } from '../../../common/schemas/surveys.js';
import type { Db } from '../../db/client.js';
import {
  appUser,
  organisation,
  organisationMember,
  surveyInvitation,
  surveyLink,
  surveyResponse,
  surveyRound,
  surveyRoundAddress,
} from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { helsinkiDate } from '../../export/dates.js';
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
/** New addresses one public round's address may be sent to in a day. */
const maxAddressesPerDay = 20_000;
/** Reminders sent by hand to a round without an interval still wait this long per organisation. */
const defaultReminderDays = 1;

const finnishDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}.${m}.${y}`;
};

/** Who gets an organisation's messages: its representatives, else its public address. */
async function recipientsOf(db: Db, organisationIds: string[]) {
  const [orgs, members] = await Promise.all([
    db
      .select({
        id: organisation.id,
        name: organisation.name,
        regionCode: organisation.regionCode,
        family: organisation.family,
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
    return { id: o.id, name: o.name, regionCode: o.regionCode, family: o.family, to: unique };
  });
}

/** The messages of one organisation's invitation or reminder, each with the same new link. */
function messagesTo(
  baseUrl: string,
  round: repo.RoundRow,
  minutes: string,
  message: 'surveyInvitation' | 'surveyReminder',
  org: { name: string; to: { email: string; lang: Lang }[] },
  token: string,
): MailInput[] {
  return org.to.map((r) => ({
    to: r.email,
    lang: r.lang,
    message,
    vars: {
      name: '',
      organisation: org.name,
      round: round.name[r.lang] ?? round.name.fi,
      minutes,
      closes: finnishDate(round.closesOn),
      link: pageLink(baseUrl, 'surveyAnswer', r.lang, {}, `?token=${token}`),
    },
  }));
}

async function loadRound(db: Db, roundId: string) {
  const found = await repo.selectRound(db, roundId);
  if (!found) throw new AppError('round_not_found');
  const version = await repo.selectVersionById(db, found.round.versionId);
  return {
    round: found.round,
    minutes: String(version?.definition.estimatedMinutes ?? 15),
  };
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
  const { round, minutes } = await loadRound(db, roundId);
  if (round.audience === 'public') throw new AppError('round_public');
  if (roundStatus(round) === 'closed') throw new AppError('round_closed');
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
    const recipients = await recipientsOf(db, todo.slice(i, i + chunkSize));
    // One statement each for the chunk's invitations, links and messages; an organisation that
    // another request invited meanwhile is left to that request (its messages went with it).
    await db.transaction(async (tx) => {
      const inserted = await tx
        .insert(surveyInvitation)
        .values(
          recipients.map((org) => ({
            roundId,
            organisationId: org.id,
            recipients: org.to.length,
            regionCode: org.regionCode,
            family: org.family,
          })),
        )
        .onConflictDoNothing()
        .returning({ id: surveyInvitation.id, organisationId: surveyInvitation.organisationId });
      const fresh = new Map(inserted.map((r) => [r.organisationId, r.id]));
      const links: { tokenHash: string; invitationId: string }[] = [];
      const mails: MailInput[] = [];
      for (const org of recipients) {
        const invitationId = fresh.get(org.id);
        if (!invitationId) continue;
        const token = newToken();
        links.push({ tokenHash: hashToken(token), invitationId });
        invited += 1;
        if (org.to.length === 0) withoutAddress += 1;
        mails.push(...messagesTo(baseUrl, round, minutes, 'surveyInvitation', org, token));
      }
      if (links.length > 0) await tx.insert(surveyLink).values(links);
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

/**
 * Reminds the invited organisations of an open round that have not submitted and were not
 * invited or reminded within the round's interval (`reminderDays`; by hand without one, a day):
 * a new link of their own each (the first still works), through the outbox. Submitted
 * organisations are never reminded.
 */
async function remind(db: Db, baseUrl: string, roundId: string) {
  const { round, minutes } = await loadRound(db, roundId);
  if (round.audience === 'public') throw new AppError('round_public');
  if (roundStatus(round) !== 'open') throw new AppError('round_closed');
  const days = round.reminderDays ?? defaultReminderDays;
  const answered = sql`exists (select 1 from ${surveyResponse} r where r.round_id = ${surveyInvitation.roundId} and r.organisation_id = ${surveyInvitation.organisationId} and r.state = 'submitted')`;
  // A few hours' slack, so that a daily job that ran a little earlier yesterday still finds them.
  const cutoff = sql`now() - make_interval(days => ${days}) + interval '2 hours'`;
  const [counts] = await db
    .select({
      answered: sql<number>`count(*) filter (where ${answered})`.mapWith(Number),
      notDue:
        sql<number>`count(*) filter (where not ${answered} and coalesce(${surveyInvitation.remindedAt}, ${surveyInvitation.createdAt}) > ${cutoff})`.mapWith(
          Number,
        ),
    })
    .from(surveyInvitation)
    .where(eq(surveyInvitation.roundId, roundId));
  const due = await db
    .select({ id: surveyInvitation.id, organisationId: surveyInvitation.organisationId })
    .from(surveyInvitation)
    .where(
      and(
        eq(surveyInvitation.roundId, roundId),
        sql`not ${answered}`,
        lte(sql`coalesce(${surveyInvitation.remindedAt}, ${surveyInvitation.createdAt})`, cutoff),
      ),
    );
  let reminded = 0;
  let messages = 0;
  for (let i = 0; i < due.length; i += chunkSize) {
    const chunk = due.slice(i, i + chunkSize);
    const invitationOf = new Map(chunk.map((d) => [d.organisationId, d.id]));
    const recipients = await recipientsOf(db, [...invitationOf.keys()]);
    await db.transaction(async (tx) => {
      // Marked first, by the same rule: a reminder another request sent meanwhile is not repeated.
      const marked = await tx
        .update(surveyInvitation)
        .set({ remindedAt: sql`now()` })
        .where(
          and(
            inArray(surveyInvitation.id, [...invitationOf.values()]),
            or(isNull(surveyInvitation.remindedAt), lte(surveyInvitation.remindedAt, cutoff)),
          ),
        )
        .returning({ id: surveyInvitation.id });
      const fresh = new Set(marked.map((m) => m.id));
      const links: { tokenHash: string; invitationId: string }[] = [];
      const mails: MailInput[] = [];
      for (const org of recipients) {
        const invitationId = invitationOf.get(org.id);
        if (!invitationId || !fresh.has(invitationId)) continue;
        reminded += 1;
        if (org.to.length === 0) continue;
        const token = newToken();
        links.push({ tokenHash: hashToken(token), invitationId });
        mails.push(...messagesTo(baseUrl, round, minutes, 'surveyReminder', org, token));
      }
      if (links.length > 0) await tx.insert(surveyLink).values(links);
      await enqueueMails(tx, mails);
      messages += mails.length;
    });
  }
  return {
    reminded,
    notDue: counts?.notDue ?? 0,
    answered: counts?.answered ?? 0,
    messages,
  };
}

/** A coordinator's reminder now (only those due by the round's interval get one). */
export async function sendReminders(
  db: Db,
  caller: Caller | null,
  meta: RequestMeta,
  baseUrl: string,
  roundId: string,
) {
  requireSurveyManager(caller);
  const report = await remind(db, baseUrl, roundId);
  await recordAudit(db, meta, {
    action: 'survey.round.remind',
    actorId: caller.id,
    targetType: 'survey_round',
    targetId: roundId,
    details: report,
  });
  return report;
}

/**
 * The daily job: reminders of every open round with an interval, to those due. Returns how
 * many organisations were reminded.
 */
export async function sendDueReminders(db: Db, ctx: { baseUrl: string }): Promise<number> {
  const today = helsinkiDate(new Date());
  const rounds = await db
    .select({ id: surveyRound.id })
    .from(surveyRound)
    .where(
      and(
        sql`${surveyRound.reminderDays} is not null`,
        eq(surveyRound.audience, 'organisations'),
        isNull(surveyRound.closedAt),
        lte(surveyRound.opensOn, today),
        sql`${surveyRound.closesOn} >= ${today}`,
      ),
    );
  let total = 0;
  for (const r of rounds) {
    const report = await remind(db, ctx.baseUrl, r.id);
    if (report.reminded > 0) {
      await recordAudit(
        db,
        { ip: null, userAgent: null },
        {
          action: 'survey.round.remind',
          actorLabel: 'daily job',
          targetType: 'survey_round',
          targetId: r.id,
          details: report,
        },
      );
    }
    total += report.reminded;
  }
  return total;
}

/** What is no address is reported up to this many (and counted beyond). */
const invalidReported = 100;

/**
 * A list as people paste it: one address a line, or several with commas, semicolons or spaces;
 * "Name <address>" and "\"Last, First\" <address>" as mail programs copy them. At most `limit`
 * entries are read (more: null).
 */
export function addressesOf(text: string, limit: number) {
  const found: { line: number; value: string }[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    // Quoted names may hold commas; the address is what is in the brackets, and words outside
    // them count only if they could be one (an "@").
    const values = raw
      .replace(/"[^"]*"/g, ' ')
      .split(/[,;]/)
      .flatMap((part) => {
        const bracketed = [...part.matchAll(/<([^<>]*)>/g)].map((m) => m[1] ?? '');
        if (bracketed.length === 0) return part.split(/\s+/);
        const outside = part.replace(/<[^<>]*>/g, ' ').split(/\s+/);
        return [...bracketed, ...outside.filter((w) => w.includes('@'))];
      });
    for (const value of values.map((v) => v.trim()).filter(Boolean)) {
      if (found.length >= limit) return null;
      found.push({ line: i + 1, value });
    }
  }
  return found;
}

const addressHash = (roundId: string, address: string) =>
  createHash('sha256').update(`${roundId}\n${address}`).digest('hex');

/**
 * Sends a public round's address to a list of addresses through the outbox, in the language
 * chosen: each good address once (a list's duplicates and the addresses sent to before are left
 * out, and said), what is no address named with its line. Nothing of the list is kept but a hash
 * of each address sent to, so that it is never sent twice.
 */
export async function sendToAddresses(
  db: Db,
  caller: Caller | null,
  meta: RequestMeta,
  baseUrl: string,
  roundId: string,
  body: { addresses: string; lang: Lang },
) {
  requireSurveyManager(caller);
  const { round, minutes } = await loadRound(db, roundId);
  if (round.audience !== 'public') throw new AppError('round_not_public');
  if (roundStatus(round) === 'closed') throw new AppError('round_closed');
  const tooMany = () =>
    new AppError('invalid_request', {
      fields: [
        {
          location: 'body',
          path: 'addresses',
          code: 'too_many',
          message: `at most ${maxInvitedAddresses} addresses at a time`,
        },
      ],
    });
  const listed = addressesOf(body.addresses, maxInvitedAddresses * 2);
  if (!listed) throw tooMany();
  const invalid: { line: number; value: string }[] = [];
  let invalidCount = 0;
  const duplicates = new Set<string>();
  const good = new Map<string, string>();
  for (const { line, value } of listed) {
    const parsed = emailSchema.safeParse(value);
    if (!parsed.success) {
      invalidCount += 1;
      if (invalid.length < invalidReported) invalid.push({ line, value: value.slice(0, 254) });
    } else if (good.has(parsed.data)) duplicates.add(parsed.data);
    else good.set(parsed.data, addressHash(roundId, parsed.data));
  }
  if (good.size > maxInvitedAddresses) throw tooMany();
  // A round's address goes to at most so many new addresses a day, whoever sends it.
  const [today] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(surveyRoundAddress)
    .where(
      and(
        eq(surveyRoundAddress.roundId, roundId),
        sql`${surveyRoundAddress.sentAt} > now() - interval '1 day'`,
      ),
    );
  if ((today?.n ?? 0) + good.size > maxAddressesPerDay) throw new AppError('rate_limited');
  let sent = 0;
  const addresses = [...good.entries()];
  for (let i = 0; i < addresses.length; i += chunkSize) {
    const chunk = addresses.slice(i, i + chunkSize);
    await db.transaction(async (tx) => {
      const fresh = await tx
        .insert(surveyRoundAddress)
        .values(chunk.map(([, hash]) => ({ roundId, addressHash: hash })))
        .onConflictDoNothing()
        .returning({ hash: surveyRoundAddress.addressHash });
      const toSend = new Set(fresh.map((r) => r.hash));
      await enqueueMails(
        tx,
        chunk
          .filter(([, hash]) => toSend.has(hash))
          .map(([address]) => ({
            to: address,
            lang: body.lang,
            message: 'surveyPublicInvitation' as const,
            vars: {
              name: '',
              round: round.name[body.lang] ?? round.name.fi,
              minutes,
              closes: finnishDate(round.closesOn),
              link: pageLink(baseUrl, 'surveyPublic', body.lang, { id: round.id }),
            },
          })),
      );
      sent += toSend.size;
    });
  }
  const report = {
    sent,
    alreadySent: good.size - sent,
    duplicates: [...duplicates].slice(0, invalidReported),
    invalid,
    invalidCount,
  };
  await recordAudit(db, meta, {
    action: 'survey.round.send',
    actorId: caller.id,
    targetType: 'survey_round',
    targetId: roundId,
    details: {
      sent,
      alreadySent: report.alreadySent,
      duplicates: duplicates.size,
      invalid: invalidCount,
    },
  });
  return report;
}
