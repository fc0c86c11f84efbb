import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { useParams } from 'react-router';
import { styled } from 'styled-components';
import { Heading, InlineAlert, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import type { NetworkDetail } from '../../../../common/schemas/networks.js';
import { isUuid } from '../../../../common/uuid.js';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { Breadcrumbs, type Crumb } from '../../ui/breadcrumbs.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { KeepFocusHeading } from '../../ui/keep-focus-heading.js';
import { PageHeading } from '../../ui/page-heading.js';
import { PageTitle } from '../../ui/page-title.js';
import { Section } from '../../ui/section.js';
import { useHydrated } from '../../ui/use-hydrated.js';
import { NotFoundPage } from '../not-found/not-found-page.js';
import { DirectorySearch } from '../organisations/directory-search.js';
import { pickUserText } from '../organisations/labels.js';
import { networkQuery } from './api.js';
import { EmbedSnippet } from './embed-snippet.js';
import { kindAndPlace } from './labels.js';
import { NetworkFacts } from './network-facts.js';
import { NetworkProjects } from './network-projects.js';

// What only those who run or moderate the network use (the members' form and dialogs, archiving)
// comes only to them; readers of the page never download it.
const loadEditing = () => import('./editing.js');
const MemberManagement = lazy(() => loadEditing().then((m) => ({ default: m.MemberManagement })));
const ArchiveNetwork = lazy(() => loadEditing().then((m) => ({ default: m.ArchiveNetwork })));

const { spacing } = suomifiDesignTokens;

const Lead = styled.p`
  margin: 0 0 ${spacing.l};
  font-size: 20px;
`;

const Links = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${spacing.s} ${spacing.l};
  margin: 0 0 ${spacing.m};
  padding: 0;
  list-style: none;
`;

/** Buttons side by side; the embed code opens below them. */
const Tools = styled.div`
  margin-bottom: ${spacing.xl};

  & > button {
    margin: 0 ${spacing.s} ${spacing.s} 0;
  }
`;

function useParentCrumbs(): Crumb[] {
  const { t } = useTranslation();
  const lang = useLang();
  return [
    { label: t('nav.home'), to: pagePath('home', lang) },
    { label: t('networks.title'), to: pagePath('networks', lang) },
  ];
}

/** What the caller may do: change it, read its history, archive it, and embed it (anyone). */
function NetworkActions({ network: n, name }: { network: NetworkDetail; name: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { edit, moderate } = n.permissions;
  // Archiving is lazy: drawn only in the browser (see NetworkView).
  const hydrated = useHydrated();
  return (
    <>
      {(edit || moderate) && (
        <Links>
          {edit && (
            <li>
              <AppLink to={pagePath('networkEdit', lang, { id: n.id })}>
                {t('networks.editLink')}
              </AppLink>
            </li>
          )}
          <li>
            <AppLink to={pagePath('networkHistory', lang, { id: n.id })}>
              {t('networks.historyLink')}
            </AppLink>
          </li>
        </Links>
      )}
      <Tools>
        {/* It says it was done after the network has become archived, so it stays. */}
        {moderate && hydrated && (
          <Suspense fallback={null}>
            <ArchiveNetwork network={n} name={name} />
          </Suspense>
        )}
        <EmbedSnippet
          path={pagePath('networkEmbed', lang, { id: n.id })}
          frameTitle={t('networks.embed.networkTitle', { name })}
          buttonText={t('networks.embed.button')}
          intro={t('networks.embed.intro')}
        />
      </Tools>
    </>
  );
}

function NetworkView({ network: n }: { network: NetworkDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const parents = useParentCrumbs();
  const name = pickUserText(n.name, lang);
  const mayAct = n.permissions.edit || n.permissions.moderate;
  // The editing parts are lazy: drawn only in the browser, as a server's drawing cannot wait for
  // them (React would give up on the page's Suspense boundary, error 419).
  const hydrated = useHydrated();

  // Fetched ahead for those who may act, so that their first button press opens at once.
  useEffect(() => {
    if (mayAct) void loadEditing();
  }, [mayAct]);

  return (
    <>
      <PageTitle page={name.text} />
      <Breadcrumbs items={[...parents, { label: name.text, lang: name.lang }]} />
      {/* The member search below changes the address; the reader stays where they are. */}
      <KeepFocusHeading lang={name.lang}>{name.text}</KeepFocusHeading>
      {n.state === 'archived' && (
        <InlineAlert status="warning" labelText={t('networks.archived.heading')} mb="l">
          <Paragraph>{t('networks.archived.text')}</Paragraph>
        </InlineAlert>
      )}
      <Lead>{kindAndPlace(n, t, lang)}</Lead>
      <NetworkActions network={n} name={name.text} />
      <Section aria-labelledby="network-facts-heading">
        <Heading variant="h2" id="network-facts-heading" mb="m">
          {t('networks.facts.heading')}
        </Heading>
        <NetworkFacts network={n} />
      </Section>
      <Section aria-labelledby="network-members-heading">
        <Heading variant="h2" id="network-members-heading" mb="m">
          {t('networks.members.heading')}
        </Heading>
        <DirectorySearch
          scope={{ network: n.id }}
          headingLevel={3}
          emptyText={t('networks.members.none')}
        />
      </Section>
      {n.permissions.edit && hydrated && (
        <Suspense fallback={<DelayedLoading />}>
          <MemberManagement network={n} />
        </Suspense>
      )}
      <NetworkProjects networkId={n.id} />
    </>
  );
}

function NetworkLoader({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const parents = useParentCrumbs();
  const query = useQuery(networkQuery(id, lang));
  if (query.isSuccess) return <NetworkView network={query.data} />;
  if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
  // Until the name is known, the page is titled by what it is.
  const title = t('networks.fallbackTitle');
  return (
    <>
      <PageTitle page={title} />
      <Breadcrumbs items={parents} />
      {query.isError ? (
        <>
          <PageHeading>{title}</PageHeading>
          <ErrorBox error={query.error} onRetry={() => void query.refetch()} />
        </>
      ) : (
        <DelayedLoading />
      )}
    </>
  );
}

/** A network's own page, a sub-portal: what it is, its members as a directory, their projects. */
export function NetworkPage() {
  const { id = '' } = useParams();
  if (!isUuid(id)) return <NotFoundPage />;
  return <NetworkLoader id={id} />;
}
