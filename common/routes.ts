import { embedSegment } from './embed.js';
import { isLang, type Lang, languages } from './languages.js';

/** A page other sites may frame: its path under the language's embed segment (common/embed.ts). */
const embedded = (paths: Record<Lang, string>): Record<Lang, string> => ({
  fi: `${embedSegment.fi}/${paths.fi}`,
  sv: `${embedSegment.sv}/${paths.sv}`,
  en: `${embedSegment.en}/${paths.en}`,
});

/**
 * Page paths of the web app, per language. The language is always the first path segment so that
 * links can be shared. The server uses this table to answer unknown pages with 404, the web app to
 * build its router and the language switcher.
 */
export const pageRoutes = {
  home: { fi: '', sv: '', en: '' },
  regions: { fi: 'alueet', sv: 'regioner', en: 'regions' },
  region: { fi: 'alueet/:code', sv: 'regioner/:code', en: 'regions/:code' },
  organisations: { fi: 'organisaatiot', sv: 'organisationer', en: 'organisations' },
  organisationNew: { fi: 'organisaatiot/uusi', sv: 'organisationer/ny', en: 'organisations/new' },
  organisationImport: {
    fi: 'organisaatiot/tuonti',
    sv: 'organisationer/import',
    en: 'organisations/import',
  },
  organisationConfirm: {
    fi: 'organisaatiot/vahvista',
    sv: 'organisationer/bekrafta',
    en: 'organisations/confirm',
  },
  surveyAnswer: { fi: 'kyselyt/vastaa', sv: 'enkater/svara', en: 'surveys/answer' },
  surveyPublic: { fi: 'kyselyt/:id', sv: 'enkater/:id', en: 'surveys/:id' },
  statistics: { fi: 'tilastot', sv: 'statistik', en: 'statistics' },
  organisationInvitation: {
    fi: 'organisaatiot/kutsu',
    sv: 'organisationer/inbjudan',
    en: 'organisations/invitation',
  },
  organisation: { fi: 'organisaatiot/:id', sv: 'organisationer/:id', en: 'organisations/:id' },
  organisationEdit: {
    fi: 'organisaatiot/:id/muokkaa',
    sv: 'organisationer/:id/redigera',
    en: 'organisations/:id/edit',
  },
  organisationHistory: {
    fi: 'organisaatiot/:id/historia',
    sv: 'organisationer/:id/historik',
    en: 'organisations/:id/history',
  },
  organisationMembers: {
    fi: 'organisaatiot/:id/edustajat',
    sv: 'organisationer/:id/representanter',
    en: 'organisations/:id/representatives',
  },
  projects: { fi: 'hankkeet', sv: 'projekt', en: 'projects' },
  projectNew: { fi: 'hankkeet/uusi', sv: 'projekt/ny', en: 'projects/new' },
  projectImport: { fi: 'hankkeet/tuonti', sv: 'projekt/import', en: 'projects/import' },
  project: { fi: 'hankkeet/:id', sv: 'projekt/:id', en: 'projects/:id' },
  projectEdit: { fi: 'hankkeet/:id/muokkaa', sv: 'projekt/:id/redigera', en: 'projects/:id/edit' },
  projectHistory: {
    fi: 'hankkeet/:id/historia',
    sv: 'projekt/:id/historik',
    en: 'projects/:id/history',
  },
  networks: { fi: 'verkostot', sv: 'natverk', en: 'networks' },
  networkNew: { fi: 'verkostot/uusi', sv: 'natverk/ny', en: 'networks/new' },
  network: { fi: 'verkostot/:id', sv: 'natverk/:id', en: 'networks/:id' },
  networkEdit: {
    fi: 'verkostot/:id/muokkaa',
    sv: 'natverk/:id/redigera',
    en: 'networks/:id/edit',
  },
  networkHistory: {
    fi: 'verkostot/:id/historia',
    sv: 'natverk/:id/historik',
    en: 'networks/:id/history',
  },
  networkEmbed: embedded({ fi: 'verkostot/:id', sv: 'natverk/:id', en: 'networks/:id' }),
  directoryEmbed: embedded({ fi: 'organisaatiot', sv: 'organisationer', en: 'organisations' }),
  moderation: {
    fi: 'yllapito/moderointi',
    sv: 'administration/moderering',
    en: 'admin/moderation',
  },
  staleOrganisations: {
    fi: 'yllapito/vahvistamattomat',
    sv: 'administration/obekraftade',
    en: 'admin/unconfirmed-profiles',
  },
  login: { fi: 'kirjaudu', sv: 'logga-in', en: 'log-in' },
  register: { fi: 'rekisteroidy', sv: 'registrera', en: 'register' },
  verifyEmail: { fi: 'vahvista-sahkoposti', sv: 'bekrafta-e-post', en: 'verify-email' },
  forgotPassword: { fi: 'unohtunut-salasana', sv: 'glomt-losenord', en: 'forgot-password' },
  resetPassword: { fi: 'uusi-salasana', sv: 'nytt-losenord', en: 'reset-password' },
  account: { fi: 'oma-tili', sv: 'mitt-konto', en: 'my-account' },
  confirmEmail: { fi: 'vahvista-uusi-osoite', sv: 'bekrafta-ny-adress', en: 'confirm-new-address' },
  privacy: { fi: 'tietosuoja', sv: 'dataskydd', en: 'privacy' },
  accessibility: {
    fi: 'saavutettavuusseloste',
    sv: 'tillganglighetsutlatande',
    en: 'accessibility',
  },
  about: { fi: 'tietoa', sv: 'om-tjansten', en: 'about' },
  setup: { fi: 'kayttoonotto', sv: 'ibruktagning', en: 'setup' },
  adminUsers: {
    fi: 'yllapito/kayttajat',
    sv: 'administration/anvandare',
    en: 'admin/users',
  },
  adminMail: {
    fi: 'yllapito/sahkopostit',
    sv: 'administration/e-post',
    en: 'admin/e-mail',
  },
  adminAudit: {
    fi: 'yllapito/tapahtumaloki',
    sv: 'administration/handelselogg',
    en: 'admin/audit-log',
  },
  surveys: { fi: 'yllapito/kyselyt', sv: 'administration/enkater', en: 'admin/surveys' },
  surveyVersion: {
    fi: 'yllapito/kyselyt/:id/versiot/:number',
    sv: 'administration/enkater/:id/versioner/:number',
    en: 'admin/surveys/:id/versions/:number',
  },
  surveyRoundNew: {
    fi: 'yllapito/kyselykierrokset/uusi',
    sv: 'administration/enkatomgangar/ny',
    en: 'admin/survey-rounds/new',
  },
  surveyRound: {
    fi: 'yllapito/kyselykierrokset/:id',
    sv: 'administration/enkatomgangar/:id',
    en: 'admin/survey-rounds/:id',
  },
  mySurveys: { fi: 'oma-tili/kyselyt', sv: 'mitt-konto/enkater', en: 'my-account/surveys' },
  adminSitePages: {
    fi: 'yllapito/palvelun-sivut',
    sv: 'administration/tjanstens-sidor',
    en: 'admin/service-pages',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type PageId = keyof typeof pageRoutes;
export type PageParams = Record<string, string>;

/** Builds the path of a page in a language, e.g. `pagePath('region', 'sv', { code: '01' })` → `/sv/regioner/01`. */
export function pagePath(page: PageId, lang: Lang, params: PageParams = {}): string {
  const pattern = pageRoutes[page][lang];
  const filled = pattern.replace(/:([a-zA-Z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`pagePath: missing parameter ${name} for ${page}`);
    return encodeURIComponent(value);
  });
  return filled ? `/${lang}/${filled}` : `/${lang}`;
}

/** Finds which page a path is, or undefined. Trailing slashes are ignored. */
export function matchPage(
  path: string,
): { page: PageId; lang: Lang; params: PageParams } | undefined {
  const segments = path.split('/').filter(Boolean);
  const [lang, ...rest] = segments;
  if (!isLang(lang)) return undefined;
  for (const page of Object.keys(pageRoutes) as PageId[]) {
    const pattern = pageRoutes[page][lang].split('/').filter(Boolean);
    if (pattern.length !== rest.length) continue;
    const params: PageParams = {};
    let ok = true;
    for (let i = 0; i < pattern.length; i++) {
      const p = pattern[i] as string;
      const s = rest[i] as string;
      if (p.startsWith(':')) {
        try {
          params[p.slice(1)] = decodeURIComponent(s);
        } catch {
          ok = false;
        }
      } else if (p !== s) ok = false;
      if (!ok) break;
    }
    if (ok) return { page, lang, params };
  }
  return undefined;
}

export { languages };
