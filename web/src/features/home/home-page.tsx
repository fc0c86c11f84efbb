import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { styled } from 'styled-components';
import { Button, Heading, Paragraph, suomifiDesignTokens, TextInput } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { builtModules, modules } from '../../app/modules.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { useTypedBeforeReady } from '../../ui/form/use-typed-before-ready.js';
import { PageHeading } from '../../ui/page-heading.js';
import { overviewQuery } from '../organisations/api.js';
import { ProposeLinks } from '../organisations/propose-links.js';
import { ResultList } from '../organisations/result-list.js';
import { AreaList } from './area-list.js';

const { spacing } = suomifiDesignTokens;

const Lead = styled(Paragraph)`
  &.fi-paragraph {
    max-width: 60ch;
    margin-bottom: ${spacing.xl};
    font-size: 22px;
  }
`;

const Text = styled(Paragraph)`
  &.fi-paragraph {
    max-width: 70ch;
  }
`;

const Search = styled.form`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: ${spacing.s};
  margin-bottom: ${spacing.xxl};

  & > :first-child {
    flex: 1 1 12rem;
    max-width: 36rem;
  }
`;

const Section = styled.section`
  margin-bottom: ${spacing.xxl};
`;

const Figures = styled.p`
  margin: 0 0 ${spacing.m};
  font-size: 20px;
  font-weight: 600;
`;

const searchBoxId = 'home-q';

/** A search box that goes straight to the directory with the words typed. */
function DirectorySearch() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  useTypedBeforeReady(searchBoxId, q, setQ);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const words = q.trim();
    const query = words ? `?${new URLSearchParams({ q: words })}` : '';
    void navigate(`${pagePath('organisations', lang)}${query}`);
  };
  return (
    <Search role="search" aria-label={t('home.searchLabel')} onSubmit={submit}>
      <TextInput
        id={searchBoxId}
        labelText={t('home.searchLabel')}
        hintText={t('home.searchHint')}
        value={q}
        onChange={(value) => setQ(String(value ?? ''))}
        name="q"
        maxLength={200}
        fullWidth
      />
      <Button type="submit">{t('home.searchSubmit')}</Button>
    </Search>
  );
}

/** How many organisations in how many regions, and the latest additions; live from the registry. */
function RegistryNow() {
  const { t } = useTranslation();
  const lang = useLang();
  const headingId = useId();
  const overview = useQuery(overviewQuery(lang));
  const data = overview.data;
  return (
    <Section aria-labelledby={headingId}>
      <Heading variant="h2" id={headingId} mb="s">
        {t('home.statsHeading')}
      </Heading>
      {overview.isPending && <DelayedLoading />}
      {overview.isError && <Paragraph mb="m">{t('home.statsFailed')}</Paragraph>}
      {data &&
        (data.organisations === 0 ? (
          <Paragraph mb="m">{t('home.empty')}</Paragraph>
        ) : (
          <>
            <Figures>
              {t('home.statsOrganisations', { count: data.organisations })}{' '}
              {t('home.statsRegions', { count: data.regions })}
            </Figures>
            <Heading variant="h3" mb="xs">
              {t('home.latestHeading')}
            </Heading>
            <ResultList items={data.latest} busy={false} headingLevel="h4" />
            <AppLink to={pagePath('organisations', lang)}>{t('directory.title')}</AppLink>
          </>
        ))}
    </Section>
  );
}

/** How an organisation gets into the directory. */
function Propose() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Section aria-labelledby={headingId}>
      <Heading variant="h2" id={headingId} mb="s">
        {t('home.proposeHeading')}
      </Heading>
      <Text mb="m">{t('home.proposeText')}</Text>
      <ProposeLinks />
    </Section>
  );
}

/**
 * The front page: what Kudos is, a search straight into the directory, the registry as it is now,
 * how to propose an organisation, the areas (built ones as links, from app/modules.ts) and who
 * runs Kudos.
 */
export function HomePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const built = builtModules.map((m) => ({
    id: m.id,
    title: <AppLink to={pagePath(m.page, lang)}>{t(`home.areas.${m.id}.title`)}</AppLink>,
    text: t(`home.areas.${m.id}.text`),
  }));
  // Planned areas are described without links until they exist.
  const coming = modules
    .filter((m) => !m.page)
    .map((m) => ({
      id: m.id,
      title: t(`home.areas.${m.id}.title`),
      text: t(`home.areas.${m.id}.text`),
    }));

  return (
    <>
      <title>{t('home.documentTitle')}</title>
      <PageHeading>{t('home.heading')}</PageHeading>
      <Lead>{t('home.lead')}</Lead>
      <DirectorySearch />
      <RegistryNow />
      <Propose />

      <Heading variant="h2" mb="m">
        {t('home.nowHeading')}
      </Heading>
      <AreaList areas={built} built />

      {coming.length > 0 && (
        <>
          <Heading variant="h2" mb="s">
            {t('home.comingHeading')}
          </Heading>
          <Paragraph mb="m">{t('home.comingIntro')}</Paragraph>
          <AreaList areas={coming} built={false} />
        </>
      )}

      <Heading variant="h2" mb="s">
        {t('home.whoHeading')}
      </Heading>
      <Text>{t('home.whoText')}</Text>
    </>
  );
}
