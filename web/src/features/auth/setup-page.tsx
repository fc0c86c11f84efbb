import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { Paragraph } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { FocusMessage } from '../../ui/focus-message.js';
import { ApiForm } from '../../ui/form/api-form.js';
import { useApiForm } from '../../ui/form/use-api-form.js';
import { PageFrame } from '../../ui/page-frame.js';
import { authApi } from './api.js';
import { checkNewAccount, NewAccountFields, useNewAccountFields } from './new-account.js';
import { startSession } from './use-me.js';

function SetupForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useApiForm({
    fields: useNewAccountFields(),
    check: checkNewAccount,
    send: (v) => authApi.setup(lang, { token, ...v, name: v.name.trim() }),
    onSuccess: async (me) => {
      startSession(queryClient, me);
      await navigate(pagePath('account', lang));
    },
  });

  const alreadyDone = form.error instanceof ApiError && form.error.code === 'setup_not_available';
  return (
    <ApiForm
      form={form}
      submitText={t('auth.setup.submit')}
      errorHelp={
        alreadyDone ? (
          <AppLink to={pagePath('login', lang)}>{t('auth.login.title')}</AppLink>
        ) : undefined
      }
    >
      <NewAccountFields field={form.field} />
    </ApiForm>
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
