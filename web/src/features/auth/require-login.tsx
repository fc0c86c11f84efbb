import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { InlineAlert, Paragraph } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import type { Me } from '../../../../common/schemas/accounts.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { useMe } from './use-me.js';

/** Said instead of a page that needs a login, with a link back here after logging in. */
export function LoginPrompt() {
  const { t } = useTranslation();
  const lang = useLang();
  const { pathname, search } = useLocation();
  const next = new URLSearchParams({ next: `${pathname}${search}` });
  return (
    <InlineAlert labelText={t('auth.prompt.heading')} mb="l">
      <Paragraph mb="s">{t('auth.prompt.text')}</Paragraph>
      <AppLink to={`${pagePath('login', lang)}?${next}`}>{t('auth.login.title')}</AppLink>
    </InlineAlert>
  );
}

/** Said when the logged-in person may not see the page (or the server answered 403). */
export function NoPermission() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <InlineAlert status="warning" labelText={t('auth.noPermission.heading')} mb="l">
      <Paragraph mb="s">{t('auth.noPermission.text')}</Paragraph>
      <AppLink to={pagePath('home', lang)}>{t('common.toFrontPage')}</AppLink>
    </InlineAlert>
  );
}

interface RequireLoginProps {
  /** A permission the page needs, from `me.permissions`; the UI never decides by role. */
  permission?: keyof Me['permissions'];
  children: (me: Me) => ReactNode;
}

/**
 * The content of a page that needs a login. Logged out, it says so with a link to log in rather
 * than redirecting, so the reader knows where they are and why.
 */
export function RequireLogin({ permission, children }: RequireLoginProps) {
  const me = useMe();
  if (me.isPending) return <DelayedLoading />;
  if (me.isError) return <ErrorBox error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <LoginPrompt />;
  if (permission && !me.data.permissions[permission]) return <NoPermission />;
  return children(me.data);
}
