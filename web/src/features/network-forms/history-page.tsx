import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { pickText } from '../../../../common/languages.js';
import { networkKinds } from '../../../../common/network-fields.js';
import { pagePath } from '../../../../common/routes.js';
import type { NetworkDetail } from '../../../../common/schemas/networks.js';
import { isUuid } from '../../../../common/uuid.js';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { PageFrame } from '../../ui/page-frame.js';
import { networkQuery, refreshNetworks } from '../networks/api.js';
import { NotFoundPage } from '../not-found/not-found-page.js';
import { pickUserText } from '../organisations/labels.js';
import { regionListQuery } from '../regions/api.js';
import { RevisionHistory } from '../revisions/revision-history.js';
import { networkFormApi, networkHistoryQuery } from './api.js';

/** Field names and values of a network's revisions in the page language. */
function useWording() {
  const { t } = useTranslation();
  const lang = useLang();
  const regions = useQuery(regionListQuery(lang));
  const label = (path: string) =>
    t(`networks.form.labels.${path.replace('.', '_')}` as 'networks.form.labels.kind', {
      defaultValue: '',
    }) || path;
  const one = (path: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '–';
    if (typeof value === 'boolean') return t(`networks.history.${value ? 'yes' : 'no'}`);
    if (path === 'kind') {
      const kind = networkKinds.find((k) => k === value);
      return kind ? t(`networks.kinds.${kind}`) : String(value);
    }
    if (path === 'regions') {
      const region = regions.data?.items.find((r) => r.code === value);
      return region ? pickText(region.name, lang).text : String(value);
    }
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
  const format = (path: string, value: unknown) =>
    Array.isArray(value)
      ? value.length
        ? value.map((v) => one(path, v)).join('\n')
        : '–'
      : one(path, value);
  return { label, format };
}

function HistoryView({ network }: { network: NetworkDetail }) {
  const lang = useLang();
  const queryClient = useQueryClient();
  const query = useQuery(networkHistoryQuery(lang, network.id));
  const { label, format } = useWording();
  if (query.isPending) return <DelayedLoading />;
  if (query.isError) return <ErrorBox error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <RevisionHistory
      items={query.data.items}
      canRestore={query.data.permissions.restore}
      label={label}
      format={format}
      restore={(revision) =>
        networkFormApi.restore(lang, network.id, {
          revision: revision.id,
          version: network.version,
        })
      }
      refresh={() => refreshNetworks(queryClient)}
    />
  );
}

/** What changed in a network's fields and when; coordinators can put an earlier version back. */
export function NetworkHistoryPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = '' } = useParams();
  const query = useQuery({ ...networkQuery(id, lang), enabled: isUuid(id) });
  if (!isUuid(id)) return <NotFoundPage />;
  if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
  const name = query.data ? pickUserText(query.data.name, lang) : undefined;
  return (
    <PageFrame
      title={name ? t('networks.history.title', { name: name.text }) : t('networks.history.crumb')}
      parents={[
        { label: t('networks.title'), to: pagePath('networks', lang) },
        ...(name
          ? [{ label: name.text, lang: name.lang, to: pagePath('network', lang, { id }) }]
          : []),
      ]}
    >
      {query.isError && <ErrorBox error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && <DelayedLoading />}
      {query.isSuccess && <HistoryView network={query.data} />}
    </PageFrame>
  );
}
