import type { Survey, SurveyVersion } from '../../../common/schemas/surveys.js';
import { checkDefinition } from '../../../common/surveys/definition.js';
import { diffDefinitions } from '../../../common/surveys/diff.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';

import type { Caller } from '../accounts/policy.js';
import { type RequestMeta, recordAudit } from '../audit/service.js';
import { requireSurveyManager } from './policy.js';
import * as repo from './repo.js';

type Summary = Awaited<ReturnType<typeof repo.selectVersionSummaries>>[number];

const summaryOf = (v: Summary | repo.SurveyVersionRow) => ({
  number: v.number,
  basedOn: v.basedOn,
  frozenAt: v.frozenAt?.toISOString() ?? null,
  indicatorCount: 'indicatorCount' in v ? v.indicatorCount : v.indicators.length,
  createdAt: v.createdAt.toISOString(),
  updatedAt: v.updatedAt.toISOString(),
  version: v.version,
});

const surveyOf = (s: repo.SurveyRow, versions: Summary[]): Survey => ({
  id: s.id,
  code: s.code,
  name: s.name,
  versions: versions.filter((v) => v.surveyId === s.id).map(summaryOf),
});

const versionOf = (v: repo.SurveyVersionRow): SurveyVersion => ({
  ...summaryOf(v),
  surveyId: v.surveyId,
  definition: v.definition,
  indicators: v.indicators,
});

export async function listSurveys(db: Db, caller: Caller | null) {
  requireSurveyManager(caller);
  const [surveys, versions] = await Promise.all([
    repo.selectSurveys(db),
    repo.selectVersionSummaries(db),
  ]);
  return { items: surveys.map((s) => surveyOf(s, versions)) };
}

async function loadSurvey(db: Db, id: string) {
  const row = await repo.selectSurvey(db, id);
  if (!row) throw new AppError('survey_not_found');
  return row;
}

async function loadVersion(db: Db, id: string, number: number) {
  await loadSurvey(db, id);
  const row = await repo.selectVersion(db, id, number);
  if (!row) throw new AppError('survey_version_not_found', { number });
  return row;
}

export async function getSurvey(db: Db, caller: Caller | null, id: string) {
  requireSurveyManager(caller);
  const row = await loadSurvey(db, id);
  return surveyOf(row, await repo.selectVersionSummaries(db, id));
}

export async function getVersion(db: Db, caller: Caller | null, id: string, number: number) {
  requireSurveyManager(caller);
  return versionOf(await loadVersion(db, id, number));
}

/** A definition's problems as the API's field problems, under `definition.`. */
function invalidDefinition(problems: ReturnType<typeof checkDefinition>['problems']) {
  return new AppError('invalid_request', {
    fields: problems.map((p) => ({
      location: 'body',
      path: p.path ? `definition.${p.path}` : 'definition',
      code: p.code,
      message: p.detail ?? p.code,
    })),
  });
}

/**
 * A new survey (event feedback, a quick poll…) with its first version, checked as any version is
 * (400 naming each problem by its path).
 */
export async function createSurvey(
  db: Db,
  caller: Caller | null,
  meta: RequestMeta,
  body: { name: { fi: string; sv: string; en: string }; definition: Record<string, unknown> },
) {
  requireSurveyManager(caller);
  const checked = checkDefinition(body.definition);
  if (checked.problems.length > 0) throw invalidDefinition(checked.problems);
  const id = await repo.insertSurvey(
    db,
    body.name,
    body.definition,
    checked.bindings.map((b) => b.indicator),
    caller.id,
  );
  await recordAudit(db, meta, {
    action: 'survey.create',
    actorId: caller.id,
    targetType: 'survey',
    targetId: id,
    details: {},
  });
  return getSurvey(db, caller, id);
}

/** A new version of the survey, copied from version `from`, to be edited. */
export async function copyVersion(
  db: Db,
  caller: Caller | null,
  meta: RequestMeta,
  id: string,
  from: number,
) {
  requireSurveyManager(caller);
  const source = await loadVersion(db, id, from);
  const row = await repo.insertCopy(db, source, caller.id);
  await recordAudit(db, meta, {
    action: 'survey.version.create',
    actorId: caller.id,
    targetType: 'survey',
    targetId: id,
    details: { number: row.number, basedOn: from },
  });
  return versionOf(row);
}

/**
 * Replaces a version's definition after checking it (400 naming each problem by its path); 409
 * `survey_version_frozen` once a round has used the version, 409 `version_conflict` when someone
 * saved it since `version`.
 */
export async function updateVersion(
  db: Db,
  caller: Caller | null,
  meta: RequestMeta,
  id: string,
  number: number,
  body: { definition: Record<string, unknown>; version: number },
) {
  requireSurveyManager(caller);
  const current = await loadVersion(db, id, number);
  if (current.frozenAt) throw new AppError('survey_version_frozen', { number });
  const checked = checkDefinition(body.definition);
  if (checked.problems.length > 0) throw invalidDefinition(checked.problems);
  const indicators = checked.bindings.map((b) => b.indicator);
  const row = await repo.updateDefinition(
    db,
    current.id,
    body.version,
    body.definition,
    indicators,
    caller.id,
  );
  if (!row) {
    const now = await loadVersion(db, id, number);
    if (now.frozenAt) throw new AppError('survey_version_frozen', { number });
    throw new AppError('version_conflict', { current: versionOf(now) });
  }
  await recordAudit(db, meta, {
    action: 'survey.version.update',
    actorId: caller.id,
    targetType: 'survey',
    targetId: id,
    details: { number, indicators: indicators.length },
  });
  return versionOf(row);
}

/** Checks a definition without saving it: the editor's live check. */
export function checkSurveyDefinition(caller: Caller | null, definition: unknown) {
  requireSurveyManager(caller);
  return checkDefinition(definition);
}

/**
 * What changed from version `against` (by default the version it was copied from, else the one
 * before it) to version `number`; version 1 of a survey is compared with nothing.
 */
export async function diffVersion(
  db: Db,
  caller: Caller | null,
  id: string,
  number: number,
  against?: number,
) {
  requireSurveyManager(caller);
  const to = await loadVersion(db, id, number);
  const fromNumber = against ?? to.basedOn ?? (number > 1 ? number - 1 : undefined);
  const from = fromNumber === undefined ? undefined : await loadVersion(db, id, fromNumber);
  return {
    from: from?.number ?? 0,
    to: to.number,
    ...diffDefinitions(from?.definition ?? {}, to.definition),
  };
}
