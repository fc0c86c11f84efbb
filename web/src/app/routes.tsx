import type { RouteObject } from 'react-router';
import { isEmbedPath } from '../../../common/embed.js';
import { defaultLang, type Lang, languages } from '../../../common/languages.js';
import { type PageId, pageRoutes } from '../../../common/routes.js';
import { HomePage } from '../features/home/home-page.js';
import { NotFoundPage } from '../features/not-found/not-found-page.js';
import { loadCatalog } from '../i18n/index.js';
import { AppRoot } from './app-root.js';
import { EmbedLayout } from './embed-layout.js';
import { Layout } from './layout.js';
import { lazyPages, type PageRoute } from './lazy-pages.js';
import { RootRedirect } from './root-redirect.js';
import { RouteError } from './route-error.js';

// Typed by PageId so that a page added to the shared route table cannot be forgotten here.
const pages: Record<PageId, PageRoute> = {
  home: { element: <HomePage /> },
  regions: lazyPages.regions,
  region: lazyPages.region,
  login: lazyPages.login,
  register: lazyPages.register,
  verifyEmail: lazyPages.verifyEmail,
  confirmEmail: lazyPages.confirmEmail,
  forgotPassword: lazyPages.forgotPassword,
  resetPassword: lazyPages.resetPassword,
  account: lazyPages.account,
  privacy: lazyPages.privacy,
  accessibility: lazyPages.accessibility,
  about: lazyPages.about,
  setup: lazyPages.setup,
  adminUsers: lazyPages.adminUsers,
  adminMail: lazyPages.adminMail,
  adminAudit: lazyPages.adminAudit,
  adminSitePages: lazyPages.adminSitePages,
  organisations: lazyPages.organisations,
  organisation: lazyPages.organisation,
  organisationNew: lazyPages.organisationNew,
  organisationEdit: lazyPages.organisationEdit,
  organisationHistory: lazyPages.organisationHistory,
  organisationMembers: lazyPages.organisationMembers,
  organisationInvitation: lazyPages.organisationInvitation,
  organisationConfirm: lazyPages.organisationConfirm,
  surveyAnswer: lazyPages.surveyAnswer,
  mySurveys: lazyPages.mySurveys,
  surveyPublic: lazyPages.surveyPublic,
  statistics: lazyPages.statistics,
  surveys: lazyPages.surveys,
  surveyVersion: lazyPages.surveyVersion,
  surveyRoundNew: lazyPages.surveyRoundNew,
  surveyRound: lazyPages.surveyRound,
  moderation: lazyPages.moderation,
  staleOrganisations: lazyPages.staleOrganisations,
  organisationImport: lazyPages.organisationImport,
  projectImport: lazyPages.projectImport,
  projects: lazyPages.projects,
  project: lazyPages.project,
  projectNew: lazyPages.projectNew,
  projectEdit: lazyPages.projectEdit,
  projectHistory: lazyPages.projectHistory,
  networks: lazyPages.networks,
  network: lazyPages.network,
  networkNew: lazyPages.networkNew,
  networkEdit: lazyPages.networkEdit,
  networkHistory: lazyPages.networkHistory,
  networkEmbed: lazyPages.networkEmbed,
  directoryEmbed: lazyPages.directoryEmbed,
};

/**
 * The pages every reader meets. All other pages (logging in, the account, forms, administration)
 * also need the members' part of the texts; a page added later gets it too unless it is named here.
 */
const readersPages = new Set<PageId>([
  'home',
  'regions',
  'region',
  'organisations',
  'organisation',
  'privacy',
  'accessibility',
  'about',
  'projects',
  'project',
  'networks',
  'network',
  'networkEmbed',
  'directoryEmbed',
]);

/** A page that needs the members' texts fetches them with its code. */
function withMembersTexts(route: PageRoute, lang: Lang): PageRoute {
  const { lazy } = route;
  return {
    ...route,
    lazy: async () => {
      const [page] = await Promise.all([
        typeof lazy === 'function' ? lazy() : {},
        loadCatalog(lang, 'members'),
      ]);
      return page;
    },
  };
}

/** A language's texts, fetched by the router before it draws the language's first page. */
function catalogOf(lang: Lang) {
  return async () => {
    await loadCatalog(lang);
    return {};
  };
}

/**
 * The pages of one language under `/{lang}`, with their localized paths from the shared table:
 * the site's pages in its layout, the embeddable ones in theirs.
 */
function languageRoutes(lang: Lang): RouteObject {
  const routeOf = (page: PageId): RouteObject => {
    const path = pageRoutes[page][lang];
    const route = readersPages.has(page) ? pages[page] : withMembersTexts(pages[page], lang);
    return path ? { path, ...route } : { index: true, ...route };
  };
  // Pages other sites may frame (common/embed.ts): without the site's header, menu and footer.
  const all = Object.keys(pageRoutes) as PageId[];
  const embedded = (page: PageId) => isEmbedPath(`/${lang}/${pageRoutes[page][lang]}`);
  return {
    path: `/${lang}`,
    lazy: catalogOf(lang),
    children: [
      {
        element: <Layout lang={lang} />,
        children: [
          ...all.filter((page) => !embedded(page)).map(routeOf),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      {
        element: <EmbedLayout lang={lang} />,
        children: all.filter(embedded).map(routeOf),
      },
    ],
  };
}

/** Every route of the app; the browser (start.tsx) and the server (entry-server.tsx) route with it. */
export const routes: RouteObject[] = [
  {
    element: <AppRoot />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <RootRedirect /> },
      ...languages.map(languageRoutes),
      // A path without a known language: say so in the default language.
      {
        path: '*',
        lazy: catalogOf(defaultLang),
        element: (
          <Layout lang={defaultLang}>
            <NotFoundPage />
          </Layout>
        ),
      },
    ],
  },
];
