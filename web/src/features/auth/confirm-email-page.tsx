import { useQueryClient } from '@tanstack/react-query';
import { Paragraph } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { authApi, meKey } from './api.js';
import { LinkConfirmation } from './link-confirmation.js';

/** Opened from the e-mail sent to a new address: the account's address changes to it. */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const confirm = async (token: string) => {
    await authApi.confirmEmail(lang, token);
    // The header and the account page show the address: fetch it again.
    void queryClient.invalidateQueries({ queryKey: meKey });
  };
  return (
    <LinkConfirmation
      title={t('auth.confirmEmail.title')}
      confirm={confirm}
      doneHeading={t('auth.confirmEmail.doneHeading')}
      done={
        <>
          <Paragraph mb="s">{t('auth.confirmEmail.doneText')}</Paragraph>
          <AppLink to={pagePath('account', lang)}>{t('account.title')}</AppLink>
        </>
      }
      newLink={
        <Paragraph>
          {t('auth.confirmEmail.newLink')}{' '}
          <AppLink to={pagePath('account', lang)}>{t('account.title')}</AppLink>
        </Paragraph>
      }
    />
  );
}
