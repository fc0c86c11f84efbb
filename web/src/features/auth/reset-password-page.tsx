import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Paragraph } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { AppLink } from '../../ui/app-link.js';
import { FocusMessage } from '../../ui/focus-message.js';
import {
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
import { NewLinkHelp } from './new-link-help.js';
import { endSession } from './use-me.js';

const kinds = { password: 'password' } as const satisfies Record<string, FieldKind>;

function ResetForm({ token, onDone }: { token: string; onDone: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [password, setPassword] = useState('');
  const queryClient = useQueryClient();
  const problems = useFormProblems(kinds);
  const reset = useMutation({
    mutationFn: () => authApi.resetPassword(lang, { token, password }),
    onSuccess: () => {
      // The server ends every session of the account, this browser's too.
      endSession(queryClient);
      onDone();
    },
    onError: problems.showServerError,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reset.isPending) return;
    const errors = collect({ password: checkNewPassword(password) });
    if (hasErrors(errors)) return problems.show(errors);
    problems.clear();
    reset.mutate();
  };

  const linkBad = problems.error instanceof ApiError && problems.error.code === 'token_invalid';
  return (
    <FormColumn noValidate onSubmit={submit}>
      <FormProblems
        attempt={problems.attempt}
        fields={[
          { id: 'password', label: t('form.newPassword'), message: problems.fieldErrors.password },
        ]}
        error={problems.error}
        errorHelp={linkBad ? <NewLinkHelp purpose="reset" /> : undefined}
      />
      <TextField
        id="password"
        label={t('form.newPassword')}
        type="password"
        autoComplete="new-password"
        hintText={t('form.newPasswordHint')}
        value={password}
        onChange={setPassword}
        message={problems.fieldErrors.password}
      />
      <FormActions>
        <SubmitButton busy={reset.isPending}>{t('auth.reset.submit')}</SubmitButton>
      </FormActions>
    </FormColumn>
  );
}

/** Opened from the e-mail link `?token=…`: choose a new password. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params] = useSearchParams();
  const token = params.get('token');
  const [done, setDone] = useState(false);

  let content: ReactNode;
  if (done) {
    content = (
      <FocusMessage heading={t('auth.reset.doneHeading')}>
        <Paragraph mb="s">{t('auth.reset.doneText')}</Paragraph>
        <AppLink to={pagePath('login', lang)}>{t('auth.login.title')}</AppLink>
      </FocusMessage>
    );
  } else if (!token) {
    content = (
      <FocusMessage heading={t('auth.noToken')} status="error" takeFocus={false}>
        <NewLinkHelp purpose="reset" />
      </FocusMessage>
    );
  } else {
    content = (
      <>
        <Paragraph mb="l">{t('auth.reset.intro')}</Paragraph>
        <ResetForm token={token} onDone={() => setDone(true)} />
      </>
    );
  }
  return <PageFrame title={t('auth.reset.title')}>{content}</PageFrame>;
}
