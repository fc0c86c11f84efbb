import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ApiForm } from '../../ui/form/api-form.js';
import { checkNewPassword, checkRequired, wrongPassword } from '../../ui/form/field-errors.js';
import { NewPasswordField, TextField } from '../../ui/form/text-field.js';
import { useApiForm } from '../../ui/form/use-api-form.js';
import { Section } from '../../ui/section.js';
import { accountApi, sessionsKey } from './api.js';

/** Changing the password; the server ends the person's other sessions when it changes. */
export function PasswordForm() {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const [changed, setChanged] = useState(false);
  const form = useApiForm({
    fields: {
      currentPassword: { id: 'current-password', label: t('form.currentPassword') },
      newPassword: { id: 'new-password', label: t('form.newPassword'), kind: 'password' },
    },
    check: (v) => ({
      currentPassword: checkRequired(v.currentPassword, 'passwordRequired'),
      newPassword: checkNewPassword(v.newPassword),
    }),
    send: (v) => accountApi.changePassword(lang, v),
    onSubmit: () => setChanged(false),
    onSuccess: () => {
      form.reset();
      setChanged(true);
      void queryClient.invalidateQueries({ queryKey: sessionsKey });
    },
    fieldError: wrongPassword('currentPassword'),
  });

  return (
    <Section aria-labelledby="password-heading">
      <Heading variant="h2" id="password-heading" mb="s">
        {t('account.password.heading')}
      </Heading>
      <Paragraph mb="m">{t('account.password.intro')}</Paragraph>
      <ApiForm
        form={form}
        submitText={t('account.password.submit')}
        actions={
          <div role="status">
            {changed && <Paragraph>{t('account.password.changed')}</Paragraph>}
          </div>
        }
      >
        <TextField
          {...form.field('currentPassword')}
          type="password"
          autoComplete="current-password"
        />
        <NewPasswordField {...form.field('newPassword')} />
      </ApiForm>
    </Section>
  );
}
