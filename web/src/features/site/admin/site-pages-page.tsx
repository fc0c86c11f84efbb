import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { pagePath } from '../../../../../common/routes.js';
import { useLang } from '../../../i18n/use-lang.js';
import { useTranslation } from '../../../i18n/use-translation.js';
import { AppLink } from '../../../ui/app-link.js';
import { DelayedLoading } from '../../../ui/delayed-loading.js';
import { ErrorBox } from '../../../ui/error-box.js';
import { FormColumn } from '../../../ui/form/form-layout.js';
import { PageFrame } from '../../../ui/page-frame.js';
import { Section } from '../../../ui/section.js';
import { NoPermission, RequireLogin } from '../../auth/require-login.js';
import { aboutQuery, accessibilityQuery } from '../api.js';
import { AboutForm } from './about-form.js';
import { AccessibilityForm } from './accessibility-form.js';

/**
 * One editable site page: its heading, a link to the page, and its form once the content has
 * loaded (the server says whether the reader may edit it).
 */
function SitePageSection<T extends { permissions: { edit: boolean } }>({
  id,
  title,
  intro,
  page,
  query,
  form,
}: {
  id: string;
  title: string;
  intro: string;
  page: 'accessibility' | 'about';
  query: UseQueryResult<T>;
  form: (content: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Section aria-labelledby={id}>
      <Heading variant="h2" id={id} mb="s">
        {title}
      </Heading>
      <Paragraph mb="m">
        {intro} <AppLink to={pagePath(page, lang)}>{t('sitePages.viewPage')}</AppLink>
      </Paragraph>
      {query.isPending && <DelayedLoading />}
      {query.isError && <ErrorBox error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess &&
        (query.data.permissions.edit ? (
          <FormColumn as="div">{form(query.data)}</FormColumn>
        ) : (
          <NoPermission />
        ))}
    </Section>
  );
}

function AccessibilitySection() {
  const { t } = useTranslation();
  const query = useQuery(accessibilityQuery(useLang()));
  return (
    <SitePageSection
      id="site-accessibility-heading"
      title={t('accessibilityStatement.title')}
      intro={t('sitePages.accessibility.intro')}
      page="accessibility"
      query={query}
      form={(statement) => <AccessibilityForm statement={statement} />}
    />
  );
}

function AboutSection() {
  const { t } = useTranslation();
  const query = useQuery(aboutQuery(useLang()));
  return (
    <SitePageSection
      id="site-about-heading"
      title={t('aboutPage.title')}
      intro={t('sitePages.about.pageIntro')}
      page="about"
      query={query}
      form={(about) => <AboutForm about={about} />}
    />
  );
}

/** Administrators keep the accessibility statement and the about page up to date here. */
export function SitePagesPage() {
  const { t } = useTranslation();
  return (
    <PageFrame title={t('sitePages.title')}>
      <RequireLogin permission="editSitePages">
        {() => (
          <>
            <Paragraph mb="l">{t('sitePages.intro')}</Paragraph>
            <AccessibilitySection />
            <AboutSection />
          </>
        )}
      </RequireLogin>
    </PageFrame>
  );
}
