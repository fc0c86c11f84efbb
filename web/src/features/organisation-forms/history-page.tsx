import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { OrganisationDetail } from '../../../../common/schemas/organisations.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { RevisionHistory } from '../revisions/revision-history.js';
import { historyQuery, orgApi, refreshOrganisation } from './api.js';
import { useFieldLabel } from './field-labels.js';
import { useFormatValue } from './format-value.js';
import { OrganisationFrame } from './organisation-frame.js';
import { OrganisationLinks } from './organisation-links.js';
import { useReferenceReady } from './reference.js';

function HistoryView({ organisation }: { organisation: OrganisationDetail }) {
  const lang = useLang();
  const queryClient = useQueryClient();
  const query = useQuery(historyQuery(lang, organisation.id));
  // Codes are shown by name, so the names come first: no "091" turning into "Helsinki".
  const ready = useReferenceReady();
  const label = useFieldLabel();
  const format = useFormatValue();

  if (query.isPending || !ready) return <DelayedLoading />;
  if (query.isError) return <ErrorBox error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      <OrganisationLinks organisation={organisation} current="history" />
      <RevisionHistory
        items={query.data.items}
        canRestore={query.data.permissions.restore}
        label={label}
        format={format}
        restore={(revision) =>
          orgApi.restore(lang, organisation.id, {
            revision: revision.id,
            version: organisation.version,
          })
        }
        refresh={async () => {
          refreshOrganisation(queryClient, organisation.id);
          await queryClient.invalidateQueries({
            queryKey: historyQuery(lang, organisation.id).queryKey,
          });
        }}
      />
    </>
  );
}

/** What changed in an organisation and when; coordinators can put an earlier version back. */
export function HistoryPage() {
  const { t } = useTranslation();
  return (
    <OrganisationFrame
      title={(name) => (name ? t('orgForm.history.title', { name }) : t('orgForm.history.crumb'))}
      crumb={t('orgForm.history.crumb')}
    >
      {(organisation) => <HistoryView organisation={organisation} />}
    </OrganisationFrame>
  );
}
