import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { styled } from 'styled-components';
import { Heading, InlineAlert, Link, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import { pickText } from '../../../../common/languages.js';
import type { programmeGoals } from '../../../../common/project-fields.js';
import { pagePath } from '../../../../common/routes.js';
import type { ProjectDetail } from '../../../../common/schemas/projects.js';
import { isUuid } from '../../../../common/uuid.js';
import { ApiError } from '../../app/api-client.js';
import { useDateFormat, useEuroFormat, useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { Breadcrumbs, type Crumb } from '../../ui/breadcrumbs.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { Fact, FactList, FactText, isWebAddress } from '../../ui/facts.js';
import { PageHeading } from '../../ui/page-heading.js';
import { PageTitle } from '../../ui/page-title.js';
import { Section } from '../../ui/section.js';
import { NotFoundPage } from '../not-found/not-found-page.js';
import { displayName, vocabularyText } from '../organisations/labels.js';
import { projectQuery } from './api.js';
import { projectText } from './labels.js';
import { usePeriod } from './project-list.js';
import { ProjectRegionsMap } from './project-regions-map.js';

const Links = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${suomifiDesignTokens.spacing.s} ${suomifiDesignTokens.spacing.l};
  margin: 0 0 ${suomifiDesignTokens.spacing.l};
  padding: 0;
  list-style: none;
`;

type ProgrammeGoal = (typeof programmeGoals)[number];

const Logo = styled.img`
  display: block;
  max-width: 12rem;
  max-height: 8rem;
  object-fit: contain;
  margin-bottom: ${suomifiDesignTokens.spacing.l};
`;

function useParentCrumbs(): Crumb[] {
  const { t } = useTranslation();
  const lang = useLang();
  return [
    { label: t('nav.home'), to: pagePath('home', lang) },
    { label: t('projects.title'), to: pagePath('projects', lang) },
  ];
}

function StateNotice({ state }: { state: ProjectDetail['state'] }) {
  const { t } = useTranslation();
  if (state === 'published') return null;
  return (
    <InlineAlert
      status={state === 'rejected' ? 'error' : 'warning'}
      labelText={t(`projects.state.${state}.heading`)}
      mb="l"
    >
      <Paragraph>{t(`projects.state.${state}.text`)}</Paragraph>
    </InlineAlert>
  );
}

function Partners({ partners }: { partners: ProjectDetail['partners'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Section>
      <Heading variant="h2" mb="m">
        {t('projects.partnersHeading')}
      </Heading>
      {partners.length === 0 ? (
        <Paragraph>{t('projects.noPartners')}</Paragraph>
      ) : (
        <ul>
          {partners.map((p) => (
            <li key={p.organisation.id}>
              <AppLink to={pagePath('organisation', lang, { id: p.organisation.id })}>
                {displayName(p.organisation, lang)}
              </AppLink>{' '}
              ({t(`projects.roles.${p.role}`)})
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function ProjectView({ project: p }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const parents = useParentCrumbs();
  const period = usePeriod();
  const euros = useEuroFormat();
  const formatDate = useDateFormat();
  const title = projectText(p.title, lang);
  const description = projectText(p.description, lang);
  const when = period(p.startDate, p.endDate);
  const where = p.national
    ? t('projects.national')
    : p.regions.map((r) => pickText(r.name, lang).text).join(', ');
  return (
    <>
      <PageTitle page={title.text} />
      <Breadcrumbs items={[...parents, { label: title.text }]} />
      <PageHeading lang={title.lang}>{title.text}</PageHeading>
      <StateNotice state={p.state} />
      {p.logoUrl && <Logo src={p.logoUrl} alt={t('projects.logoAlt', { name: title.text })} />}
      {(p.permissions.edit || p.permissions.moderate) && (
        <Links>
          {p.permissions.edit && (
            <li>
              <AppLink to={pagePath('projectEdit', lang, { id: p.id })}>
                {t('projects.editLink')}
              </AppLink>
            </li>
          )}
          <li>
            <AppLink to={pagePath('projectHistory', lang, { id: p.id })}>
              {t('projects.historyLink')}
            </AppLink>
          </li>
        </Links>
      )}
      <Section>
        <FactList>
          <Fact term={t('projects.status')}>{t(`projects.statuses.${p.status}`)}</Fact>
          {when && <Fact term={t('projects.periodTerm')}>{when}</Fact>}
          {where && (
            <Fact term={t('projects.where')}>
              {where}
              {!p.national && p.regions.length > 0 && <ProjectRegionsMap regions={p.regions} />}
            </Fact>
          )}
          {p.fundingProgramme && (
            <Fact term={t('projects.fundingProgramme')}>
              {t(`projects.funding.${p.fundingProgramme}`)}
            </Fact>
          )}
          {p.budget !== null && <Fact term={t('projects.budget')}>{euros(p.budget)}</Fact>}
          {p.publicFunding !== null && (
            <Fact term={t('projects.publicFunding')}>{euros(p.publicFunding)}</Fact>
          )}
          {description.text && (
            <>
              <dt>{t('projects.description')}</dt>
              <FactText lang={description.lang}>{description.text}</FactText>
            </>
          )}
          {p.goals.length > 0 && (
            <Fact term={t('projects.goalsTerm')}>
              <ul>
                {p.goals.map((g) => (
                  <li key={g}>{t(`projects.goals.${g as ProgrammeGoal}`)}</li>
                ))}
              </ul>
            </Fact>
          )}
          {p.themes.length > 0 && (
            <Fact term={t('projects.themes')}>
              {p.themes.map((code) => vocabularyText('themes', code, lang)).join(', ')}
            </Fact>
          )}
          {p.website && (
            <Fact term={t('projects.website')}>
              {isWebAddress(p.website) ? <Link href={p.website}>{p.website}</Link> : p.website}
            </Fact>
          )}
          {p.contact && (p.contact.name || p.contact.email) && (
            <Fact term={t('projects.contact')}>
              {p.contact.name}
              {p.contact.name && p.contact.email && ', '}
              {p.contact.email && <Link href={`mailto:${p.contact.email}`}>{p.contact.email}</Link>}
            </Fact>
          )}
          {p.eura?.code && <Fact term={t('projects.eura.code')}>{p.eura.code}</Fact>}
          {p.eura?.priority && <Fact term={t('projects.eura.priority')}>{p.eura.priority}</Fact>}
          {p.eura?.specificObjective && (
            <Fact term={t('projects.eura.specificObjective')}>{p.eura.specificObjective}</Fact>
          )}
          {p.eura?.authority && <Fact term={t('projects.eura.authority')}>{p.eura.authority}</Fact>}
        </FactList>
        <Paragraph>{t('projects.updatedAt', { date: formatDate(p.updatedAt) })}</Paragraph>
      </Section>
      <Partners partners={p.partners} />
    </>
  );
}

function ProjectLoader({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const parents = useParentCrumbs();
  const query = useQuery(projectQuery(id, lang));
  if (query.isSuccess) return <ProjectView project={query.data} />;
  if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
  const title = t('projects.fallbackTitle');
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

/** One project by its id; an id that is not one gets the not-found page. */
export function ProjectPage() {
  const { id = '' } = useParams();
  if (!isUuid(id)) return <NotFoundPage />;
  return <ProjectLoader id={id} />;
}
