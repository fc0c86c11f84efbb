import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import {
  checkNewPassword,
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
import { accountApi, sessionsKey } from './api.js';

const kinds = {
  currentPassword: 'other',
  newPassword: 'password',
} as const satisfies Record<string, FieldKind>;

/** Changing the password; the server ends the person's other sessions when it changes. */
export function PasswordForm() {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [changed, setChanged] = useState(false);
  const problems = useFormProblems(kinds);

  const change = useMutation({
    mutationFn: () => accountApi.changePassword(lang, { currentPassword, newPassword }),
    onSuccess: () => {
      setCurrent('');
      setNew('');
      setChanged(true);
      void queryClient.invalidateQueries({ queryKey: sessionsKey });
    },
    onError: (error) => {
      // A wrong current password is a problem of that field, not of the whole form.
      if (error instanceof ApiError && error.code === 'invalid_credentials') {
        problems.show({ currentPassword: 'currentPasswordWrong' });
      } else {
        problems.showServerError(error);
      }
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (change.isPending) return;
    setChanged(false);
    const errors = collect({
      currentPassword: checkRequired(currentPassword, 'passwordRequired'),
      newPassword: checkNewPassword(newPassword),
    });
    if (hasErrors(errors)) return problems.show(errors);
    problems.clear();
    change.mutate();
  };

  const { fieldErrors } = problems;
  return (
    <Section aria-labelledby="password-heading">
      <Heading variant="h2" id="password-heading" mb="s">
        {t('account.password.heading')}
      </Heading>
      <Paragraph mb="m">{t('account.password.intro')}</Paragraph>
      <FormColumn noValidate onSubmit={submit}>
        <FormProblems
          attempt={problems.attempt}
          fields={[
            {
              id: 'current-password',
              label: t('form.currentPassword'),
              message: fieldErrors.currentPassword,
            },
            { id: 'new-password', label: t('form.newPassword'), message: fieldErrors.newPassword },
          ]}
          error={problems.error}
        />
        <TextField
          id="current-password"
          label={t('form.currentPassword')}
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrent}
          message={fieldErrors.currentPassword}
        />
        <TextField
          id="new-password"
          label={t('form.newPassword')}
          type="password"
          autoComplete="new-password"
          hintText={t('form.newPasswordHint')}
          value={newPassword}
          onChange={setNew}
          message={fieldErrors.newPassword}
        />
        <FormActions>
          <SubmitButton busy={change.isPending}>{t('account.password.submit')}</SubmitButton>
          <div role="status">
            {changed && <Paragraph>{t('account.password.changed')}</Paragraph>}
          </div>
        </FormActions>
      </FormColumn>
    </Section>
  );
}
