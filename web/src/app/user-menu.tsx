import { Link, useLocation } from 'react-router';
import { styled } from 'styled-components';
import { Button, RouterLink, suomifiDesignTokens } from 'suomifi-ui-components';
import { matchPage, pagePath } from '../../../common/routes.js';
import { useLogout, useMe } from '../features/auth/use-me.js';
import { useLang } from '../i18n/use-lang.js';
import { useTranslation } from '../i18n/use-translation.js';

const { colors, spacing } = suomifiDesignTokens;

const List = styled.ul`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${spacing.m};
  margin: 0;
  padding: 0;
  list-style: none;

  /* Menu links keep one colour: visited or not does not matter in a menu. */
  & a.fi-link:visited {
    color: ${colors.highlightBase};
  }
`;

const Problem = styled.li`
  color: ${colors.alertBase};
`;

function LoggedIn({ name }: { name: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const logout = useLogout();
  const busy = logout.isPending
    ? { loading: true as const, ariaLoadingText: t('user.loggingOut') }
    : {};
  return (
    <>
      <li>
        <RouterLink asComponent={Link} to={pagePath('account', lang)}>
          {name}
        </RouterLink>
      </li>
      <li>
        <Button variant="secondary" onClick={() => logout.mutate()} {...busy}>
          {t('user.logout')}
        </Button>
      </li>
      {logout.isError && <Problem role="alert">{t('user.logoutFailed')}</Problem>}
    </>
  );
}

/** Pages from which a login goes to the account page, not back (they are the ways in). */
const waysIn = [
  'login',
  'register',
  'forgotPassword',
  'resetPassword',
  'verifyEmail',
  'setup',
] as const;

function LoggedOut() {
  const { t } = useTranslation();
  const lang = useLang();
  const { pathname, search } = useLocation();
  // After logging in, the reader comes back to the page they were on.
  const here = matchPage(pathname);
  const back =
    here && !(waysIn as readonly string[]).includes(here.page)
      ? `?${new URLSearchParams({ next: `${pathname}${search}` })}`
      : '';
  return (
    <>
      <li>
        <RouterLink asComponent={Link} to={`${pagePath('login', lang)}${back}`}>
          {t('user.login')}
        </RouterLink>
      </li>
      <li>
        <RouterLink asComponent={Link} to={pagePath('register', lang)}>
          {t('user.register')}
        </RouterLink>
      </li>
    </>
  );
}

/** Who is logged in, with the way to their account and out; or the ways in. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  // Until /me answers, nothing: showing "Log in" to someone logged in would mislead for a moment.
  if (me.isPending) return null;
  return (
    <nav aria-label={t('user.nav')}>
      <List>{me.data ? <LoggedIn name={me.data.name} /> : <LoggedOut />}</List>
    </nav>
  );
}
