import { useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Outlet } from 'react-router';
import { styled } from 'styled-components';
import { ExternalLink, suomifiDesignTokens } from 'suomifi-ui-components';
import type { Lang } from '../../../common/languages.js';
import { pagePath } from '../../../common/routes.js';
import { i18nFor } from '../i18n/index.js';
import { useLang } from '../i18n/use-lang.js';
import { useTranslation } from '../i18n/use-translation.js';
import { Container } from './container.js';

const { colors, spacing, typography } = suomifiDesignTokens;

const Main = styled.main`
  padding-top: ${spacing.m};
`;

const Footer = styled.footer`
  margin-top: ${spacing.l};
  padding: ${spacing.s} 0;
  border-top: 1px solid ${colors.depthLight1};
  ${typography.bodyTextSmall};
`;

/** Where the data comes from, and the way to the whole service, outside the other site's frame. */
function Attribution() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Footer>
      <Container>
        {t('networks.embed.attribution')}{' '}
        <ExternalLink
          href={pagePath('home', lang)}
          toNewWindow
          labelNewWindow={t('networks.embed.newTab')}
          underline="initial"
        >
          Kudos
        </ExternalLink>
      </Container>
    </Footer>
  );
}

/**
 * The shell of a page shown inside another site's <iframe> (common/embed.ts): no header, menu or
 * footer of the site around it (the other site has its own), nothing to skip past; only the page
 * and a small line saying where it comes from.
 */
export function EmbedLayout({ lang }: { lang: Lang }) {
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <I18nextProvider i18n={i18nFor(lang)}>
      <Main>
        <Container>
          <Outlet />
        </Container>
      </Main>
      <Attribution />
    </I18nextProvider>
  );
}
