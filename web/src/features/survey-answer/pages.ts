// The respondent's pages, loaded together on demand (see app/lazy-pages.tsx).
export { SurveyAnswerPage } from './answer-page.js';
export { MySurveysPage } from './my-surveys-page.js';
