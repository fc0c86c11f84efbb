import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import type { Lang } from '../../../../common/languages.js';
import { pagePath } from '../../../../common/routes.js';
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
import { LangChoice } from '../../ui/form/lang-choice.js';
import { SubmitButton } from '../../ui/form/submit-button.js';
import { TextField } from '../../ui/form/text-field.js';
import { useFormProblems } from '../../ui/form/use-form-problems.js';
import { PageFrame } from '../../ui/page-frame.js';
import { authApi } from './api.js';

const kinds = {
  name: 'other',
  email: 'email',
  password: 'password',
} as const satisfies Record<string, FieldKind>;

function RegisterForm({ onDone }: { onDone: (email: string) => void }) {
  const { t } = useTranslation();
  const pageLang = useLang();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [lang, setLang] = useState<Lang>(pageLang);
  const problems = useFormProblems(kinds);

  const register = useMutation({
    mutationFn: () => authApi.register(pageLang, { name: name.trim(), email, password, lang }),
    onSuccess: () => onDone(email.trim()),
    onError: problems.showServerError,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (register.isPending) return;
    const errors = collect({
      name: checkName(name),
      email: checkEmail(email),
      password: checkNewPassword(password),
    });
    if (hasErrors(errors)) return problems.show(errors);
    problems.clear();
    register.mutate();
  };

  const { fieldErrors } = problems;
  return (
    <FormColumn noValidate onSubmit={submit}>
      <FormProblems
        attempt={problems.attempt}
        fields={[
          { id: 'name', label: t('form.name'), message: fieldErrors.name },
          { id: 'email', label: t('form.email'), message: fieldErrors.email },
          { id: 'password', label: t('form.password'), message: fieldErrors.password },
        ]}
        error={problems.error}
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
      <LangChoice id="lang" value={lang} onChange={setLang} />
      <FormActions>
        <SubmitButton busy={register.isPending}>{t('auth.register.submit')}</SubmitButton>
      </FormActions>
    </FormColumn>
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
