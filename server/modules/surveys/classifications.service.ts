import { isDeepStrictEqual } from 'node:util';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ProgressRunning } from '../../../common/schemas/progress.js';
import {
  classificationDefinitions,
  type RoundClassifications,
  triAnswers,
} from '../../../common/schemas/surveys.js';
import type { Db } from '../../db/client.js';
import {
  surveyAnswer,
  surveyClassification,
  surveyResponse,
  surveyRound,
} from '../../db/schema/index.js';
import { rowsOf } from '../../db/sql.js';
import { AppError } from '../../errors.js';
import type { Caller } from '../accounts/policy.js';
import { type RequestMeta, recordAudit } from '../audit/service.js';
import {
  type Classification,
  classificationVersion,
  classify,
  type GovernanceModel,
  type SocialEnterpriseCriteria,
  type TradingIncomeKnown,
} from '../organisations/classification.js';
import { requireSurveyManager } from './policy.js';

/**
 * A round's classifications: for each submitted response, which definitions of a social
 * enterprise the organisation met by its answers, from the registry's versioned `classify()`
 * (the same rules the registry shows on profiles), stored with the rules' version. Written on
 * submission; a coordinator recomputes a round after the rules change and sees, in counts, what
 * moved. Organisations are never named here: one organisation's answers stay behind the
 * reason-and-audit view of its response.
 */

const tradingBands: Record<string, TradingIncomeKnown> = {
  under_25: '0-24',
  '25_49': '25-49',
  '50_74': '50-74',
  '75_100': '75-100',
};

/**
 * The barometer's governance choices as the registry's governance models. A board of trustees,
 * an owner-manager or a parent organisation is not the participation of members, workers or
 * beneficiaries the EU definition asks for; "other" says nothing.
 */
const governanceModels: Record<string, GovernanceModel> = {
  member_democracy: 'one_member_one_vote',
  multi_stakeholder: 'stakeholder_board',
  employee_ownership: 'employee_or_beneficiary_participation',
  board_of_trustees: 'none',
  owner_managed: 'none',
  parent_organisation: 'none',
};

const bool = (v: unknown) => (typeof v === 'boolean' ? v : null);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const text = (v: unknown) => (typeof v === 'string' ? v : null);

/** The indicators `criteriaOfAnswers` reads (a recomputation reads only these). */
export const criteriaIndicators = [
  'legal_family',
  'social_aim_in_statutes',
  'impact_priority',
  'trading_income_share',
  'revenue_sales_private_percent',
  'revenue_public_contracts_percent',
  'profit_distributed_percent',
  'distribution_cap',
  'asset_lock',
  'public_control',
  'governance_model',
  'employees_headcount',
  'disadvantaged_partial_work_ability',
  'disadvantaged_long_term_unemployed',
  'disadvantaged_500_benefit_days',
] as const;

/** `classify()`'s criteria from a response's indicator values (indicator code → value). */
export function criteriaOfAnswers(values: Record<string, unknown>): SocialEnterpriseCriteria {
  let band = tradingBands[text(values.trading_income_share) ?? ''] ?? null;
  if (band === '0-24') {
    // The revenue mix may tell whether there is any trading income under the 25 %.
    const sales = [values.revenue_sales_private_percent, values.revenue_public_contracts_percent]
      .map(num)
      .filter((v): v is number => v !== null);
    if (sales.some((v) => v > 0)) band = '1-24';
    else if (sales.length === 2) band = '0';
  }
  const employees = num(values.employees_headcount);
  const disadvantaged = [
    values.disadvantaged_partial_work_ability,
    values.disadvantaged_long_term_unemployed,
    values.disadvantaged_500_benefit_days,
  ]
    .map(num)
    .filter((v): v is number => v !== null);
  // One person may be counted under two headings: never more than the staff. With no staff the
  // questions are not asked, and nobody is disadvantaged.
  const disadvantagedEmployees =
    employees === 0
      ? 0
      : disadvantaged.length === 0
        ? null
        : Math.min(
            disadvantaged.reduce((a, b) => a + b, 0),
            employees ?? Number.POSITIVE_INFINITY,
          );
  const priority = num(values.impact_priority);
  const family = text(values.legal_family);
  // The barometer does not ask associations and foundations what profit they distribute: they may
  // distribute none (Associations Act 503/1989, 1 §; Foundations Act 487/2015, 1:2 §).
  const distributed =
    num(values.profit_distributed_percent) ??
    (family === 'association' || family === 'foundation' ? 0 : null);
  return {
    socialAimInStatutes: bool(values.social_aim_in_statutes),
    impactPriority:
      priority !== null && Number.isInteger(priority) && priority >= 1 && priority <= 5
        ? (priority as 1 | 2 | 3 | 4 | 5)
        : null,
    tradingIncomeBand: band,
    profitDistributedPercent: distributed,
    distributionCapInStatutes: bool(values.distribution_cap),
    assetLockInStatutes: bool(values.asset_lock),
    controlledByPublicBody: bool(values.public_control),
    governanceModel: governanceModels[text(values.governance_model) ?? ''] ?? null,
    // Not asked by the barometer (the registry's profile holds it).
    ownershipAndDistributionPublished: null,
    employees,
    disadvantagedEmployees,
    legalFamily: family,
  };
}

/** The classification a submitted response's indicator values give under today's rules. */
export const classificationOfAnswers = (values: Record<string, unknown>) =>
  classify(criteriaOfAnswers(values));

/** The row kept for a submitted response (in the submission's transaction). */
export function classificationRow(
  response: { id: string; roundId: string; organisationId: string },
  values: Record<string, unknown>,
) {
  const result = classificationOfAnswers(values);
  return {
    responseId: response.id,
    roundId: response.roundId,
    organisationId: response.organisationId,
    version: result.version,
    result,
  };
}

/** Do two results say the same, whatever their versions (and their keys' order, as jsonb keeps it)? */
const sameResult = (a: Classification, b: Classification) =>
  isDeepStrictEqual({ ...a, version: '' }, { ...b, version: '' });

const tri = (meets: unknown) => (meets === true ? 'yes' : meets === false ? 'no' : 'unknown');

async function requireRound(db: Db, roundId: string) {
  const [round] = await db
    .select({ id: surveyRound.id, audience: surveyRound.audience })
    .from(surveyRound)
    .where(eq(surveyRound.id, roundId));
  if (!round) throw new AppError('round_not_found');
  return round;
}

/** The counts of a round's classifications now, and what the last recomputation moved. */
async function summary(db: Db, roundId: string): Promise<RoundClassifications> {
  const [submitted] = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from ${surveyResponse}
      where ${surveyResponse.roundId} = ${roundId} and ${surveyResponse.state} = 'submitted'`),
  );
  const versions = rowsOf<{ version: string; count: number; last: string | Date | null }>(
    await db.execute(sql`select version, count(*)::int as count, max(computed_at) as last
      from ${surveyClassification} where round_id = ${roundId} group by version order by version`),
  );
  const keys = sql.join(
    classificationDefinitions.map((d) => sql`(${d})`),
    sql`, `,
  );
  // Each definition's answer now and before the last recomputation that changed it, counted.
  const moves = rowsOf<{ id: string; now: string; before: string | null; count: number }>(
    await db.execute(sql`select d.id, coalesce(c.result -> d.id ->> 'meets', 'null') as now,
        case when c.previous_result is null or not jsonb_exists(c.previous_result, d.id) then null
          else coalesce(c.previous_result -> d.id ->> 'meets', 'null') end as before,
        count(*)::int as count
      from ${surveyClassification} c cross join (values ${keys}) as d(id)
      where c.round_id = ${roundId} group by 1, 2, 3`),
  );
  const models = rowsOf<{
    now: string | null;
    before: string | null;
    changed: boolean;
    count: number;
  }>(
    await db.execute(sql`select result ->> 'icsemModel' as now,
        previous_result ->> 'icsemModel' as before, previous_result is not null as changed,
        count(*)::int as count
      from ${surveyClassification} where round_id = ${roundId} group by 1, 2, 3`),
  );
  const fromText = (v: string | null) => tri(v === 'true' ? true : v === 'false' ? false : null);
  const definitions = classificationDefinitions.map((id) => {
    const counts = Object.fromEntries(triAnswers.map((a) => [a, 0])) as Record<
      (typeof triAnswers)[number],
      number
    >;
    const changes = new Map<
      string,
      { from: (typeof triAnswers)[number]; to: (typeof triAnswers)[number]; count: number }
    >();
    for (const m of moves.filter((m) => m.id === id)) {
      const to = fromText(m.now);
      counts[to] += m.count;
      if (m.before === null) continue;
      const from = fromText(m.before);
      if (from === to) continue;
      const key = `${from}>${to}`;
      const change = changes.get(key) ?? { from, to, count: 0 };
      change.count += m.count;
      changes.set(key, change);
    }
    return { id, counts, changes: [...changes.values()] };
  });
  type Model = 'ENP' | 'SCOOP' | 'SB' | 'PSE' | null;
  const modelCounts = new Map<Model, number>();
  const modelChanges: { from: Model; to: Model; count: number }[] = [];
  for (const m of models) {
    const now = m.now as Model;
    modelCounts.set(now, (modelCounts.get(now) ?? 0) + m.count);
    if (m.changed && m.before !== m.now) {
      modelChanges.push({ from: m.before as Model, to: now, count: m.count });
    }
  }
  const last = versions
    .map((v) => (v.last ? new Date(v.last).toISOString() : ''))
    .sort()
    .at(-1);
  return {
    version: classificationVersion,
    submitted: submitted?.n ?? 0,
    classified: versions.reduce((a, v) => a + v.count, 0),
    versions: versions.map((v) => ({ version: v.version, count: v.count })),
    lastComputedAt: last || null,
    definitions,
    icsem: {
      counts: (['ENP', 'SCOOP', 'SB', 'PSE', null] as const)
        .filter((m) => modelCounts.has(m))
        .map((model) => ({ model, count: modelCounts.get(model) ?? 0 })),
      changes: modelChanges,
    },
  };
}

export async function roundClassifications(db: Db, caller: Caller | null, roundId: string) {
  requireSurveyManager(caller);
  await requireRound(db, roundId);
  return summary(db, roundId);
}

/** Responses classified per statement when a round is recomputed. */
const batchSize = 1000;

/**
 * Runs today's rules over every submitted response of a round: a result for each response that
 * had none, a changed result kept with the one it replaced (what the summary's changes count),
 * and the changes of an earlier recomputation forgotten.
 */
export async function recomputeRound(
  db: Db,
  caller: Caller | null,
  meta: RequestMeta,
  roundId: string,
  run: {
    /** Told after each batch: responses done and all of them. */
    progress?: (p: ProgressRunning) => void;
    /** Stops between batches (the client went away, the server stops): the batches done stay. */
    signal?: AbortSignal;
  } = {},
) {
  requireSurveyManager(caller);
  const round = await requireRound(db, roundId);
  if (round.audience === 'public') return { ...(await summary(db, roundId)), added: 0, changed: 0 };
  let added = 0;
  let changed = 0;
  let processed = 0;
  let audited = false;
  const audit = (stopped: { stoppedAt?: number; of?: number }) => {
    audited = true;
    return recordAudit(db, meta, {
      action: 'survey.round.classify',
      actorId: caller.id,
      targetType: 'survey_round',
      targetId: roundId,
      details: { version: classificationVersion, added, changed, ...stopped },
    });
  };
  // The submitted responses' ids at once (60 000 are a few megabytes), then a batch at a time by
  // their ids: each batch's earlier results and the indicator values the criteria read.
  const responses = await db
    .select({ id: surveyResponse.id, organisationId: surveyResponse.organisationId })
    .from(surveyResponse)
    .where(and(eq(surveyResponse.roundId, roundId), eq(surveyResponse.state, 'submitted')));
  run.progress?.({ state: 'running', processed: 0, total: responses.length });
  try {
    for (let i = 0; i < responses.length; i += batchSize) {
      if (run.signal?.aborted) {
        // Each batch was written whole; what was done is kept, and said in the audit log.
        await audit({ stoppedAt: processed, of: responses.length });
        throw run.signal.reason;
      }
      const listed = responses.slice(i, i + batchSize);
      // Each batch in a transaction that holds its responses as submitted: one reopened (or
      // submitted again) meanwhile waits, and is not written from answers read before.
      await db.transaction(async (tx) => {
        const held = await tx
          .select({ id: surveyResponse.id })
          .from(surveyResponse)
          .where(
            and(
              inArray(
                surveyResponse.id,
                listed.map((r) => r.id),
              ),
              eq(surveyResponse.state, 'submitted'),
            ),
          )
          .for('share');
        const still = new Set(held.map((r) => r.id));
        const batch = listed.filter((r) => still.has(r.id));
        if (batch.length === 0) return;
        const ids = batch.map((r) => r.id);
        const [earlier, answers] = await Promise.all([
          tx
            .select({
              responseId: surveyClassification.responseId,
              version: surveyClassification.version,
              result: surveyClassification.result,
              hadChange: sql<boolean>`${surveyClassification.previousResult} is not null`,
            })
            .from(surveyClassification)
            .where(inArray(surveyClassification.responseId, ids)),
          tx
            .select({
              responseId: surveyAnswer.responseId,
              indicator: surveyAnswer.indicator,
              value: surveyAnswer.value,
            })
            .from(surveyAnswer)
            .where(
              and(
                inArray(surveyAnswer.responseId, ids),
                inArray(surveyAnswer.indicator, [...criteriaIndicators]),
              ),
            ),
        ]);
        const before = new Map(earlier.map((e) => [e.responseId, e]));
        const values = new Map<string, Record<string, unknown>>();
        for (const a of answers) {
          const v = values.get(a.responseId) ?? {};
          v[a.indicator] = a.value;
          values.set(a.responseId, v);
        }
        const rows = batch.flatMap((r) => {
          const row = classificationRow(
            { id: r.id, roundId, organisationId: r.organisationId },
            values.get(r.id) ?? {},
          );
          const old = before.get(r.id);
          const moved = old !== undefined && !sameResult(old.result as Classification, row.result);
          if (old === undefined) added += 1;
          if (moved) changed += 1;
          // Unchanged, by today's rules, with no earlier move to forget: nothing to write.
          if (old && !moved && old.version === row.version && !old.hadChange) return [];
          return [
            {
              ...row,
              previousVersion: moved ? (old?.version ?? null) : null,
              previousResult: moved ? (old?.result ?? null) : null,
              changedAt: moved ? new Date() : null,
            },
          ];
        });
        if (rows.length === 0) return;
        await tx
          .insert(surveyClassification)
          .values(rows)
          .onConflictDoUpdate({
            target: surveyClassification.responseId,
            set: {
              version: sql`excluded.version`,
              result: sql`excluded.result`,
              computedAt: sql`now()`,
              previousVersion: sql`excluded.previous_version`,
              previousResult: sql`excluded.previous_result`,
              changedAt: sql`excluded.changed_at`,
            },
          });
      });
      processed += listed.length;
      run.progress?.({ state: 'running', processed, total: responses.length });
    }
  } catch (err) {
    // A batch failed: those before it are written, and the audit log says how far it came.
    if (!audited) {
      await audit({ stoppedAt: processed, of: responses.length }).catch(() => undefined);
    }
    throw err;
  }
  await audit({});
  return { ...(await summary(db, roundId)), added, changed };
}
