import { I18nextProvider } from 'react-i18next';
import { useLocation } from 'react-router';
import { Heading, Link, Paragraph } from 'suomifi-ui-components';
import { defaultLang, isLang } from '../../../common/languages.js';
import { pagePath } from '../../../common/routes.js';
import { i18nFor } from '../i18n/index.js';
import { useTranslation } from '../i18n/use-translation.js';
import { Container } from './container.js';

function CrashMessage() {
  const { t, i18n } = useTranslation();
  const lang = isLang(i18n.language) ? i18n.language : defaultLang;
  return (
    <main>
      <Container>
        <title>{t('app.pageTitle', { page: t('crash.title') })}</title>
        <Heading variant="h1" mt="xl" mb="m">
          {t('crash.title')}
        </Heading>
        <Paragraph mb="m">{t('crash.text')}</Paragraph>
        {/* A full page load, so that the app starts afresh. */}
        <Link href={pagePath('home', lang)} underline="initial">
          {t('common.toFrontPage')}
        </Link>
      </Container>
    </main>
  );
}

/** Shown instead of the app when rendering fails, without the shell that may be what failed. */
export function RouteError() {
  const { pathname } = useLocation();
  const first = pathname.split('/')[1];
  return (
    <I18nextProvider i18n={i18nFor(isLang(first) ? first : defaultLang)}>
      <CrashMessage />
    </I18nextProvider>
  );
}
