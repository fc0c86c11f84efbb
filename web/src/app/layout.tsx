import { type MouseEvent, type ReactNode, useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Outlet, useNavigation } from 'react-router';
import { styled } from 'styled-components';
import { SkipLink } from 'suomifi-ui-components';
import type { Lang } from '../../../common/languages.js';
import { DemoBanner } from '../features/demo/demo-notices.js';
import { i18nFor } from '../i18n/index.js';
import { useTranslation } from '../i18n/use-translation.js';
import { DelayedLoading } from '../ui/delayed-loading.js';
import { Container } from './container.js';
import { SiteFooter } from './site-footer.js';
import { SiteHeader } from './site-header.js';

const mainId = 'main';

const Shell = styled.div`
  display: flex;
  flex-direction: column;
  min-height: 100vh;
`;

// The skip link and page changes move focus here from script; it is not a control of its own.
const Main = styled.main`
  flex: 1;
  padding-top: 30px;

  &:focus {
    outline: none;
  }
`;

function SkipToMain() {
  const { t } = useTranslation();
  // Focus main directly: following the #main hash would count as a navigation for the router,
  // which would then move focus to the page heading instead.
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(mainId)?.focus();
  };
  return (
    <SkipLink href={`#${mainId}`} onClick={skip}>
      {t('app.skipToContent')}
    </SkipLink>
  );
}

/**
 * Said while the router fetches the code of the next page (see lazy-pages.tsx); the current page
 * stays until the next one is ready, and the indicator appears only if that takes a while.
 */
function NextPageLoading() {
  const navigation = useNavigation();
  return navigation.state === 'loading' ? <DelayedLoading /> : null;
}

interface LayoutProps {
  lang: Lang;
  /** The page; by default the matched child route. */
  children?: ReactNode;
}

/** The shell of every page in one language: skip link, header, main content, footer. */
export function Layout({ lang, children }: LayoutProps) {
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <I18nextProvider i18n={i18nFor(lang)}>
      <Shell>
        <SkipToMain />
        <SiteHeader />
        <DemoBanner />
        <Main id={mainId} tabIndex={-1}>
          <Container>
            <NextPageLoading />
            {children ?? <Outlet />}
          </Container>
        </Main>
        <SiteFooter />
      </Shell>
    </I18nextProvider>
  );
}
