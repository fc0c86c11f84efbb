import { Link, useLocation } from 'react-router';
import { styled } from 'styled-components';
import { RouterLink, suomifiDesignTokens } from 'suomifi-ui-components';
import { type Lang, languages } from '../../../common/languages.js';
import { matchPage, pagePath } from '../../../common/routes.js';
import { useLang } from '../i18n/use-lang.js';
import { useTranslation } from '../i18n/use-translation.js';

// Each language is named in itself, so a reader finds their own language whatever page language
// they are on; these are the same in every catalog and so live here rather than in the catalogs.
const ownNames: Record<Lang, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

const List = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${suomifiDesignTokens.spacing.m};
  margin: 0;
  padding: 0;
  list-style: none;

  /* Menu links keep one colour: visited or not does not matter in a menu. */
  & a.fi-link:visited {
    color: ${suomifiDesignTokens.colors.highlightBase};
  }

  & a[aria-current] {
    font-weight: 600;
    text-decoration: underline;
  }
`;

/** Links to the same page in the other languages (a page that does not exist leads to the front page). */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const current = useLang();
  const { pathname, search } = useLocation();
  const match = matchPage(pathname);

  const pathIn = (lang: Lang) =>
    match ? `${pagePath(match.page, lang, match.params)}${search}` : pagePath('home', lang);

  return (
    <nav aria-label={t('app.languageNav')}>
      <List>
        {languages.map((lang) => (
          <li key={lang}>
            <RouterLink
              asComponent={Link}
              to={pathIn(lang)}
              lang={lang}
              hrefLang={lang}
              aria-current={lang === current ? 'true' : undefined}
            >
              {ownNames[lang]}
            </RouterLink>
          </li>
        ))}
      </List>
    </nav>
  );
}
