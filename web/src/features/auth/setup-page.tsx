import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Paragraph } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { AppLink } from '../../ui/app-link.js';
import { FocusMessage } from '../../ui/focus-message.js';
import {
  checkEmail,
  checkName,
  checkNewPassword,
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
import { startSession } from './use-me.js';

const kinds = {
  name: 'other',
  email: 'email',
  password: 'password',
} as const satisfies Record<string, FieldKind>;

function SetupForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const problems = useFormProblems(kinds);

  const setup = useMutation({
    mutationFn: () => authApi.setup(lang, { token, name: name.trim(), email, password }),
    onSuccess: async (me) => {
      startSession(queryClient, me);
      await navigate(pagePath('account', lang));
    },
    onError: problems.showServerError,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (setup.isPending) return;
    const errors = collect({
      name: checkName(name),
      email: checkEmail(email),
      password: checkNewPassword(password),
    });
    if (hasErrors(errors)) return problems.show(errors);
    problems.clear();
    setup.mutate();
  };

  const { fieldErrors, error } = problems;
  const alreadyDone = error instanceof ApiError && error.code === 'setup_not_available';
  return (
    <FormColumn noValidate onSubmit={submit}>
      <FormProblems
        attempt={problems.attempt}
        fields={[
          { id: 'name', label: t('form.name'), message: fieldErrors.name },
          { id: 'email', label: t('form.email'), message: fieldErrors.email },
          { id: 'password', label: t('form.password'), message: fieldErrors.password },
        ]}
        error={error}
        errorHelp={
          alreadyDone ? (
            <AppLink to={pagePath('login', lang)}>{t('auth.login.title')}</AppLink>
          ) : undefined
        }
      />
      <TextField
        id="name"
        label={t('form.name')}
        autoComplete="name"
        value={name}
        onChange={setName}
        message={fieldErrors.name}
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
        autoComplete="new-password"
        hintText={t('form.newPasswordHint')}
        value={password}
        onChange={setPassword}
        message={fieldErrors.password}
      />
      <FormActions>
        <SubmitButton busy={setup.isPending}>{t('auth.setup.submit')}</SubmitButton>
      </FormActions>
    </FormColumn>
  );
}

/** Creates the first administrator with the one-time link the server prints when it starts. */
export function SetupPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  return (
    <PageFrame title={t('auth.setup.title')}>
      {token ? (
        <>
          <Paragraph mb="l">{t('auth.setup.intro')}</Paragraph>
          <SetupForm token={token} />
        </>
      ) : (
        <FocusMessage heading={t('auth.noToken')} status="error" takeFocus={false}>
          <Paragraph>{t('auth.setup.noTokenText')}</Paragraph>
        </FocusMessage>
      )}
    </PageFrame>
  );
}
