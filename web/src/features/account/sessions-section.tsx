import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Heading, Paragraph, Table } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import type { SessionInfo } from '../../../../common/schemas/accounts.js';
import { useDateTimeFormat, useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { FormAlert } from '../../ui/form/form-alert.js';
import { Section } from '../../ui/section.js';
import { endSession } from '../auth/use-me.js';
import { accountApi, sessionsQuery } from './api.js';
import { describeUserAgent } from './user-agent.js';

function SessionsTable({ sessions }: { sessions: SessionInfo[] }) {
  const { t } = useTranslation();
  const formatDate = useDateTimeFormat();
  const columns = [
    { key: 'device', labelText: t('account.sessions.device') },
    { key: 'ip', labelText: t('account.sessions.ip') },
    { key: 'createdAt', labelText: t('account.sessions.createdAt') },
    { key: 'lastSeenAt', labelText: t('account.sessions.lastSeenAt') },
    { key: 'expiresAt', labelText: t('account.sessions.expiresAt') },
  ] as const;
  const rows = sessions.map((session) => ({
    id: session.id,
    device: (
      <>
        {session.userAgent ? describeUserAgent(session.userAgent) : t('common.unknown')}
        {session.current && <strong> ({t('account.sessions.current')})</strong>}
      </>
    ),
    ip: session.ip ?? t('common.unknown'),
    createdAt: formatDate(session.createdAt),
    lastSeenAt: formatDate(session.lastSeenAt),
    expiresAt: formatDate(session.expiresAt),
  }));
  return (
    <Table
      id="sessions-table"
      caption={t('account.sessions.count', { count: sessions.length })}
      columns={columns}
      data={rows}
      condensed
      mb="l"
    />
  );
}

/** Ends every session, this one too, after asking; then the reader is on the front page, logged out. */
function EndAllSessions() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const endAll = useMutation({
    mutationFn: () => accountApi.endAllSessions(lang),
    onSuccess: async () => {
      await navigate(pagePath('home', lang));
      endSession(queryClient);
    },
  });
  return (
    <>
      {endAll.isError && <FormAlert error={endAll.error} />}
      <Button variant="secondary" onClick={() => setAsking(true)}>
        {t('account.sessions.endAll')}
      </Button>
      <ConfirmModal
        visible={asking}
        title={t('account.sessions.confirmTitle')}
        confirmText={t('account.sessions.endAll')}
        busy={endAll.isPending}
        onConfirm={() => {
          if (!endAll.isPending) endAll.mutate(undefined, { onSettled: () => setAsking(false) });
        }}
        onCancel={() => setAsking(false)}
      >
        <Paragraph>{t('account.sessions.confirmText')}</Paragraph>
      </ConfirmModal>
    </>
  );
}

/** Where the person is logged in, and a way to end it everywhere. */
export function SessionsSection() {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useQuery(sessionsQuery(lang));
  return (
    <Section aria-labelledby="sessions-heading">
      <Heading variant="h2" id="sessions-heading" mb="s">
        {t('account.sessions.heading')}
      </Heading>
      <Paragraph mb="m">{t('account.sessions.intro')}</Paragraph>
      {query.isPending && <DelayedLoading />}
      {query.isError && <ErrorBox error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && <SessionsTable sessions={query.data.items} />}
      <EndAllSessions />
    </Section>
  );
}
