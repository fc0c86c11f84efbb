import { useIsMutating, useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button, Heading, Link, Paragraph } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { AppLink } from '../../ui/app-link.js';
import { checkRequired, collect, type FieldKind, hasErrors } from '../../ui/form/field-errors.js';
import { FormProblems } from '../../ui/form/form-problems.js';
import { TextField } from '../../ui/form/text-field.js';
import { useFormProblems } from '../../ui/form/use-form-problems.js';
import { FormModal } from '../../ui/form-modal.js';
import { Section } from '../../ui/section.js';
import { endSession } from '../auth/use-me.js';
import { accountApi, exportPath } from './api.js';

const kinds = { password: 'other' } as const satisfies Record<string, FieldKind>;
const deleteKey = ['deleteAccount'];

/** The password, inside the confirmation dialog: its problems show there too. */
function DeleteForm({ formId, onDone }: { formId: string; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [password, setPassword] = useState('');
  const problems = useFormProblems(kinds);

  const remove = useMutation({
    mutationKey: deleteKey,
    mutationFn: () => accountApi.deleteAccount(lang, password),
    onSuccess: onDone,
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'invalid_credentials') {
        problems.show({ password: 'currentPasswordWrong' });
      } else {
        problems.showServerError(error);
      }
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (remove.isPending) return;
    const errors = collect({ password: checkRequired(password, 'passwordRequired') });
    if (hasErrors(errors)) return problems.show(errors);
    problems.clear();
    remove.mutate();
  };

  return (
    <form id={formId} noValidate onSubmit={submit}>
      <Paragraph mb="m">{t('account.data.confirmText')}</Paragraph>
      <FormProblems
        attempt={problems.attempt}
        fields={[
          {
            id: 'delete-password',
            label: t('form.currentPassword'),
            message: problems.fieldErrors.password,
          },
        ]}
        error={problems.error}
      />
      <TextField
        id="delete-password"
        label={t('form.currentPassword')}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        message={problems.fieldErrors.password}
      />
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
