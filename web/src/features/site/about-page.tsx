import { useQuery } from '@tanstack/react-query';
import { styled } from 'styled-components';
import { ExternalLink, Heading, Link, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import type { AboutPage as About } from '../../../../common/schemas/site.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { PageFrame } from '../../ui/page-frame.js';
import { aboutQuery } from './api.js';
import { LocalText } from './local-text.js';
import { Prose } from './prose.js';

const { spacing } = suomifiDesignTokens;

const Contacts = styled.ul`
  list-style: none;
  padding-left: 0 !important;

  & > li {
    margin-bottom: ${spacing.m};
  }

  & strong {
    display: block;
  }
`;

const PostalAddress = styled.span`
  white-space: pre-line;
`;

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

function EmailLink({ email }: { email: string }) {
  return (
    <Link href={`mailto:${email}`} underline="initial">
      {email}
    </Link>
  );
}

function PhoneLink({ phone }: { phone: string }) {
  return (
    <Link href={telHref(phone)} underline="initial">
      {phone}
    </Link>
  );
}

function AboutContent({ about }: { about: About }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { contact } = about;
  const hasContact = Boolean(contact.email || contact.phone || contact.address);

  return (
    <Prose>
      <Paragraph mb="l">
        <LocalText text={about.intro} />
      </Paragraph>
      {about.permissions.edit && (
        <Paragraph mb="l">
          <AppLink to={pagePath('adminSitePages', lang)}>{t('aboutPage.edit')}</AppLink>
        </Paragraph>
      )}

      <section>
        <Heading variant="h2" mb="s">
          {t('aboutPage.organisationsHeading')}
        </Heading>
        {about.organisations.length > 0 ? (
          <ul>
            {about.organisations.map((o, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the entries have no identity but their place
              <li key={i}>
                {o.url ? (
                  <ExternalLink href={o.url} toNewWindow={false} underline="initial">
                    <LocalText text={o.name} />
                  </ExternalLink>
                ) : (
                  <LocalText text={o.name} />
                )}
                {o.role === 'coordinator' && ` (${t('aboutPage.coordinator')})`}
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph mb="l">{t('aboutPage.noOrganisations')}</Paragraph>
        )}
      </section>

      <section>
        <Heading variant="h2" mb="s">
          {t('aboutPage.contactHeading')}
        </Heading>
        {hasContact ? (
          <address>
            {contact.email && (
              <>
                {t('aboutPage.email')} <EmailLink email={contact.email} />
                <br />
              </>
            )}
            {contact.phone && (
              <>
                {t('aboutPage.phone')} <PhoneLink phone={contact.phone} />
                <br />
              </>
            )}
            {contact.address && <PostalAddress>{contact.address}</PostalAddress>}
          </address>
        ) : (
          <Paragraph mb="l">{t('aboutPage.noContact')}</Paragraph>
        )}
      </section>

      <section>
        <Heading variant="h2" mb="s">
          {t('aboutPage.regionalHeading')}
        </Heading>
        {about.regionalContacts.length > 0 ? (
          <Contacts>
            {about.regionalContacts.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the entries have no identity but their place
              <li key={i}>
                <strong>
                  <LocalText text={c.area} />
                </strong>
                {c.name}
                {c.email && (
                  <>
                    <br />
                    <EmailLink email={c.email} />
                  </>
                )}
                {c.phone && (
                  <>
                    <br />
                    <PhoneLink phone={c.phone} />
                  </>
                )}
              </li>
            ))}
          </Contacts>
        ) : (
          <Paragraph mb="l">{t('aboutPage.noRegional')}</Paragraph>
        )}
      </section>

      <section>
        <Heading variant="h2" mb="s">
          {t('aboutPage.moreHeading')}
        </Heading>
        <ul>
          <li>
            <AppLink to={pagePath('accessibility', lang)}>
              {t('accessibilityStatement.title')}
            </AppLink>
          </li>
          <li>
            <AppLink to={pagePath('privacy', lang)}>{t('privacy.title')}</AppLink>
          </li>
          <li>
            <Link href="/api/docs" underline="initial">
              {t('siteFooter.links.apiDocs')}
            </Link>
          </li>
        </ul>
      </section>
    </Prose>
  );
}

/** Who runs the programme and how to reach it, as the administrators keep it. */
export function AboutPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useQuery(aboutQuery(lang));
  return (
    <PageFrame title={t('aboutPage.title')}>
      {query.isPending && <DelayedLoading />}
      {query.isError && <ErrorBox error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && <AboutContent about={query.data} />}
    </PageFrame>
  );
}
