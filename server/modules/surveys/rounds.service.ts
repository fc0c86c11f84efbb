import {
  organisationFiltersSchema,
  organisationSearchQuerySchema,
} from '../../../common/schemas/organisations.js';
import type { Round } from '../../../common/schemas/surveys.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { helsinkiDate } from '../../export/dates.js';
import type { Caller } from '../accounts/policy.js';
import { type RequestMeta, recordAudit } from '../audit/service.js';
import { searchOrganisations } from '../organisations/search.js';
import { requireSurveyManager } from './policy.js';
import * as repo from './repo.js';

type FieldProblem = { location: 'body'; path: string; code: string; message: string };
const invalid = (fields: FieldProblem[]) => new AppError('invalid_request', { fields });

/** Where a round stands today (Finnish time): both its first and last day are open days. */
export function roundStatus(
  r: Pick<repo.RoundRow, 'opensOn' | 'closesOn' | 'closedAt'>,
  today = helsinkiDate(new Date()),
): Round['status'] {
  if (r.closedAt || today > r.closesOn) return 'closed';
  return today < r.opensOn ? 'scheduled' : 'open';
}

/** What a directory address holds besides its filters: the order, paging and the view. */
const notFilters = ['sort', 'page', 'pageSize', 'facets', 'view'];

/**
 * A round's target checked as the directory checks its address: only the directory's filters,
 * each with valid values (400 naming `target.<filter>`). A whole directory address may be given
 * (its filters are taken, its order and paging left out). Returns the query string as stored.
 */
function checkTarget(target: string): string {
  const query = target.includes('?') ? target.slice(target.indexOf('?') + 1) : target;
  const params = new URLSearchParams(query.split('#')[0]);
  for (const key of notFilters) params.delete(key);
  const raw: Record<string, string> = {};
  for (const [key, value] of params) raw[key] = value;
  const parsed = organisationFiltersSchema.strict().safeParse(raw);
  if (!parsed.success) {
    throw invalid(
      parsed.error.issues.map((i) => ({
        location: 'body',
        path: [
          'target',
          ...(i.path.length ? i.path : ((i as { keys?: string[] }).keys ?? [])),
        ].join('.'),
        code: i.code,
        message: i.message,
      })),
    );
  }
  return params.toString();
}

function checkDates(opensOn: string, closesOn: string) {
  if (closesOn < opensOn) {
    throw invalid([
      {
        location: 'body',
        path: 'closesOn',
        code: 'before_opening',
        message: `${closesOn} < ${opensOn}`,
      },
    ]);
  }
}

/** A round's stored target as the directory's search (its filters were checked when saved). */
export function targetQuery(target: string) {
  const raw = Object.fromEntries(new URLSearchParams(target));
  return organisationSearchQuerySchema.parse({ ...raw, pageSize: '1', facets: 'false' });
}

async function targetCount(db: Db, target: string): Promise<number> {
  return (await searchOrganisations(db, targetQuery(target))).total;
}

function roundOf(row: { round: repo.RoundRow; versionNumber: number }, count?: number): Round {
  const r = row.round;
  return {
    id: r.id,
    surveyId: r.surveyId,
    versionNumber: row.versionNumber,
    name: { fi: r.name.fi, sv: r.name.sv ?? null, en: r.name.en ?? null },
    opensOn: r.opensOn,
    closesOn: r.closesOn,
    closedAt: r.closedAt?.toISOString() ?? null,
    status: roundStatus(r),
    audience: r.audience as Round['audience'],
    target: r.target,
    ...(count === undefined ? {} : { targetCount: count }),
    reminderDays: r.reminderDays,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}

export async function listRounds(db: Db, caller: Caller | null) {
  requireSurveyManager(caller);
  return { items: (await repo.selectRounds(db)).map((row) => roundOf(row)) };
}

async function loadRound(db: Db, id: string) {
  const row = await repo.selectRound(db, id);
  if (!row) throw new AppError('round_not_found');
  return row;
}

export async function getRound(db: Db, caller: Caller | null, id: string) {
  requireSurveyManager(caller);
  const row = await loadRound(db, id);
  if (row.round.audience === 'public') return roundOf(row);
  return roundOf(row, await targetCount(db, row.round.target));
}

/** A new round of a version of a survey; the version is frozen from now on. */
export async function createRound(
  db: Db,
  caller: Caller | null,
  meta: RequestMeta,
  body: {
    surveyId: string;
    versionNumber: number;
    name: { fi: string; sv: string | null; en: string | null };
    opensOn: string;
    closesOn: string;
    target: string;
    reminderDays: number | null;
    audience: Round['audience'];
  },
) {
  requireSurveyManager(caller);
  if (!(await repo.selectSurvey(db, body.surveyId))) throw new AppError('survey_not_found');
  if (body.audience === 'public' && body.target.trim() !== '') {
    throw invalid([
      {
        location: 'body',
        path: 'target',
        code: 'public_round',
        message: 'a public round has no target',
      },
    ]);
  }
  const version = await repo.selectVersion(db, body.surveyId, body.versionNumber);
  if (!version) throw new AppError('survey_version_not_found', { number: body.versionNumber });
  checkDates(body.opensOn, body.closesOn);
  const target = checkTarget(body.target);
  const id = await repo.insertRound(db, {
    surveyId: body.surveyId,
    versionId: version.id,
    name: body.name,
    opensOn: body.opensOn,
    closesOn: body.closesOn,
    target,
    audience: body.audience,
    reminderDays: body.audience === 'public' ? null : body.reminderDays,
    createdBy: caller.id,
  });
  await recordAudit(db, meta, {
    action: 'survey.round.create',
    actorId: caller.id,
    targetType: 'survey_round',
    targetId: id,
    details: { surveyId: body.surveyId, version: body.versionNumber },
  });
  return getRound(db, caller, id);
}

/**
 * Changes a round: its name, reminders and last day at any time (a later last day reopens a
 * closed round); its first day and target only while it has not opened (409 `round_started`).
 */
export async function updateRound(
  db: Db,
  caller: Caller | null,
  meta: RequestMeta,
  id: string,
  body: {
    version: number;
    name?: { fi: string; sv: string | null; en: string | null };
    opensOn?: string;
    closesOn?: string;
    target?: string;
    reminderDays?: number | null;
  },
) {
  requireSurveyManager(caller);
  const { round } = await loadRound(db, id);
  const status = roundStatus(round);
  const movesStart = body.opensOn !== undefined && body.opensOn !== round.opensOn;
  const retargets = body.target !== undefined && body.target.trim() !== round.target;
  if (status !== 'scheduled' && (movesStart || retargets)) throw new AppError('round_started');
  const opensOn = body.opensOn ?? round.opensOn;
  const closesOn = body.closesOn ?? round.closesOn;
  checkDates(opensOn, closesOn);
  const set: Parameters<typeof repo.updateRound>[3] = {};
  if (body.name) set.name = body.name;
  if (body.opensOn) set.opensOn = body.opensOn;
  if (body.closesOn) {
    set.closesOn = body.closesOn;
    // Extending a closed round opens it again.
    if (round.closedAt && body.closesOn >= helsinkiDate(new Date())) set.closedAt = null;
  }
  if (body.target !== undefined) set.target = checkTarget(body.target);
  if (body.reminderDays !== undefined) set.reminderDays = body.reminderDays;
  if (!(await repo.updateRound(db, id, body.version, set))) {
    throw new AppError('version_conflict', { current: await getRound(db, caller, id) });
  }
  await recordAudit(db, meta, {
    action: 'survey.round.update',
    actorId: caller.id,
    targetType: 'survey_round',
    targetId: id,
    details: { fields: Object.keys(set) },
  });
  return getRound(db, caller, id);
}

/** Closes a round before its last day (a closed round stays closed: repeating is harmless). */
export async function closeRound(db: Db, caller: Caller | null, meta: RequestMeta, id: string) {
  requireSurveyManager(caller);
  await loadRound(db, id);
  if (await repo.closeRound(db, id)) {
    await recordAudit(db, meta, {
      action: 'survey.round.close',
      actorId: caller.id,
      targetType: 'survey_round',
      targetId: id,
      details: {},
    });
  }
  return getRound(db, caller, id);
}
