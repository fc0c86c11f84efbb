import type { ReactNode } from 'react';
import { styled } from 'styled-components';
import { ExternalLink, Heading, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import type { Lang } from '../../../../common/languages.js';
import { pagePath } from '../../../../common/routes.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { PageFrame } from '../../ui/page-frame.js';

const Text = styled.div`
  max-width: 70ch;

  & ul {
    margin: 0 0 ${suomifiDesignTokens.spacing.l};
    padding-left: 1.25rem;
  }

  & li {
    margin-bottom: ${suomifiDesignTokens.spacing.xs};
  }

  & h2 {
    margin-top: ${suomifiDesignTokens.spacing.xl};
  }
`;

// The Data Protection Ombudsman's site in the reader's language.
const ombudsmanUrl: Record<Lang, string> = {
  fi: 'https://tietosuoja.fi/',
  sv: 'https://tietosuoja.fi/sv/',
  en: 'https://tietosuoja.fi/en/',
};

const storedItems = ['email', 'name', 'lang', 'password', 'sessions', 'audit', 'emails'] as const;
const basisItems = ['service', 'security'] as const;
const retentionItems = ['account', 'sessions', 'verify', 'reset', 'audit'] as const;
const rightsItems = ['access', 'rectify', 'erase'] as const;

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

/** The privacy notice (tietosuojaseloste) of user accounts, in plain language. */
export function PrivacyPage() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <PageFrame title={t('privacy.title')}>
      <Text>
        <Paragraph mb="l">{t('privacy.intro')}</Paragraph>

        <Section heading={t('privacy.controllerHeading')}>
          <Paragraph mb="l">{t('privacy.controllerText')}</Paragraph>
        </Section>

        <Section heading={t('privacy.storedHeading')}>
          <Paragraph mb="s">{t('privacy.storedIntro')}</Paragraph>
          <ul>
            {storedItems.map((item) => (
              <li key={item}>{t(`privacy.stored.${item}`)}</li>
            ))}
          </ul>
        </Section>

        <Section heading={t('privacy.purposeHeading')}>
          <Paragraph mb="s">{t('privacy.purposeText')}</Paragraph>
          <ul>
            {basisItems.map((item) => (
              <li key={item}>{t(`privacy.basis.${item}`)}</li>
            ))}
          </ul>
        </Section>

        <Section heading={t('privacy.retentionHeading')}>
          <ul>
            {retentionItems.map((item) => (
              <li key={item}>{t(`privacy.retention.${item}`)}</li>
            ))}
          </ul>
        </Section>

        <Section heading={t('privacy.rightsHeading')}>
          <ul>
            {rightsItems.map((item) => (
              <li key={item}>{t(`privacy.rights.${item}`)}</li>
            ))}
            <li>
              {t('privacy.rights.complain')}{' '}
              <ExternalLink href={ombudsmanUrl[lang]} toNewWindow={false} underline="initial">
                {t('privacy.ombudsman')}
              </ExternalLink>
            </li>
          </ul>
          <Paragraph mb="l">
            <AppLink to={pagePath('account', lang)}>{t('nav.account')}</AppLink>
          </Paragraph>
        </Section>

        <Section heading={t('privacy.cookiesHeading')}>
          <Paragraph mb="l">{t('privacy.cookiesText')}</Paragraph>
        </Section>
      </Text>
    </PageFrame>
  );
}
