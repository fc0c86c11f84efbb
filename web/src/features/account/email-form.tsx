import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { FocusMessage } from '../../ui/focus-message.js';
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
import { Section } from '../../ui/section.js';
import { accountApi } from './api.js';

const kinds = { newEmail: 'email', password: 'other' } as const satisfies Record<string, FieldKind>;

/** Changing the address: a link goes to the new one, and the change happens when it is opened. */
export function EmailForm() {
  const { t } = useTranslation();
  const lang = useLang();
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const [sentTo, setSentTo] = useState<string>();
  const problems = useFormProblems(kinds);

  const change = useMutation({
    mutationFn: () => accountApi.changeEmail(lang, { newEmail, password }),
    onSuccess: () => {
      setSentTo(newEmail.trim());
      setNewEmail('');
      setPassword('');
    },
    onError: (error) => {
      // A wrong password is a problem of that field, not of the whole form.
      if (error instanceof ApiError && error.code === 'invalid_credentials') {
        problems.show({ password: 'currentPasswordWrong' });
      } else {
        problems.showServerError(error);
      }
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (change.isPending) return;
    setSentTo(undefined);
    const errors = collect({
      newEmail: checkEmail(newEmail),
      password: checkRequired(password, 'passwordRequired'),
    });
    if (hasErrors(errors)) return problems.show(errors);
    problems.clear();
    change.mutate();
  };

  const { fieldErrors } = problems;
  return (
    <Section aria-labelledby="email-heading">
      <Heading variant="h2" id="email-heading" mb="s">
        {t('account.email.heading')}
      </Heading>
      <Paragraph mb="m">{t('account.email.intro')}</Paragraph>
      {sentTo && (
        <FocusMessage heading={t('account.email.sentHeading')}>
          <Paragraph>{t('account.email.sentText', { email: sentTo })}</Paragraph>
        </FocusMessage>
      )}
      <FormColumn noValidate onSubmit={submit}>
        <FormProblems
          attempt={problems.attempt}
          fields={[
            { id: 'new-email', label: t('account.email.newEmail'), message: fieldErrors.newEmail },
            {
              id: 'email-password',
              label: t('form.currentPassword'),
              message: fieldErrors.password,
            },
          ]}
          error={problems.error}
        />
        <TextField
          id="new-email"
          label={t('account.email.newEmail')}
          type="email"
          autoComplete="email"
          value={newEmail}
          onChange={setNewEmail}
          message={fieldErrors.newEmail}
        />
        <TextField
          id="email-password"
          label={t('form.currentPassword')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          message={fieldErrors.password}
        />
        <FormActions>
          <SubmitButton busy={change.isPending}>{t('account.email.submit')}</SubmitButton>
        </FormActions>
      </FormColumn>
    </Section>
  );
}
