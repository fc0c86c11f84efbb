import { Paragraph } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { authApi } from './api.js';
import { LinkConfirmation } from './link-confirmation.js';
import { NewLinkHelp } from './new-link-help.js';

/** Opened from the registration e-mail: confirms the address at once. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <LinkConfirmation
      title={t('auth.verify.title')}
      confirm={(token) => authApi.verify(lang, token)}
      doneHeading={t('auth.verify.doneHeading')}
      done={
        <>
          <Paragraph mb="s">{t('auth.verify.doneText')}</Paragraph>
          <AppLink to={pagePath('login', lang)}>{t('auth.login.title')}</AppLink>
        </>
      }
      newLink={<NewLinkHelp />}
    />
  );
}
