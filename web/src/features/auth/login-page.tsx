import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { Paragraph } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { ApiForm } from '../../ui/form/api-form.js';
import { checkEmail, checkRequired } from '../../ui/form/field-errors.js';
import { TextField } from '../../ui/form/text-field.js';
import { useApiForm } from '../../ui/form/use-api-form.js';
import { PageFrame } from '../../ui/page-frame.js';
import { authApi } from './api.js';
import { NewLinkHelp } from './new-link-help.js';
import { safeNext } from './safe-next.js';
import { startSession, useMe } from './use-me.js';

function LoginForm() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const form = useApiForm({
    fields: {
      email: { id: 'email', label: t('form.email'), kind: 'email' },
      password: { id: 'password', label: t('form.password') },
    },
    check: (v) => ({
      email: checkEmail(v.email),
      password: checkRequired(v.password, 'passwordRequired'),
    }),
    send: (v) => authApi.login(lang, v),
    onSuccess: async (me) => {
      startSession(queryClient, me);
      await navigate(safeNext(params.get('next')) ?? pagePath('account', lang));
    },
  });

  const notVerified = form.error instanceof ApiError && form.error.code === 'email_not_verified';
  return (
    <ApiForm
      form={form}
      submitText={t('auth.login.submit')}
      errorHelp={notVerified ? <NewLinkHelp /> : undefined}
      actions={<AppLink to={pagePath('forgotPassword', lang)}>{t('auth.login.forgot')}</AppLink>}
    >
      <TextField {...form.field('email')} type="email" autoComplete="email" />
      <TextField {...form.field('password')} type="password" autoComplete="current-password" />
    </ApiForm>
  );
}

/** Logging in with e-mail and password; afterwards to `?next=` or the account page. */
export function LoginPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  return (
    <PageFrame title={t('auth.login.title')}>
      {me.data && (
        <Paragraph mb="l">
          {t('auth.login.already', { name: me.data.name })}{' '}
          <AppLink to={pagePath('account', lang)}>{t('account.title')}</AppLink>
        </Paragraph>
      )}
      <LoginForm />
      <Paragraph>
        {t('auth.login.noAccount')}{' '}
        <AppLink to={pagePath('register', lang)}>{t('auth.login.toRegister')}</AppLink>
      </Paragraph>
    </PageFrame>
  );
}
