import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Button, Paragraph } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import type { NetworkDetail } from '../../../../common/schemas/networks.js';
import { isUuid } from '../../../../common/uuid.js';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { AppLink } from '../../ui/app-link.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { useCheckedForm } from '../../ui/form/use-checked-form.js';
import { PageFrame } from '../../ui/page-frame.js';
import { NoPermission, RequireLogin } from '../auth/require-login.js';
import { networkQuery, refreshNetworks } from '../networks/api.js';
import { NotFoundPage } from '../not-found/not-found-page.js';
import { pickUserText } from '../organisations/labels.js';
import { networkFormApi } from './api.js';
import { bodyOf, checkNetwork, serverProblems, valuesOf } from './form-values.js';
import { NetworkForm } from './network-form.js';

function EditForm({ network, onReload }: { network: NetworkDetail; onReload: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const form = useCheckedForm(() => valuesOf(network), checkNetwork);
  const [version, setVersion] = useState(network.version);
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: () => networkFormApi.update(lang, network.id, { ...bodyOf(form.values), version }),
    onSuccess: (next) => {
      void refreshNetworks(queryClient);
      setVersion(next.version);
      form.setValues(valuesOf(next));
      setSaved(true);
    },
    onError: (error) => {
      const fields = serverProblems(error);
      setFailure(fields ? null : error);
      form.show(fields ?? {});
    },
  });
  const conflict = failure instanceof ApiError && failure.code === 'version_conflict';
  return (
    <>
      <Paragraph mb="l">
        <AppLink to={pagePath('network', lang, { id: network.id })}>
          {t('networks.form.toNetwork')}
        </AppLink>
      </Paragraph>
      <NetworkForm
        values={form.values}
        update={(patch) => {
          setSaved(false);
          form.update(patch);
        }}
        problems={form.problems}
        attempt={form.attempt}
        error={failure}
        errorHelp={
          conflict && (
            <Button variant="secondary" onClick={onReload}>
              {t('networks.form.reload')}
            </Button>
          )
        }
        busy={save.isPending}
        submitText={t('networks.form.submitEdit')}
        status={<span role="status">{saved && t('networks.form.saved')}</span>}
        onSubmit={() => {
          setFailure(null);
          setSaved(false);
          if (form.check()) save.mutate();
        }}
      />
    </>
  );
}

function EditLoader({ id }: { id: string }) {
  const lang = useLang();
  const query = useQuery(networkQuery(id, lang));
  // A new key after "load the latest version" starts the form again from it (as for projects).
  const [round, setRound] = useState(0);
  if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
  if (query.isError) return <ErrorBox error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.isSuccess) return <DelayedLoading />;
  if (!query.data.permissions.edit) return <NoPermission />;
  return (
    <EditForm
      key={round}
      network={query.data}
      onReload={() => {
        void query.refetch().then(() => setRound((n) => n + 1));
      }}
    />
  );
}

/** Those who run the network and coordinators change it; 409 tells of a newer version. */
export function EditNetworkPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = '' } = useParams();
  const title = useQuery({ ...networkQuery(id, lang), enabled: isUuid(id) });
  if (!isUuid(id)) return <NotFoundPage />;
  const name = title.data ? pickUserText(title.data.name, lang) : undefined;
  return (
    <PageFrame
      title={t('networks.form.editTitle')}
      parents={[
        { label: t('networks.title'), to: pagePath('networks', lang) },
        ...(name
          ? [{ label: name.text, lang: name.lang, to: pagePath('network', lang, { id }) }]
          : []),
      ]}
    >
      <RequireLogin>{() => <EditLoader id={id} />}</RequireLogin>
    </PageFrame>
  );
}
