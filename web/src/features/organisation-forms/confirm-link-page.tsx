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
import { orgApi, refreshOrganisation } from './api.js';

function Confirm({ token }: { token: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const confirm = useMutation({
    mutationFn: () => orgApi.confirmLink(lang, token),
    onSuccess: ({ organisationId }) => refreshOrganisation(queryClient, organisationId),
  });

  if (confirm.isSuccess) {
    const { organisationId, name } = confirm.data;
    return (
      <FocusMessage heading={t('orgForm.confirmLink.doneHeading')}>
        <Paragraph mb="s">{t('orgForm.confirmLink.doneText', { name })}</Paragraph>
        <Paragraph mb="s">
          <AppLink to={pagePath('organisation', lang, { id: organisationId })}>
            {t('orgForm.toOrganisation', { name })}
          </AppLink>
        </Paragraph>
        <Paragraph>
          {t('orgForm.confirmLink.changes')}{' '}
          <AppLink to={pagePath('organisationEdit', lang, { id: organisationId })}>
            {t('orgForm.confirmLink.toEdit')}
          </AppLink>
        </Paragraph>
      </FocusMessage>
    );
  }
  const loading = confirm.isPending
    ? { loading: true as const, ariaLoadingText: t('form.sending') }
    : {};
  return (
    <>
      {confirm.isError && (
        <FocusAlert key={confirm.submittedAt}>
          <FormAlert error={confirm.error}>
            <Paragraph>{t('orgForm.confirmLink.failedHelp')}</Paragraph>
          </FormAlert>
        </FocusAlert>
      )}
      <Paragraph mb="l">{t('orgForm.confirmLink.intro')}</Paragraph>
      <Button onClick={() => confirm.mutate()} {...loading}>
        {t('orgForm.confirmLink.submit')}
      </Button>
    </>
  );
}

/**
 * The one-click "still correct" link of a reminder e-mail; no login needed. Confirming takes a
 * button press, not the page load: mail scanners open links without anyone reading them.
 */
export function ConfirmLinkPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  return (
    <PageFrame title={t('orgForm.confirmLink.title')}>
      {token ? (
        <Confirm token={token} />
      ) : (
        <FocusMessage heading={t('auth.noToken')} status="error" takeFocus={false}>
          <Paragraph>{t('orgForm.confirmLink.noToken')}</Paragraph>
        </FocusMessage>
      )}
    </PageFrame>
  );
}
