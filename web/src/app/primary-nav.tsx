import { NavLink, useLocation } from 'react-router';
import { styled } from 'styled-components';
import { RouterLink, suomifiDesignTokens } from 'suomifi-ui-components';
import type { PageId } from '../../../common/routes.js';
import { pagePath } from '../../../common/routes.js';
import type { Me } from '../../../common/schemas/accounts.js';
import { useMe } from '../features/auth/use-me.js';
import { useLang } from '../i18n/use-lang.js';
import { useTranslation } from '../i18n/use-translation.js';
import { type AreaId, builtModules } from './modules.js';

const { colors, spacing } = suomifiDesignTokens;

interface NavItem {
  page: PageId;
  label:
    | 'nav.home'
    | `nav.${AreaId}`
    | 'nav.moderation'
    | 'nav.adminUsers'
    | 'nav.adminMail'
    | 'nav.adminAudit'
    | 'nav.surveys'
    | 'sitePages.nav';
  /** Shown only to those with this permission from /me; the UI never decides by role. */
  permission?: keyof Me['permissions'];
}

/** Sections in the main menu: the front page, the built areas (app/modules.ts), then tools. */
const items: readonly NavItem[] = [
  { page: 'home', label: 'nav.home' },
  ...builtModules.map((m) => ({ page: m.page, label: `nav.${m.id}` as const })),
  { page: 'moderation', label: 'nav.moderation', permission: 'moderate' },
  { page: 'surveys', label: 'nav.surveys', permission: 'manageSurveys' },
  { page: 'adminUsers', label: 'nav.adminUsers', permission: 'manageUsers' },
  { page: 'adminAudit', label: 'nav.adminAudit', permission: 'viewAuditLog' },
  { page: 'adminMail', label: 'nav.adminMail', permission: 'manageUsers' },
  { page: 'adminSitePages', label: 'sitePages.nav', permission: 'editSitePages' },
];

const List = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${spacing.l};
  margin: 0;
  padding: 0;
  list-style: none;

  & a {
    display: inline-block;
    padding: ${spacing.xs} 0;
    border-bottom: 4px solid transparent;
  }

  /* Menu links keep one colour: visited or not does not matter in a menu. */
  & a.fi-link:visited {
    color: ${colors.highlightBase};
  }

  /* The current section is shown by weight and a bar, not by colour alone. */
  & a[aria-current] {
    font-weight: 600;
    border-bottom-color: ${colors.highlightBase};
  }
`;

export function PrimaryNav() {
  const { t } = useTranslation();
  const lang = useLang();
  const { pathname } = useLocation();
  const permissions = useMe().data?.permissions;
  const shown = items.filter((item) => !item.permission || permissions?.[item.permission]);
  return (
    <nav aria-label={t('app.primaryNav')}>
      <List>
        {shown.map((item) => {
          const to = pagePath(item.page, lang);
          return (
            <li key={item.page}>
              {/* A section stays marked on its deeper pages (a region under Regions), but only
                  its own page is announced as the current page. */}
              <RouterLink
                asComponent={NavLink}
                to={to}
                end={item.page === 'home'}
                aria-current={pathname.replace(/\/+$/, '') === to ? 'page' : 'true'}
              >
                {t(item.label)}
              </RouterLink>
            </li>
          );
        })}
      </List>
    </nav>
  );
}
