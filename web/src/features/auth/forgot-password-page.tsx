import { useState } from 'react';
import { Paragraph } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { FocusMessage } from '../../ui/focus-message.js';
import { ApiForm } from '../../ui/form/api-form.js';
import { checkEmail } from '../../ui/form/field-errors.js';
import { TextField } from '../../ui/form/text-field.js';
import { useApiForm } from '../../ui/form/use-api-form.js';
import { PageFrame } from '../../ui/page-frame.js';
import { authApi } from './api.js';

function ForgotForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = useApiForm({
    fields: { email: { id: 'email', label: t('form.email'), kind: 'email' } },
    check: (v) => ({ email: checkEmail(v.email) }),
    send: (v) => authApi.forgotPassword(lang, v.email),
    onSuccess: onDone,
  });

  return (
    <ApiForm form={form} submitText={t('auth.forgot.submit')}>
      <TextField {...form.field('email')} type="email" autoComplete="email" />
    </ApiForm>
  );
}

/** Asks for a link to choose a new password; the answer never tells whether the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [sent, setSent] = useState(false);
  return (
    <PageFrame
      title={t('auth.forgot.title')}
      parents={[{ label: t('auth.login.title'), to: pagePath('login', lang) }]}
    >
      {sent ? (
        <FocusMessage heading={t('auth.forgot.doneHeading')}>
          <Paragraph>{t('auth.forgot.doneText')}</Paragraph>
        </FocusMessage>
      ) : (
        <>
          <Paragraph mb="l">{t('auth.forgot.intro')}</Paragraph>
          <ForgotForm onDone={() => setSent(true)} />
          <AppLink to={pagePath('login', lang)}>{t('auth.backToLogin')}</AppLink>
        </>
      )}
    </PageFrame>
  );
}
