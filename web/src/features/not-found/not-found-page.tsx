import { Paragraph } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { PageHeading } from '../../ui/page-heading.js';
import { PageTitle } from '../../ui/page-title.js';

/** For any address that is not a page, including a region code that does not exist. */
export function NotFoundPage() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <PageTitle page={t('notFound.title')} />
      <PageHeading>{t('notFound.title')}</PageHeading>
      <Paragraph mb="m">{t('notFound.text')}</Paragraph>
      <AppLink to={pagePath('home', lang)}>{t('common.toFrontPage')}</AppLink>
    </>
  );
}
