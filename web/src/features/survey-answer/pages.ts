// The respondent's pages, loaded together on demand (see app/lazy-pages.tsx).
export { PublicSurveyPage, SurveyAnswerPage } from './answer-page.js';
export { MySurveysPage } from './my-surveys-page.js';
