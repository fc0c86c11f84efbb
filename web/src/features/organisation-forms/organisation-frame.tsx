import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { pagePath } from '../../../../common/routes.js';
import type { Me } from '../../../../common/schemas/accounts.js';
import type { OrganisationDetail } from '../../../../common/schemas/organisations.js';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { Breadcrumbs } from '../../ui/breadcrumbs.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { PageHeading } from '../../ui/page-heading.js';
import { PageTitle } from '../../ui/page-title.js';
import { LoginPrompt, NoPermission } from '../auth/require-login.js';
import { useMe } from '../auth/use-me.js';
import { organisationQuery } from './api.js';

interface OrganisationFrameProps {
  /** The page's title and h1, with the organisation's name once it is known. */
  title: (name: string | undefined) => string;
  /** The last crumb: the page's short name ("Edit"). */
  crumb: string;
  children: (organisation: OrganisationDetail, me: Me) => ReactNode;
}

/**
 * A page about one organisation that needs a login (edit, history, representatives): the title
 * and crumbs carry its name, and the content gets the organisation with the caller's permissions.
 */
export function OrganisationFrame({ title, crumb, children }: OrganisationFrameProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = '' } = useParams();
  const me = useMe();
  const query = useQuery({ ...organisationQuery(lang, id), enabled: Boolean(me.data) });
  const name = query.data?.name;
  const heading = title(name);

  let content: ReactNode;
  if (me.isPending) content = <DelayedLoading />;
  else if (me.isError) content = <ErrorBox error={me.error} onRetry={() => void me.refetch()} />;
  else if (!me.data) content = <LoginPrompt />;
  else if (query.isPending) content = <DelayedLoading />;
  else if (query.error instanceof ApiError && query.error.status === 403)
    content = <NoPermission />;
  else if (query.isError) {
    content = <ErrorBox error={query.error} onRetry={() => void query.refetch()} />;
  } else content = children(query.data, me.data);

  return (
    <>
      <PageTitle page={heading} />
      <Breadcrumbs
        items={[
          { label: t('nav.home'), to: pagePath('home', lang) },
          { label: t('nav.organisations'), to: pagePath('organisations', lang) },
          ...(name ? [{ label: name, to: pagePath('organisation', lang, { id }) }] : []),
          { label: crumb },
        ]}
      />
      <PageHeading>{heading}</PageHeading>
      {content}
    </>
  );
}
