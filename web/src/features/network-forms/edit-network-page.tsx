import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Button, Paragraph } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import type { NetworkDetail } from '../../../../common/schemas/networks.js';
import { isUuid } from '../../../../common/uuid.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { useCheckedForm } from '../../ui/form/use-checked-form.js';
import { PageFrame } from '../../ui/page-frame.js';
import { RequireLogin } from '../auth/require-login.js';
import { networkQuery, refreshNetworks } from '../networks/api.js';
import { NotFoundPage } from '../not-found/not-found-page.js';
import { pickUserText } from '../organisations/labels.js';
import { useVersionedSave, VersionedEditLoader } from '../revisions/versioned-edit.js';
import { networkFormApi } from './api.js';
import { bodyOf, checkNetwork, serverProblems, valuesOf } from './form-values.js';
import { NetworkForm } from './network-form.js';

function EditForm({ network, onReload }: { network: NetworkDetail; onReload: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const form = useCheckedForm(() => valuesOf(network), checkNetwork);
  const save = useVersionedSave({
    form,
    version: network.version,
    send: (version) => networkFormApi.update(lang, network.id, { ...bodyOf(form.values), version }),
    onSaved: (next) => {
      void refreshNetworks(queryClient);
      form.setValues(valuesOf(next));
    },
    serverProblems,
  });
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
          save.changed();
          form.update(patch);
        }}
        problems={form.problems}
        attempt={form.attempt}
        error={save.failure}
        errorHelp={
          save.conflict && (
            <Button variant="secondary" onClick={onReload}>
              {t('networks.form.reload')}
            </Button>
          )
        }
        busy={save.busy}
        submitText={t('networks.form.submitEdit')}
        status={<span role="status">{save.saved && t('networks.form.saved')}</span>}
        onSubmit={save.submit}
      />
    </>
  );
}

function EditLoader({ id }: { id: string }) {
  const lang = useLang();
  return (
    <VersionedEditLoader query={useQuery(networkQuery(id, lang))}>
      {(network, reload) => <EditForm network={network} onReload={reload} />}
    </VersionedEditLoader>
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
