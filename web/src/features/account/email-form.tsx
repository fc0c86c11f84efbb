import { useState } from 'react';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { FocusMessage } from '../../ui/focus-message.js';
import { ApiForm } from '../../ui/form/api-form.js';
import { checkEmail, checkRequired, wrongPassword } from '../../ui/form/field-errors.js';
import { TextField } from '../../ui/form/text-field.js';
import { useApiForm } from '../../ui/form/use-api-form.js';
import { Section } from '../../ui/section.js';
import { accountApi } from './api.js';

/** Changing the address: a link goes to the new one, and the change happens when it is opened. */
export function EmailForm() {
  const { t } = useTranslation();
  const lang = useLang();
  const [sentTo, setSentTo] = useState<string>();
  const form = useApiForm({
    fields: {
      newEmail: { id: 'new-email', label: t('account.email.newEmail'), kind: 'email' },
      password: { id: 'email-password', label: t('form.currentPassword') },
    },
    check: (v) => ({
      newEmail: checkEmail(v.newEmail),
      password: checkRequired(v.password, 'passwordRequired'),
    }),
    send: (v) => accountApi.changeEmail(lang, v),
    onSubmit: () => setSentTo(undefined),
    onSuccess: (_, v) => {
      setSentTo(v.newEmail.trim());
      form.reset();
    },
    fieldError: wrongPassword('password'),
  });

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
      <ApiForm form={form} submitText={t('account.email.submit')}>
        <TextField {...form.field('newEmail')} type="email" autoComplete="email" />
        <TextField {...form.field('password')} type="password" autoComplete="current-password" />
      </ApiForm>
    </Section>
  );
}
