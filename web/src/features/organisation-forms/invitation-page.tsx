import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { Button, Paragraph } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { FocusAlert } from '../../ui/focus-alert.js';
import { FocusMessage } from '../../ui/focus-message.js';
import { FormAlert } from '../../ui/form/form-alert.js';
import { PageFrame } from '../../ui/page-frame.js';
import { RequireLogin } from '../auth/require-login.js';
import { orgApi, refreshOrganisation } from './api.js';

function Accept({ token }: { token: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const accept = useMutation({
    mutationFn: () => orgApi.acceptInvitation(lang, token),
    onSuccess: ({ organisationId }) => refreshOrganisation(queryClient, organisationId),
  });

  if (accept.isSuccess) {
    const id = accept.data.organisationId;
    return (
      <FocusMessage heading={t('orgForm.invitation.doneHeading')}>
        <Paragraph mb="s">{t('orgForm.invitation.doneText')}</Paragraph>
        <Paragraph mb="s">
          <AppLink to={pagePath('organisationEdit', lang, { id })}>
            {t('orgForm.invitation.toEdit')}
          </AppLink>
        </Paragraph>
        <Paragraph>
          <AppLink to={pagePath('organisation', lang, { id })}>
            {t('orgForm.invitation.toOrganisation')}
          </AppLink>
        </Paragraph>
      </FocusMessage>
    );
  }
  const loading = accept.isPending
    ? { loading: true as const, ariaLoadingText: t('form.sending') }
    : {};
  return (
    <>
      {accept.isError && (
        <FocusAlert key={accept.submittedAt}>
          <FormAlert error={accept.error} />
        </FocusAlert>
      )}
      <Paragraph mb="l">{t('orgForm.invitation.intro')}</Paragraph>
      <Button onClick={() => accept.mutate()} {...loading}>
        {t('orgForm.invitation.accept')}
      </Button>
    </>
  );
}

/**
 * Opened from an invitation e-mail (`?token=`). Accepting needs a login, and it is a button rather
 * than automatic: a mail scanner that opens the link must not accept on the reader's behalf.
 */
export function InvitationPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  return (
    <PageFrame title={t('orgForm.invitation.title')}>
      {token ? (
        <>
          <RequireLogin>{() => <Accept token={token} />}</RequireLogin>
          <InvitationHelp />
        </>
      ) : (
        <FocusMessage heading={t('auth.noToken')} status="error" takeFocus={false}>
          <Paragraph>{t('orgForm.invitation.noToken')}</Paragraph>
        </FocusMessage>
      )}
    </PageFrame>
  );
}

/** For someone without an account yet: register first, then open the link again. */
function InvitationHelp() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Paragraph mt="l">
      {t('orgForm.invitation.noAccount')}{' '}
      <AppLink to={pagePath('register', lang)}>{t('auth.login.toRegister')}</AppLink>
    </Paragraph>
  );
}
