import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { pagePath } from '../../../../../common/routes.js';
import { useLang } from '../../../i18n/use-lang.js';
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

function AccessibilitySection() {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useQuery(accessibilityQuery(lang));
  return (
    <Section aria-labelledby="site-accessibility-heading">
      <Heading variant="h2" id="site-accessibility-heading" mb="s">
        {t('accessibilityStatement.title')}
      </Heading>
      <Paragraph mb="m">
        {t('sitePages.accessibility.intro')}{' '}
        <AppLink to={pagePath('accessibility', lang)}>{t('sitePages.viewPage')}</AppLink>
      </Paragraph>
      {query.isPending && <DelayedLoading />}
      {query.isError && <ErrorBox error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess &&
        (query.data.permissions.edit ? (
          <FormColumn as="div">
            <AccessibilityForm statement={query.data} />
          </FormColumn>
        ) : (
          <NoPermission />
        ))}
    </Section>
  );
}

function AboutSection() {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useQuery(aboutQuery(lang));
  return (
    <Section aria-labelledby="site-about-heading">
      <Heading variant="h2" id="site-about-heading" mb="s">
        {t('aboutPage.title')}
      </Heading>
      <Paragraph mb="m">
        {t('sitePages.about.pageIntro')}{' '}
        <AppLink to={pagePath('about', lang)}>{t('sitePages.viewPage')}</AppLink>
      </Paragraph>
      {query.isPending && <DelayedLoading />}
      {query.isError && <ErrorBox error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess &&
        (query.data.permissions.edit ? (
          <FormColumn as="div">
            <AboutForm about={query.data} />
          </FormColumn>
        ) : (
          <NoPermission />
        ))}
    </Section>
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
