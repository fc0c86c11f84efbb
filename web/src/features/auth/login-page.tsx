import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Paragraph } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { AppLink } from '../../ui/app-link.js';
import {
  checkEmail,
  checkRequired,
  collect,
  type FieldKind,
  hasErrors,
} from '../../ui/form/field-errors.js';
import { FormActions, FormColumn } from '../../ui/form/form-layout.js';
import { FormProblems } from '../../ui/form/form-problems.js';
import { SubmitButton } from '../../ui/form/submit-button.js';
import { TextField } from '../../ui/form/text-field.js';
import { useFormProblems } from '../../ui/form/use-form-problems.js';
import { PageFrame } from '../../ui/page-frame.js';
import { authApi } from './api.js';
import { NewLinkHelp } from './new-link-help.js';
import { safeNext } from './safe-next.js';
import { startSession, useMe } from './use-me.js';

const kinds = { email: 'email', password: 'other' } as const satisfies Record<string, FieldKind>;

function LoginForm() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const problems = useFormProblems(kinds);

  const login = useMutation({
    mutationFn: () => authApi.login(lang, { email, password }),
    onSuccess: async (me) => {
      startSession(queryClient, me);
      await navigate(safeNext(params.get('next')) ?? pagePath('account', lang));
    },
    onError: problems.showServerError,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (login.isPending) return;
    const errors = collect({
      email: checkEmail(email),
      password: checkRequired(password, 'passwordRequired'),
    });
    if (hasErrors(errors)) return problems.show(errors);
    problems.clear();
    login.mutate();
  };

  const { fieldErrors, error } = problems;
  const notVerified = error instanceof ApiError && error.code === 'email_not_verified';
  return (
    <FormColumn noValidate onSubmit={submit}>
      <FormProblems
        attempt={problems.attempt}
        fields={[
          { id: 'email', label: t('form.email'), message: fieldErrors.email },
          { id: 'password', label: t('form.password'), message: fieldErrors.password },
        ]}
        error={error}
        errorHelp={notVerified ? <NewLinkHelp /> : undefined}
      />
      <TextField
        id="email"
        label={t('form.email')}
        type="email"
        autoComplete="email"
        value={email}
        onChange={setEmail}
        message={fieldErrors.email}
      />
      <TextField
        id="password"
        label={t('form.password')}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        message={fieldErrors.password}
      />
      <FormActions>
        <SubmitButton busy={login.isPending}>{t('auth.login.submit')}</SubmitButton>
        <AppLink to={pagePath('forgotPassword', lang)}>{t('auth.login.forgot')}</AppLink>
      </FormActions>
    </FormColumn>
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
