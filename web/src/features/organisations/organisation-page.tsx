import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { styled } from 'styled-components';
import { InlineAlert, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import type { OrganisationDetail } from '../../../../common/schemas/organisations.js';
import { isUuid } from '../../../../common/uuid.js';
import { ApiError } from '../../app/api-client.js';
import { useDateFormat, useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { Breadcrumbs, type Crumb } from '../../ui/breadcrumbs.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { PageHeading } from '../../ui/page-heading.js';
import { PageTitle } from '../../ui/page-title.js';
import { Section } from '../../ui/section.js';
import { DemoOrganisationNotice } from '../demo/demo-notices.js';
import { OrganisationNetworks } from '../networks/organisation-networks.js';
import { NotFoundPage } from '../not-found/not-found-page.js';
import { OrganisationProjects } from '../projects/organisation-projects.js';
import { LocalizedName } from '../regions/region-name.js';
import { OrganisationRelations } from '../relations/organisation-relations.js';
import { organisationQuery } from './api.js';
import { DefinitionsSection } from './definitions-section.js';
import { displayName, vocabularyText } from './labels.js';
import { OrganisationActions } from './organisation-actions.js';
import { OrganisationFacts } from './organisation-facts.js';
import { RepresentSection } from './represent-section.js';

const { spacing } = suomifiDesignTokens;

const Intro = styled.div`
  display: flex;
  flex-wrap: wrap-reverse;
  justify-content: space-between;
  align-items: flex-start;
  gap: ${spacing.m} ${spacing.xl};
  margin-bottom: ${spacing.xl};
`;

const Logo = styled.img`
  max-width: 12rem;
  max-height: 8rem;
  object-fit: contain;
`;

const Lead = styled.p`
  margin: 0;
  font-size: 20px;
`;

const Dates = styled.p`
  margin: 0;
`;

function useParentCrumbs(): Crumb[] {
  const { t } = useTranslation();
  const lang = useLang();
  return [
    { label: t('nav.home'), to: pagePath('home', lang) },
    { label: t('directory.title'), to: pagePath('organisations', lang) },
  ];
}

/** A profile that is not in the public directory says so at the top. */
function StateNotice({ state }: { state: OrganisationDetail['state'] }) {
  const { t } = useTranslation();
  if (state === 'pending') {
    return (
      <InlineAlert status="warning" labelText={t('organisation.pending.heading')} mb="l">
        <Paragraph>{t('organisation.pending.text')}</Paragraph>
      </InlineAlert>
    );
  }
  if (state === 'rejected') {
    return (
      <InlineAlert status="error" labelText={t('organisation.rejected.heading')} mb="l">
        <Paragraph>{t('organisation.rejected.text')}</Paragraph>
      </InlineAlert>
    );
  }
  return null;
}

/** What it is and where: legal form or actor type, then the place. */
function LeadLine({ organisation: o }: { organisation: OrganisationDetail }) {
  const lang = useLang();
  const kind = o.legalForm
    ? vocabularyText('legalForms', o.legalForm, lang)
    : o.actorTypes[0] && vocabularyText('actorTypes', o.actorTypes[0], lang);
  if (!kind && !o.municipality) return null;
  return (
    <Lead>
      {kind}
      {kind && o.municipality && ', '}
      {o.municipality && <LocalizedName name={o.municipality.name} />}
    </Lead>
  );
}

function OrganisationView({ organisation: o }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const parents = useParentCrumbs();
  const formatDate = useDateFormat();
  const name = displayName(o, lang);
  return (
    <>
      <PageTitle page={name} />
      <Breadcrumbs items={[...parents, { label: name }]} />
      <PageHeading>{name}</PageHeading>
      <StateNotice state={o.state} />
      {o.demo && <DemoOrganisationNotice />}
      <Intro>
        <LeadLine organisation={o} />
        {o.logoUrl && <Logo src={o.logoUrl} alt={t('organisation.logoAlt', { name })} />}
      </Intro>
      <Section>
        <OrganisationActions organisation={o} />
      </Section>
      <Section>
        <OrganisationFacts organisation={o} />
        <Dates>
          {t('organisation.facts.confirmedAt', { date: formatDate(o.confirmedAt) })}{' '}
          {t('organisation.facts.updatedAt', { date: formatDate(o.updatedAt) })}
        </Dates>
      </Section>
      <Section>
        <DefinitionsSection organisation={o} />
      </Section>
      {o.state === 'published' && <OrganisationProjects organisationId={o.id} />}
      {o.state === 'published' && <OrganisationRelations organisation={o} />}
      {o.state === 'published' && <OrganisationNetworks organisationId={o.id} />}
      <RepresentSection organisation={o} />
    </>
  );
}

/** A duplicate that was merged into another profile points the reader to that one. */
function MergedView({ survivor }: { survivor: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const parents = useParentCrumbs();
  const title = t('organisation.merged.title');
  return (
    <>
      <PageTitle page={title} />
      <Breadcrumbs items={[...parents, { label: title }]} />
      <PageHeading>{title}</PageHeading>
      <Paragraph mb="m">{t('organisation.merged.text')}</Paragraph>
      <AppLink to={pagePath('organisation', lang, { id: survivor })}>
        {t('organisation.merged.link')}
      </AppLink>
    </>
  );
}

function OrganisationLoader({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const parents = useParentCrumbs();
  const query = useQuery(organisationQuery(id, lang));

  if (query.isSuccess) return <OrganisationView organisation={query.data} />;
  const error = query.error;
  if (error instanceof ApiError && error.code === 'organisation_merged') {
    const survivor = (error.details as { mergedInto?: unknown } | undefined)?.mergedInto;
    if (isUuid(survivor)) return <MergedView survivor={survivor} />;
  }
  if (error instanceof ApiError && error.status === 404) return <NotFoundPage />;

  // Until the name is known, the page is titled by what it is.
  const title = t('organisation.fallbackTitle');
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

/** One organisation of the registry by its id; an id that is not one gets the not-found page. */
export function OrganisationPage() {
  const { id = '' } = useParams();
  // Ids are UUIDs: anything else cannot be an organisation, so the API is not asked.
  if (!isUuid(id)) return <NotFoundPage />;
  return <OrganisationLoader id={id} />;
}
