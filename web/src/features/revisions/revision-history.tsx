// The history of a record's revisions, shared by the members' pages of every module that keeps
// revisions (organisations, projects). Its texts are in the members' part (`history.*`).
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { styled } from 'styled-components';
import { Button, Heading, Paragraph, suomifiDesignTokens, Table } from 'suomifi-ui-components';
import { useDateTimeFormat } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { FocusMessage } from '../../ui/focus-message.js';
import { FormAlert } from '../../ui/form/form-alert.js';

/** One revision of a record as the API's history answers it. */
export interface Revision {
  id: string;
  version: number;
  action: 'create' | 'update' | 'restore' | 'merge' | 'import' | 'confirm';
  at: string;
  actor: string | null;
  changes: { field: string; before: unknown; after: unknown }[];
}

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

interface Wording {
  /** The name of a field by its path (`title.fi` → "Title in Finnish"). */
  label: (path: string) => string;
  /** A value of a field as people read it (codes by name, dates in the page's format). */
  format: (path: string, value: unknown) => string;
}

function Changes({ revision, label, format }: { revision: Revision } & Wording) {
  const { t } = useTranslation();
  if (revision.changes.length === 0) {
    return <Paragraph mb="m">{t('history.noChanges')}</Paragraph>;
  }
  const columns = [
    { key: 'field', labelText: t('history.field') },
    { key: 'before', labelText: t('history.before') },
    { key: 'after', labelText: t('history.after') },
  ] as const;
  const rows = revision.changes.map((change) => ({
    id: change.field,
    field: label(change.field),
    before: revision.action === 'create' ? '–' : format(change.field, change.before),
    after: format(change.field, change.after),
  }));
  return (
    <Table
      caption={t('history.caption', { version: revision.version })}
      columns={columns}
      data={rows}
      condensed
      mb="m"
    />
  );
}

interface RevisionHistoryProps extends Wording {
  /** Newest first. */
  items: Revision[];
  canRestore: boolean;
  /** Puts a revision back as a new version; answers with the new version. */
  restore: (revision: Revision) => Promise<{ version: number }>;
  /** After a restore (or a refused one): fetch again what shows the record and its history. */
  refresh: () => Promise<unknown>;
}

/**
 * A record's revisions, newest first, each with what changed field by field; those who may
 * restore put an earlier version back (as a new version) after confirming.
 */
export function RevisionHistory(props: RevisionHistoryProps) {
  const { items, canRestore, label, format } = props;
  const { t } = useTranslation();
  const formatTime = useDateTimeFormat();
  const [asking, setAsking] = useState<Revision>();
  const [restored, setRestored] = useState<{ from: number; to: number }>();
  const restore = useMutation({
    mutationFn: props.restore,
    onSuccess: async (updated, revision) => {
      // The list is fresh before the dialog closes, so focus lands on the message.
      await props.refresh();
      setRestored({ from: revision.version, to: updated.version });
      setAsking(undefined);
    },
    onError: () => void props.refresh(),
  });
  const latest = items[0]?.version;

  return (
    <>
      {restored && <FocusMessage key={restored.to} heading={t('history.restored', restored)} />}
      <Paragraph mb="l">{t('history.intro', { count: items.length })}</Paragraph>
      {items.map((revision) => (
        <Item key={revision.id} aria-labelledby={`revision-${revision.id}`}>
          <Heading variant="h2" id={`revision-${revision.id}`} mb="xs">
            {t('history.heading', {
              version: revision.version,
              action: t(`history.actions.${revision.action}`),
            })}
          </Heading>
          <Paragraph mb="m">
            {revision.actor
              ? t('history.byWhom', { time: formatTime(revision.at), actor: revision.actor })
              : formatTime(revision.at)}
          </Paragraph>
          <Changes revision={revision} label={label} format={format} />
          {canRestore && revision.version !== latest && (
            <Button
              variant="secondary"
              onClick={() => {
                restore.reset();
                setRestored(undefined);
                setAsking(revision);
              }}
            >
              {t('history.restore', { version: revision.version })}
            </Button>
          )}
        </Item>
      ))}
      <ConfirmModal
        visible={Boolean(asking)}
        title={t('history.confirmTitle', { version: asking?.version ?? 0 })}
        confirmText={t('history.restore', { version: asking?.version ?? 0 })}
        busy={restore.isPending}
        onConfirm={() => asking && restore.mutate(asking)}
        onCancel={() => {
          setAsking(undefined);
          restore.reset();
        }}
      >
        {restore.isError && <FormAlert error={restore.error} />}
        <Paragraph>
          {t('history.confirmText', {
            version: asking?.version ?? 0,
            time: asking ? formatTime(asking.at) : '',
          })}
        </Paragraph>
      </ConfirmModal>
    </>
  );
}
