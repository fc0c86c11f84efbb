import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Paragraph } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { FocusMessage } from '../../ui/focus-message.js';
import { ApiForm } from '../../ui/form/api-form.js';
import { checkNewPassword } from '../../ui/form/field-errors.js';
import { NewPasswordField } from '../../ui/form/text-field.js';
import { useApiForm } from '../../ui/form/use-api-form.js';
import { PageFrame } from '../../ui/page-frame.js';
import { authApi } from './api.js';
import { NewLinkHelp } from './new-link-help.js';
import { endSession } from './use-me.js';

function ResetForm({ token, onDone }: { token: string; onDone: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const form = useApiForm({
    fields: { password: { id: 'password', label: t('form.newPassword'), kind: 'password' } },
    check: (v) => ({ password: checkNewPassword(v.password) }),
    send: (v) => authApi.resetPassword(lang, { token, password: v.password }),
    onSuccess: () => {
      // The server ends every session of the account, this browser's too.
      endSession(queryClient);
      onDone();
    },
  });

  const linkBad = form.error instanceof ApiError && form.error.code === 'token_invalid';
  return (
    <ApiForm
      form={form}
      submitText={t('auth.reset.submit')}
      errorHelp={linkBad ? <NewLinkHelp purpose="reset" /> : undefined}
    >
      <NewPasswordField {...form.field('password')} />
    </ApiForm>
  );
}

/** Opened from the e-mail link `?token=…`: choose a new password. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params] = useSearchParams();
  const token = params.get('token');
  const [done, setDone] = useState(false);

  let content: ReactNode;
  if (done) {
    content = (
      <FocusMessage heading={t('auth.reset.doneHeading')}>
        <Paragraph mb="s">{t('auth.reset.doneText')}</Paragraph>
        <AppLink to={pagePath('login', lang)}>{t('auth.login.title')}</AppLink>
      </FocusMessage>
    );
  } else if (!token) {
    content = (
      <FocusMessage heading={t('auth.noToken')} status="error" takeFocus={false}>
        <NewLinkHelp purpose="reset" />
      </FocusMessage>
    );
  } else {
    content = (
      <>
        <Paragraph mb="l">{t('auth.reset.intro')}</Paragraph>
        <ResetForm token={token} onDone={() => setDone(true)} />
      </>
    );
  }
  return <PageFrame title={t('auth.reset.title')}>{content}</PageFrame>;
}
