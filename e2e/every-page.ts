import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pagePath } from '../common/routes.js';
import { type Browser, expectNoAxeViolations, openBrowser, watchPageErrors } from './browser.js';

/**
 * Every page in one language, checked alike: its status, one h1, its own title, the page's
 * language, no axe violations and nothing going wrong in the browser. A file per language
 * (pages-fi.test.ts, …), so that CI's two browser-test processes share them out.
 */

type Lang = 'fi' | 'sv' | 'en';

/** Proposing, editing and moderating organisations: their logged-out and link-less states. */
const organisationFormPages = (lang: Lang) => {
  // Logged out, these pages ask for a login before they look the organisation up.
  const id = { id: '00000000-0000-4000-8000-000000000000' };
  const at = (name: string, path: string, status = 200) => ({
    name,
    path,
    status,
    notFound: false,
  });
  // No organisation has the id: the server answers 404, the page still asks for a login first.
  return [
    at('propose an organisation, logged out', pagePath('organisationNew', lang)),
    at('edit an organisation, logged out', pagePath('organisationEdit', lang, id), 404),
    at('organisation history, logged out', pagePath('organisationHistory', lang, id), 404),
    at('representatives, logged out', pagePath('organisationMembers', lang, id), 404),
    at('invitation without a link', pagePath('organisationInvitation', lang)),
    at('confirm a profile without a link', pagePath('organisationConfirm', lang)),
    at('moderation, logged out', pagePath('moderation', lang)),
    at('unconfirmed profiles, logged out', pagePath('staleOrganisations', lang)),
    at('propose a project, logged out', pagePath('projectNew', lang)),
    at('edit a project, logged out', pagePath('projectEdit', lang, id), 404),
    at('set up a network, logged out', pagePath('networkNew', lang)),
    at('edit a network, logged out', pagePath('networkEdit', lang, id), 404),
    at('surveys, logged out', pagePath('surveys', lang)),
    at('a survey round, logged out', pagePath('surveyRound', lang, id)),
    at('my organisations’ surveys, logged out', pagePath('mySurveys', lang)),
  ];
};

const pages = (lang: Lang) => [
  { name: 'front page', path: pagePath('home', lang), status: 200, notFound: false },
  { name: 'regions', path: pagePath('regions', lang), status: 200, notFound: false },
  {
    name: 'region 01',
    path: pagePath('region', lang, { code: '01' }),
    status: 200,
    notFound: false,
  },
  {
    name: 'region 21',
    path: pagePath('region', lang, { code: '21' }),
    status: 200,
    notFound: false,
  },
  {
    name: 'unknown region',
    path: pagePath('region', lang, { code: '99' }),
    status: 404,
    notFound: true,
  },
  {
    name: 'organisation directory',
    path: pagePath('organisations', lang),
    status: 200,
    notFound: false,
  },
  // Organisation pages with data are checked in organisations-directory.test.ts, which creates them.
  {
    name: 'unknown organisation',
    path: pagePath('organisation', lang, { id: '00000000-0000-4000-8000-000000000000' }),
    status: 404,
    notFound: true,
  },
  { name: 'projects', path: pagePath('projects', lang), status: 200, notFound: false },
  { name: 'statistics', path: pagePath('statistics', lang), status: 200, notFound: false },
  {
    name: 'unknown project',
    path: pagePath('project', lang, { id: '00000000-0000-4000-8000-000000000000' }),
    status: 404,
    notFound: true,
  },
  {
    name: 'history of an unknown project',
    path: pagePath('projectHistory', lang, { id: '00000000-0000-4000-8000-000000000000' }),
    status: 404,
    notFound: true,
  },
  { name: 'networks', path: pagePath('networks', lang), status: 200, notFound: false },
  {
    name: 'unknown network',
    path: pagePath('network', lang, { id: '00000000-0000-4000-8000-000000000000' }),
    status: 404,
    notFound: true,
  },
  {
    name: 'history of an unknown network',
    path: pagePath('networkHistory', lang, { id: '00000000-0000-4000-8000-000000000000' }),
    status: 404,
    notFound: true,
  },
  {
    name: 'directory to embed',
    path: pagePath('directoryEmbed', lang),
    status: 200,
    notFound: false,
  },
  {
    name: 'unknown network to embed',
    path: pagePath('networkEmbed', lang, { id: '00000000-0000-4000-8000-000000000000' }),
    status: 404,
    notFound: true,
  },
  { name: 'no such page', path: `/${lang}/no-such-page`, status: 404, notFound: true },
  { name: 'log in', path: pagePath('login', lang), status: 200, notFound: false },
  { name: 'register', path: pagePath('register', lang), status: 200, notFound: false },
  {
    name: 'forgotten password',
    path: pagePath('forgotPassword', lang),
    status: 200,
    notFound: false,
  },
  {
    name: 'reset without a link',
    path: pagePath('resetPassword', lang),
    status: 200,
    notFound: false,
  },
  {
    name: 'verify without a link',
    path: pagePath('verifyEmail', lang),
    status: 200,
    notFound: false,
  },
  {
    name: 'confirm e-mail without a link',
    path: pagePath('confirmEmail', lang),
    status: 200,
    notFound: false,
  },
  { name: 'setup without a link', path: pagePath('setup', lang), status: 200, notFound: false },
  { name: 'privacy notice', path: pagePath('privacy', lang), status: 200, notFound: false },
  {
    name: 'accessibility statement',
    path: pagePath('accessibility', lang),
    status: 200,
    notFound: false,
  },
  { name: 'about the service', path: pagePath('about', lang), status: 200, notFound: false },
  { name: 'account, logged out', path: pagePath('account', lang), status: 200, notFound: false },
  {
    name: 'admin users, logged out',
    path: pagePath('adminUsers', lang),
    status: 200,
    notFound: false,
  },
  {
    name: 'audit log, logged out',
    path: pagePath('adminAudit', lang),
    status: 200,
    notFound: false,
  },
  {
    name: 'e-mail outbox, logged out',
    path: pagePath('adminMail', lang),
    status: 200,
    notFound: false,
  },
  {
    name: 'service pages, logged out',
    path: pagePath('adminSitePages', lang),
    status: 200,
    notFound: false,
  },
  ...organisationFormPages(lang),
  {
    name: 'import organisations, logged out',
    path: pagePath('organisationImport', lang),
    status: 200,
    notFound: false,
  },
  {
    name: 'import projects, logged out',
    path: pagePath('projectImport', lang),
    status: 200,
    notFound: false,
  },
];

export function checkEveryPage(lang: Lang) {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(() => browser.close());

  describe(`every page in ${lang}`, () => {
    const titles = new Map<string, string>();

    it.each(pages(lang))(
      '$name: one h1, own title, page language, no axe violations',
      async (p) => {
        const page = await browser.context.newPage();
        const problems = watchPageErrors(page);
        const res = await page.goto(baseUrl + p.path);
        expect(res?.status()).toBe(p.status);
        await page.locator('h1').first().waitFor();
        // Wait for the data to arrive: no loading indicator left.
        await page.waitForLoadState('networkidle');
        expect(await page.locator('h1').count()).toBe(1);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        const title = await page.title();
        expect(title).toMatch(/Kudos/);
        // Each page has its own title; the not-found states share theirs.
        const key = p.notFound ? 'not found' : p.name;
        expect(titles.get(title) ?? key, `title "${title}" used by ${titles.get(title)} too`).toBe(
          key,
        );
        titles.set(title, key);
        await expectNoAxeViolations(page);
        // A 404 answer is expected on the not-found states and for a missing object's page (the
        // browser logs the document's own 404); nothing else may go wrong.
        const expected404 = p.notFound || p.status === 404;
        expect(problems.filter((m) => !(expected404 && m.includes('404')))).toEqual([]);
        await page.close();
      },
    );
  });
}
