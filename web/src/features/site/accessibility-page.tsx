import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ExternalLink, Heading, Link, Paragraph } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import type { AccessibilityStatement } from '../../../../common/schemas/site.js';
import { useDateFormat, useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { PageFrame } from '../../ui/page-frame.js';
import { accessibilityQuery } from './api.js';
import { LocalText, useLocalString } from './local-text.js';
import { Prose } from './prose.js';

function Section({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <section>
      <Heading variant="h2" mb="s">
        {heading}
      </Heading>
      {children}
    </section>
  );
}

/** `tel:` wants the number without spaces; the Finnish national form is kept as written. */
const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

function Statement({ statement }: { statement: AccessibilityStatement }) {
  const { t } = useTranslation();
  const lang = useLang();
  const date = useDateFormat();
  const local = useLocalString();
  const { authority } = statement;

  return (
    <Prose>
      <Paragraph mb="m">{t('accessibilityStatement.intro')}</Paragraph>
      {statement.permissions.edit && (
        <Paragraph mb="l">
          <AppLink to={pagePath('adminSitePages', lang)}>
            {t('accessibilityStatement.edit')}
          </AppLink>
        </Paragraph>
      )}

      <Section heading={t('accessibilityStatement.statusHeading')}>
        <Paragraph mb="l">{t(`accessibilityStatement.status.${statement.compliance}`)}</Paragraph>
      </Section>

      <Section heading={t('accessibilityStatement.assessmentHeading')}>
        <Paragraph mb="l">{t('accessibilityStatement.assessmentText')}</Paragraph>
      </Section>

      <Section heading={t('accessibilityStatement.shortcomingsHeading')}>
        {statement.shortcomings.length > 0 ? (
          <ul>
            {statement.shortcomings.map((item, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the items have no identity but their place
              <li key={i}>
                <LocalText text={item} />
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph mb="l">{t('accessibilityStatement.noShortcomings')}</Paragraph>
        )}
      </Section>

      <Section heading={t('accessibilityStatement.feedbackHeading')}>
        <Paragraph mb="s">{t('accessibilityStatement.feedbackText')}</Paragraph>
        {statement.feedbackEmail ? (
          <Paragraph mb="l">
            {t('accessibilityStatement.feedbackEmail')}{' '}
            <Link href={`mailto:${statement.feedbackEmail}`} underline="initial">
              {statement.feedbackEmail}
            </Link>
          </Paragraph>
        ) : (
          <Paragraph mb="l">
            {t('accessibilityStatement.feedbackNotSet')}{' '}
            <AppLink to={pagePath('about', lang)}>{t('aboutPage.title')}</AppLink>.
          </Paragraph>
        )}
      </Section>

      <Section heading={t('accessibilityStatement.authorityHeading')}>
        <Paragraph mb="s">{t('accessibilityStatement.authorityText')}</Paragraph>
        <address>
          <LocalText text={authority.name} />
          <br />
          <LocalText text={authority.unit} />
          <br />
          <ExternalLink href={local(authority.url)} toNewWindow={false} underline="initial">
            {local(authority.url)
              .replace(/^https?:\/\//, '')
              .replace(/\/$/, '')}
          </ExternalLink>
          <br />
          {t('accessibilityStatement.email')}{' '}
          <Link href={`mailto:${authority.email}`} underline="initial">
            {authority.email}
          </Link>
          <br />
          {t('accessibilityStatement.phone')}{' '}
          <Link href={telHref(authority.phone)} underline="initial">
            {authority.phone}
          </Link>
        </address>
      </Section>

      <Section heading={t('accessibilityStatement.infoHeading')}>
        <Paragraph mb="xs">
          {t('accessibilityStatement.prepared', { date: date(statement.preparedOn) })}
        </Paragraph>
        <Paragraph mb="s">
          {t('accessibilityStatement.reviewed', { date: date(statement.reviewedOn) })}
        </Paragraph>
        <Paragraph mb="l">
          <ExternalLink
            href={t('accessibilityStatement.lawUrl')}
            toNewWindow={false}
            underline="initial"
          >
            {t('accessibilityStatement.lawName')}
          </ExternalLink>
        </Paragraph>
      </Section>
    </Prose>
  );
}

/**
 * The accessibility statement (saavutettavuusseloste) that the Act on the Provision of Digital
 * Services (306/2019) requires: its fixed wording is here, the facts an administrator keeps up to
 * date (status, shortcomings, feedback address, authority, dates) come from the site module.
 */
export function AccessibilityPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useQuery(accessibilityQuery(lang));
  return (
    <PageFrame title={t('accessibilityStatement.title')}>
      {query.isPending && <DelayedLoading />}
      {query.isError && <ErrorBox error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && <Statement statement={query.data} />}
    </PageFrame>
  );
}
