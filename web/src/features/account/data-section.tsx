import { useIsMutating, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Heading, Link, Paragraph } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { checkRequired, wrongPassword } from '../../ui/form/field-errors.js';
import { FormProblems } from '../../ui/form/form-problems.js';
import { TextField } from '../../ui/form/text-field.js';
import { useApiForm } from '../../ui/form/use-api-form.js';
import { FormModal } from '../../ui/form-modal.js';
import { Section } from '../../ui/section.js';
import { endSession } from '../auth/use-me.js';
import { accountApi, exportPath } from './api.js';

const deleteKey = ['deleteAccount'];

/** The password, inside the confirmation dialog: its problems show there too. */
function DeleteForm({ formId, onDone }: { formId: string; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = useApiForm({
    fields: { password: { id: 'delete-password', label: t('form.currentPassword') } },
    check: (v) => ({ password: checkRequired(v.password, 'passwordRequired') }),
    send: (v) => accountApi.deleteAccount(lang, v.password),
    mutationKey: deleteKey,
    onSuccess: onDone,
    fieldError: wrongPassword('password'),
  });

  return (
    <form id={formId} noValidate onSubmit={form.onSubmit}>
      <Paragraph mb="m">{t('account.data.confirmText')}</Paragraph>
      <FormProblems attempt={form.attempt} fields={form.summary} error={form.error} />
      <TextField {...form.field('password')} type="password" autoComplete="current-password" />
    </form>
  );
}

/** Deleting the account, after a dialog that says what is lost and asks for the password. */
function DeleteAccount() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const busy = useIsMutating({ mutationKey: deleteKey }) > 0;

  const done = async () => {
    await navigate(pagePath('home', lang));
    endSession(queryClient);
  };

  return (
    <>
      <Heading variant="h3" mb="s">
        {t('account.data.deleteHeading')}
      </Heading>
      <Paragraph mb="m">{t('account.data.deleteText')}</Paragraph>
      <Button variant="secondary" onClick={() => setAsking(true)}>
        {t('account.data.delete')}
      </Button>
      <FormModal
        visible={asking}
        title={t('account.data.confirmTitle')}
        submitText={t('account.data.deleteForGood')}
        busy={busy}
        onCancel={() => setAsking(false)}
      >
        {(formId) => <DeleteForm formId={formId} onDone={done} />}
      </FormModal>
    </>
  );
}

/** The person's own data: the privacy notice, a download of everything, and deletion. */
export function DataSection() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Section aria-labelledby="data-heading">
      <Heading variant="h2" id="data-heading" mb="s">
        {t('account.data.heading')}
      </Heading>
      <Paragraph mb="s">{t('account.data.text')}</Paragraph>
      <Paragraph mb="l">
        <AppLink to={pagePath('privacy', lang)}>{t('privacy.title')}</AppLink>
      </Paragraph>
      <Heading variant="h3" mb="s">
        {t('account.data.exportHeading')}
      </Heading>
      <Paragraph mb="s">{t('account.data.exportText')}</Paragraph>
      {/* A plain link: the browser saves the file the API sends as an attachment. */}
      <Paragraph mb="xl">
        <Link href={exportPath} download="kudos-my-data.json" underline="initial">
          {t('account.data.export')}
        </Link>
      </Paragraph>
      <DeleteAccount />
    </Section>
  );
}
