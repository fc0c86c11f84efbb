import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Paragraph } from 'suomifi-ui-components';
import { isUuid } from '../../../../common/uuid.js';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { KeepFocusHeading } from '../../ui/keep-focus-heading.js';
import { PageTitle } from '../../ui/page-title.js';
import { NotFoundPage } from '../not-found/not-found-page.js';
import { DirectorySearch } from '../organisations/directory-search.js';
import { pickUserText } from '../organisations/labels.js';
import { networkQuery } from './api.js';
import { kindAndPlace } from './labels.js';

// Pages other sites show in an <iframe> (app/embed-layout.tsx). Their searches live in the frame's
// own address; organisations open on Kudos in a new tab.

function NetworkEmbed({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useQuery(networkQuery(id, lang));
  if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
  if (!query.isSuccess) {
    return (
      <>
        <PageTitle page={t('networks.fallbackTitle')} />
        {query.isError ? (
          <>
            <KeepFocusHeading>{t('networks.fallbackTitle')}</KeepFocusHeading>
            <ErrorBox error={query.error} onRetry={() => void query.refetch()} />
          </>
        ) : (
          <DelayedLoading />
        )}
      </>
    );
  }
  const n = query.data;
  const name = pickUserText(n.name, lang);
  return (
    <>
      <PageTitle page={t('networks.embed.networkTitle', { name: name.text })} />
      <KeepFocusHeading lang={name.lang}>{name.text}</KeepFocusHeading>
      <Paragraph mb="l">{kindAndPlace(n, t, lang)}</Paragraph>
      <DirectorySearch scope={{ network: n.id }} embedded emptyText={t('networks.members.none')} />
    </>
  );
}

/** A network's members as a directory, for another site's page (a network's sub-portal there). */
export function NetworkEmbedPage() {
  const { id = '' } = useParams();
  if (!isUuid(id)) return <NotFoundPage />;
  return <NetworkEmbed id={id} />;
}

/**
 * The directory as the address's query string filters it (`?theme=…&region=…`): how a theme or a
 * region becomes a sub-portal on another site. Values the API would refuse are dropped on the way
 * (search-state.ts) and the rest is only ever shown as text.
 */
export function DirectoryEmbedPage() {
  const { t } = useTranslation();
  const title = t('networks.embed.directoryTitle');
  return (
    <>
      <PageTitle page={title} />
      <KeepFocusHeading>{title}</KeepFocusHeading>
      <DirectorySearch embedded emptyText={t('networks.embed.directoryEmpty')} />
    </>
  );
}
