import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { rowsOf, sqlArray } from '../../db/sql.js';
import { AppError } from '../../errors.js';
import * as repo from './repo.js';
import { definitionOf } from './responses.service.js';
import { roundStatus } from './rounds.service.js';

/**
 * What the statistics module reads of a round (it never reads the survey tables itself): the
 * round, and one row per submitted response with its answers to the indicators asked for and
 * which definitions of a social enterprise it met. Organisation-level, so only ever aggregated
 * and put through disclosure control by the caller.
 */

type Texts = { fi?: string; sv?: string; en?: string };

export interface StatisticsRound {
  id: string;
  name: { fi: string; sv?: string | null; en?: string | null };
  status: 'scheduled' | 'open' | 'closed';
  audience: string;
  /** How the round's questions name each indicator value (`indicator` → value → text). */
  valueLabels: Map<string, Map<string, Texts>>;
}

export async function statisticsRound(db: Db, roundId: string): Promise<StatisticsRound> {
  const found = await repo.selectRound(db, roundId);
  if (!found) throw new AppError('round_not_found');
  const r = found.round;
  const definition = await definitionOf(db, r.versionId);
  return {
    id: r.id,
    name: r.name,
    status: roundStatus(r),
    audience: r.audience,
    valueLabels: valueLabelsOf(definition),
  };
}

/** The choices' texts of every question bound to an indicator, walking pages and panels. */
function valueLabelsOf(definition: Record<string, unknown>) {
  const out = new Map<string, Map<string, Texts>>();
  const texts = (t: unknown): Texts => (typeof t === 'string' ? { fi: t } : ((t ?? {}) as Texts));
  const walk = (node: unknown) => {
    if (Array.isArray(node)) {
      for (const n of node) walk(n);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const q = node as Record<string, unknown>;
    if (typeof q.indicator === 'string') {
      const labels = new Map<string, Texts>();
      if (Array.isArray(q.choices)) {
        for (const c of q.choices) {
          if (c && typeof c === 'object') {
            const choice = c as { value: unknown; text?: unknown };
            labels.set(String(choice.value), texts(choice.text ?? String(choice.value)));
          } else labels.set(String(c), { fi: String(c) });
        }
      }
      if (q.labelTrue) labels.set('true', texts(q.labelTrue));
      if (q.labelFalse) labels.set('false', texts(q.labelFalse));
      out.set(q.indicator, labels);
    }
    walk(q.pages);
    walk(q.elements);
    walk(q.templateElements);
  };
  walk(definition);
  return out;
}

export interface ResponseFacts {
  /** Answers by indicator code, as stored (numbers, codes, yes/no, lists). */
  values: Record<string, unknown>;
  /** Each definition's verdict (`euOperational`, … as the classification keeps them). */
  meets: Record<string, boolean | null>;
}

export async function submittedFacts(
  db: Db,
  roundId: string,
  codes: readonly string[],
): Promise<ResponseFacts[]> {
  // The answers as JSON text: drizzle's jsonb reader would turn a code such as "734" into a number.
  const rows = rowsOf<{ v: string; c: string | null }>(
    await db.execute(sql`
    select (
        select coalesce(jsonb_object_agg(a.indicator, a.value), '{}'::jsonb)::text
        from survey_answer a
        where a.response_id = r.id and a.indicator = any(${sqlArray(codes, 'text')})
      ) as v,
      c.result::text as c
    from survey_response r
    left join survey_classification c on c.response_id = r.id
    where r.round_id = ${roundId} and r.state = 'submitted'
  `),
  );
  return rows.map((row) => {
    const classification = row.c ? (JSON.parse(row.c) as Record<string, unknown>) : {};
    const meets: Record<string, boolean | null> = {};
    for (const [key, value] of Object.entries(classification)) {
      if (value && typeof value === 'object' && 'meets' in value) {
        meets[key] = (value as { meets: boolean | null }).meets;
      }
    }
    return { values: JSON.parse(row.v) as Record<string, unknown>, meets };
  });
}

/** The rounds for organisations whose answering has ended, newest first: those with statistics. */
export async function closedRounds(db: Db) {
  return (await repo.selectRounds(db))
    .map(({ round }) => round)
    .filter((r) => r.audience !== 'public' && roundStatus(r) === 'closed')
    .map((r) => ({ id: r.id, name: r.name, closesOn: r.closesOn }));
}
