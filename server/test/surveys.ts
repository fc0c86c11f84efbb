import { expect } from 'vitest';
import { helsinkiDate } from '../export/dates.js';
import { csrf } from './accounts.js';
import type { TestApp } from './app.js';

/** The day in Finland `days` from today (YYYY-MM-DD). */
export const dayFromNow = (days: number) => helsinkiDate(new Date(Date.now() + days * 86_400_000));

/** A text in the three languages, the Swedish and English marked as such. */
export const inThree = (fi: string) => ({ fi, sv: `${fi} (sv)`, en: `${fi} (en)` });

/**
 * A new survey with `definition` as its first version, and a public round of it open for a week
 * from today, made by the coordinator whose session is `cookie`. Gives the round as the API does.
 */
export async function createPublicRound(
  t: TestApp,
  cookie: string,
  names: { survey: string; round: string },
  definition: object,
) {
  const send = (url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, headers: { ...csrf, cookie }, payload });
  const survey = await send('/api/v1/surveys', { name: inThree(names.survey), definition });
  expect(survey.statusCode, survey.body).toBe(201);
  const round = await send('/api/v1/surveys/rounds', {
    surveyId: survey.json().id,
    versionNumber: 1,
    name: { fi: names.round, sv: null, en: null },
    opensOn: dayFromNow(0),
    closesOn: dayFromNow(7),
    audience: 'public',
  });
  expect(round.statusCode, round.body).toBe(201);
  return round.json() as { id: string } & Record<string, unknown>;
}

/** The anonymous respondent's cookie an answer sets, as a browser would send it back. */
export function respondentCookieOf(res: { cookies: { name: string; value: string }[] }) {
  const c = res.cookies.find((x) => x.name === 'kudos_respondent');
  return c ? `kudos_respondent=${c.value}` : '';
}
