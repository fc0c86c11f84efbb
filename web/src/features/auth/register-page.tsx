import { useState } from 'react';
import { Paragraph } from 'suomifi-ui-components';
import type { Lang } from '../../../../common/languages.js';
import { pagePath } from '../../../../common/routes.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { FocusMessage } from '../../ui/focus-message.js';
import { ApiForm } from '../../ui/form/api-form.js';
import { LangChoice } from '../../ui/form/lang-choice.js';
import { useApiForm } from '../../ui/form/use-api-form.js';
import { PageFrame } from '../../ui/page-frame.js';
import { authApi } from './api.js';
import { checkNewAccount, NewAccountFields, useNewAccountFields } from './new-account.js';

function RegisterForm({ onDone }: { onDone: (email: string) => void }) {
  const { t } = useTranslation();
  const pageLang = useLang();
  const [lang, setLang] = useState<Lang>(pageLang);
  const form = useApiForm({
    fields: useNewAccountFields(),
    check: checkNewAccount,
    send: (v) => authApi.register(pageLang, { ...v, name: v.name.trim(), lang }),
    onSuccess: (_, v) => onDone(v.email.trim()),
  });

  return (
    <ApiForm form={form} submitText={t('auth.register.submit')}>
      <NewAccountFields field={form.field} />
      <LangChoice id="lang" value={lang} onChange={setLang} />
    </ApiForm>
  );
}

/** Creating an account; the address is confirmed with an e-mailed link before logging in. */
export function RegisterPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [sentTo, setSentTo] = useState<string>();
  return (
    <PageFrame title={t('auth.register.title')}>
      {sentTo ? (
        <FocusMessage heading={t('auth.register.doneHeading')}>
          <Paragraph>{t('auth.register.doneText', { email: sentTo })}</Paragraph>
        </FocusMessage>
      ) : (
        <>
          <Paragraph mb="m">{t('auth.register.intro')}</Paragraph>
          <Paragraph mb="l">
            {t('auth.register.privacy')}{' '}
            <AppLink to={pagePath('privacy', lang)}>{t('privacy.title')}</AppLink>
          </Paragraph>
          <RegisterForm onDone={setSentTo} />
          <Paragraph>
            {t('auth.register.haveAccount')}{' '}
            <AppLink to={pagePath('login', lang)}>{t('auth.login.title')}</AppLink>
          </Paragraph>
        </>
      )}
    </PageFrame>
  );
}
