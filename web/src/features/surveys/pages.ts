// The coordinators' survey pages, loaded together on demand (see app/lazy-pages.tsx).
export { NewRoundPage } from './new-round-page.js';
export { SurveyRoundPage } from './round-page.js';
export { SurveysPage } from './surveys-page.js';
export { SurveyVersionPage } from './version-page.js';
