import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Paragraph } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import type { NetworkDetail } from '../../../../common/schemas/networks.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { FocusMessage } from '../../ui/focus-message.js';
import { useCheckedForm } from '../../ui/form/use-checked-form.js';
import { PageFrame } from '../../ui/page-frame.js';
import { RequireLogin } from '../auth/require-login.js';
import { refreshNetworks } from '../networks/api.js';
import { pickUserText } from '../organisations/labels.js';
import { networkFormApi } from './api.js';
import { bodyOf, checkNetwork, emptyNetworkValues, serverProblems } from './form-values.js';
import { NetworkForm } from './network-form.js';

function Created({ network }: { network: NetworkDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <FocusMessage heading={t('networks.form.created.heading')}>
      <Paragraph mb="s">
        {t('networks.form.created.text', { name: pickUserText(network.name, lang).text })}
      </Paragraph>
      <Paragraph>
        <AppLink to={pagePath('network', lang, { id: network.id })}>
          {t('networks.form.toNetwork')}
        </AppLink>
      </Paragraph>
    </FocusMessage>
  );
}

function SetUpForm() {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const form = useCheckedForm(emptyNetworkValues, checkNetwork);
  const [failure, setFailure] = useState<unknown>(null);
  const [created, setCreated] = useState<NetworkDetail>();
  const create = useMutation({
    mutationFn: () => networkFormApi.create(lang, bodyOf(form.values)),
    onSuccess: async (network) => {
      await refreshNetworks(queryClient);
      setCreated(network);
    },
    onError: (error) => {
      const fields = serverProblems(error);
      setFailure(fields ? null : error);
      form.show(fields ?? {});
    },
  });
  if (created) return <Created network={created} />;
  return (
    <>
      <Paragraph mb="l">{t('networks.form.intro')}</Paragraph>
      <NetworkForm
        values={form.values}
        update={form.update}
        problems={form.problems}
        attempt={form.attempt}
        error={failure}
        busy={create.isPending}
        submitText={t('networks.form.submitNew')}
        onSubmit={() => {
          setFailure(null);
          if (form.check()) create.mutate();
        }}
      />
    </>
  );
}

/** Coordinators set up a network; members are added on its page. */
export function NewNetworkPage() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <PageFrame
      title={t('networks.form.newTitle')}
      parents={[{ label: t('networks.title'), to: pagePath('networks', lang) }]}
    >
      <RequireLogin permission="moderate">{() => <SetUpForm />}</RequireLogin>
    </PageFrame>
  );
}
