import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { useLang } from '../../i18n/use-lang.js';
import { AppLink } from '../../ui/app-link.js';
import { FocusMessage } from '../../ui/focus-message.js';
import { checkEmail, collect, type FieldKind, hasErrors } from '../../ui/form/field-errors.js';
import { FormActions, FormColumn } from '../../ui/form/form-layout.js';
import { FormProblems } from '../../ui/form/form-problems.js';
import { SubmitButton } from '../../ui/form/submit-button.js';
import { TextField } from '../../ui/form/text-field.js';
import { useFormProblems } from '../../ui/form/use-form-problems.js';
import { PageFrame } from '../../ui/page-frame.js';
import { authApi } from './api.js';

const kinds = { email: 'email' } as const satisfies Record<string, FieldKind>;

function ForgotForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [email, setEmail] = useState('');
  const problems = useFormProblems(kinds);
  const send = useMutation({
    mutationFn: () => authApi.forgotPassword(lang, email),
    onSuccess: onDone,
    onError: problems.showServerError,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (send.isPending) return;
    const errors = collect({ email: checkEmail(email) });
    if (hasErrors(errors)) return problems.show(errors);
    problems.clear();
    send.mutate();
  };

  return (
    <FormColumn noValidate onSubmit={submit}>
      <FormProblems
        attempt={problems.attempt}
        fields={[{ id: 'email', label: t('form.email'), message: problems.fieldErrors.email }]}
        error={problems.error}
      />
      <TextField
        id="email"
        label={t('form.email')}
        type="email"
        autoComplete="email"
        value={email}
        onChange={setEmail}
        message={problems.fieldErrors.email}
      />
      <FormActions>
        <SubmitButton busy={send.isPending}>{t('auth.forgot.submit')}</SubmitButton>
      </FormActions>
    </FormColumn>
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
