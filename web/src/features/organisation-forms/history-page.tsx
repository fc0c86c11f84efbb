import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { styled } from 'styled-components';
import { Button, Heading, Paragraph, suomifiDesignTokens, Table } from 'suomifi-ui-components';
import type { z } from 'zod';
import type {
  OrganisationDetail,
  revisionSchema,
} from '../../../../common/schemas/organisations.js';
import { ApiError } from '../../app/api-client.js';
import { useDateTimeFormat, useLang } from '../../i18n/use-lang.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { FocusMessage } from '../../ui/focus-message.js';
import { FormAlert } from '../../ui/form/form-alert.js';
import { historyQuery, orgApi, refreshOrganisation } from './api.js';
import { useFieldLabel } from './field-labels.js';
import { useFormatValue } from './format-value.js';
import { OrganisationFrame } from './organisation-frame.js';
import { OrganisationLinks } from './organisation-links.js';
import { useReferenceReady } from './reference.js';

type Revision = z.infer<typeof revisionSchema>;

const { spacing, colors } = suomifiDesignTokens;

const Item = styled.section`
  margin-bottom: ${spacing.xl};
  padding-bottom: ${spacing.m};
  border-bottom: 1px solid ${colors.depthLight1};

  & td {
    overflow-wrap: anywhere;
    white-space: pre-line;
    vertical-align: top;
  }
`;

function Changes({ revision }: { revision: Revision }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const format = useFormatValue();
  if (revision.changes.length === 0) {
    return <Paragraph mb="m">{t('orgForm.history.noChanges')}</Paragraph>;
  }
  const columns = [
    { key: 'field', labelText: t('orgForm.history.field') },
    { key: 'before', labelText: t('orgForm.history.before') },
    { key: 'after', labelText: t('orgForm.history.after') },
  ] as const;
  const rows = revision.changes.map((change) => ({
    id: change.field,
    field: label(change.field),
    before: revision.action === 'create' ? '–' : format(change.field, change.before),
    after: format(change.field, change.after),
  }));
  return (
    <Table
      caption={t('orgForm.history.caption', { version: revision.version })}
      columns={columns}
      data={rows}
      condensed
      mb="m"
    />
  );
}

function HistoryView({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const formatTime = useDateTimeFormat();
  const query = useQuery(historyQuery(lang, organisation.id));
  // Codes are shown by name, so the names come first: no "091" turning into "Helsinki".
  const ready = useReferenceReady();
  const [asking, setAsking] = useState<Revision>();
  const [restored, setRestored] = useState<{ from: number; to: number }>();

  const restore = useMutation({
    mutationFn: (revision: Revision) =>
      orgApi.restore(lang, organisation.id, {
        revision: revision.id,
        version: organisation.version,
      }),
    onSuccess: async (updated, revision) => {
      refreshOrganisation(queryClient, organisation.id);
      // The list is fresh before the dialog closes, so focus lands on the message.
      await queryClient.invalidateQueries({
        queryKey: historyQuery(lang, organisation.id).queryKey,
      });
      setRestored({ from: revision.version, to: updated.version });
      setAsking(undefined);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'version_conflict') {
        refreshOrganisation(queryClient, organisation.id);
      }
    },
  });

  if (query.isPending || !ready) return <DelayedLoading />;
  if (query.isError) return <ErrorBox error={query.error} onRetry={() => void query.refetch()} />;
  const { items, permissions } = query.data;
  const latest = items[0]?.version;

  return (
    <>
      <OrganisationLinks organisation={organisation} current="history" />
      {restored && (
        <FocusMessage key={restored.to} heading={t('orgForm.history.restored', restored)} />
      )}
      <Paragraph mb="l">{t('orgForm.history.intro', { count: items.length })}</Paragraph>
      {items.map((revision) => (
        <Item key={revision.id} aria-labelledby={`revision-${revision.id}`}>
          <Heading variant="h2" id={`revision-${revision.id}`} mb="xs">
            {t('orgForm.history.heading', {
              version: revision.version,
              action: t(`orgForm.history.actions.${revision.action}`),
            })}
          </Heading>
          <Paragraph mb="m">
            {revision.actor
              ? t('orgForm.history.byWhom', {
                  time: formatTime(revision.at),
                  actor: revision.actor,
                })
              : formatTime(revision.at)}
          </Paragraph>
          <Changes revision={revision} />
          {permissions.restore && revision.version !== latest && (
            <Button
              variant="secondary"
              onClick={() => {
                restore.reset();
                setRestored(undefined);
                setAsking(revision);
              }}
            >
              {t('orgForm.history.restore', { version: revision.version })}
            </Button>
          )}
        </Item>
      ))}
      <ConfirmModal
        visible={Boolean(asking)}
        title={t('orgForm.history.confirmTitle', { version: asking?.version ?? 0 })}
        confirmText={t('orgForm.history.restore', { version: asking?.version ?? 0 })}
        busy={restore.isPending}
        onConfirm={() => asking && restore.mutate(asking)}
        onCancel={() => {
          setAsking(undefined);
          restore.reset();
        }}
      >
        {restore.isError && <FormAlert error={restore.error} />}
        <Paragraph>
          {t('orgForm.history.confirmText', {
            version: asking?.version ?? 0,
            time: asking ? formatTime(asking.at) : '',
          })}
        </Paragraph>
      </ConfirmModal>
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
