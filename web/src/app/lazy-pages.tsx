import type { ComponentType } from 'react';
import type { NonIndexRouteObject } from 'react-router';
import type { PageId } from '../../../common/routes.js';
import { DelayedLoading } from '../ui/delayed-loading.js';

/** What the route table needs of a page: its element, or a way to fetch its code first. */
export type PageRoute = Pick<NonIndexRouteObject, 'element' | 'lazy' | 'hydrateFallbackElement'>;

/**
 * A page whose code is fetched the first time it is visited. The router fetches it before it moves
 * to the page, so the previous page stays on screen meanwhile (Layout shows a loading indicator
 * when that takes long), and the new page arrives whole: title, heading and focus as on any
 * navigation. Only when the app starts on such a page does the layout show the indicator in its place.
 */
function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): PageRoute {
  return {
    lazy: async () => ({ Component: pick(await load()) }),
    hydrateFallbackElement: <DelayedLoading />,
  };
}

// Only the front page is in the first download: every other page's code is fetched when it is
// first visited (a page the app starts on is fetched before it is shown, app/start.tsx). Each
// feature is one chunk: its pages tend to be used together.
const auth = () => import('../features/auth/pages.js');
const account = () => import('../features/account/account-page.js');
const admin = () => import('../features/admin/pages.js');
const directory = () => import('../features/organisations/pages.js');
const orgForms = () => import('../features/organisation-forms/pages.js');
const orgImport = () => import('../features/organisation-import/pages.js');
const projectImport = () => import('../features/project-import/pages.js');
const site = () => import('../features/site/pages.js');
const projects = () => import('../features/projects/pages.js');
const projectForms = () => import('../features/project-forms/pages.js');
const networks = () => import('../features/networks/pages.js');
const networkForms = () => import('../features/network-forms/pages.js');
const regions = () => import('../features/regions/pages.js');
const readerSite = () => import('../features/site/reader-pages.js');
const privacy = () => import('../features/privacy/privacy-page.js');
const surveyAnswer = () => import('../features/survey-answer/pages.js');
const surveys = () => import('../features/surveys/pages.js');
const statistics = () => import('../features/statistics/pages.js');

export const lazyPages = {
  regions: lazyPage(regions, (m) => m.RegionsPage),
  region: lazyPage(regions, (m) => m.RegionPage),
  about: lazyPage(readerSite, (m) => m.AboutPage),
  accessibility: lazyPage(readerSite, (m) => m.AccessibilityPage),
  privacy: lazyPage(privacy, (m) => m.PrivacyPage),
  login: lazyPage(auth, (m) => m.LoginPage),
  register: lazyPage(auth, (m) => m.RegisterPage),
  verifyEmail: lazyPage(auth, (m) => m.VerifyEmailPage),
  confirmEmail: lazyPage(auth, (m) => m.ConfirmEmailPage),
  forgotPassword: lazyPage(auth, (m) => m.ForgotPasswordPage),
  resetPassword: lazyPage(auth, (m) => m.ResetPasswordPage),
  setup: lazyPage(auth, (m) => m.SetupPage),
  account: lazyPage(account, (m) => m.AccountPage),
  adminUsers: lazyPage(admin, (m) => m.AdminUsersPage),
  adminMail: lazyPage(admin, (m) => m.AdminMailPage),
  adminAudit: lazyPage(admin, (m) => m.AdminAuditPage),
  organisations: lazyPage(directory, (m) => m.DirectoryPage),
  organisation: lazyPage(directory, (m) => m.OrganisationPage),
  organisationNew: lazyPage(orgForms, (m) => m.NewOrganisationPage),
  organisationEdit: lazyPage(orgForms, (m) => m.EditOrganisationPage),
  organisationHistory: lazyPage(orgForms, (m) => m.HistoryPage),
  organisationMembers: lazyPage(orgForms, (m) => m.MembersPage),
  organisationInvitation: lazyPage(orgForms, (m) => m.InvitationPage),
  organisationConfirm: lazyPage(orgForms, (m) => m.ConfirmLinkPage),
  surveyAnswer: lazyPage(surveyAnswer, (m) => m.SurveyAnswerPage),
  mySurveys: lazyPage(surveyAnswer, (m) => m.MySurveysPage),
  surveyPublic: lazyPage(surveyAnswer, (m) => m.PublicSurveyPage),
  statistics: lazyPage(statistics, (m) => m.StatisticsPage),
  surveys: lazyPage(surveys, (m) => m.SurveysPage),
  surveyVersion: lazyPage(surveys, (m) => m.SurveyVersionPage),
  surveyRoundNew: lazyPage(surveys, (m) => m.NewRoundPage),
  surveyRound: lazyPage(surveys, (m) => m.SurveyRoundPage),
  moderation: lazyPage(orgForms, (m) => m.ModerationPage),
  staleOrganisations: lazyPage(orgForms, (m) => m.UnconfirmedPage),
  organisationImport: lazyPage(orgImport, (m) => m.ImportPage),
  projectImport: lazyPage(projectImport, (m) => m.ProjectImportPage),
  adminSitePages: lazyPage(site, (m) => m.SitePagesPage),
  projects: lazyPage(projects, (m) => m.ProjectsPage),
  project: lazyPage(projects, (m) => m.ProjectPage),
  projectNew: lazyPage(projectForms, (m) => m.NewProjectPage),
  projectEdit: lazyPage(projectForms, (m) => m.EditProjectPage),
  projectHistory: lazyPage(projectForms, (m) => m.ProjectHistoryPage),
  networks: lazyPage(networks, (m) => m.NetworksPage),
  network: lazyPage(networks, (m) => m.NetworkPage),
  networkEmbed: lazyPage(networks, (m) => m.NetworkEmbedPage),
  directoryEmbed: lazyPage(networks, (m) => m.DirectoryEmbedPage),
  networkNew: lazyPage(networkForms, (m) => m.NewNetworkPage),
  networkEdit: lazyPage(networkForms, (m) => m.EditNetworkPage),
  networkHistory: lazyPage(networkForms, (m) => m.NetworkHistoryPage),
} satisfies Partial<Record<PageId, PageRoute>>;
