import { styled } from 'styled-components';
import { suomifiDesignTokens, Table } from 'suomifi-ui-components';
import type { z } from 'zod';
import type { OutboxStatus, outboxMessageSchema } from '../../../../common/schemas/mail.js';
import { useDateTimeFormat } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';

const { colors, spacing } = suomifiDesignTokens;

const Failed = styled.span`
  display: inline-flex;
  align-items: center;
  gap: ${spacing.xxs};
  font-weight: 600;
  color: ${colors.alertBase};

  & svg {
    flex: none;
  }
`;

const Wrapping = styled.span`
  overflow-wrap: anywhere;
`;

/** A round warning sign; the word beside it carries the meaning, so it is hidden from readers. */
function AlertIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="11" fill="currentColor" />
      <rect x="10.75" y="5.5" width="2.5" height="8.5" rx="1" fill="#fff" />
      <circle cx="12" cy="17.5" r="1.5" fill="#fff" />
    </svg>
  );
}

/** A status in words; a failed delivery also by weight and a sign, not by colour alone. */
export function MailStatus({ status }: { status: OutboxStatus }) {
  const { t } = useTranslation();
  const text = t(`admin.mail.statuses.${status}`);
  if (status !== 'failed') return text;
  return (
    <Failed>
      <AlertIcon />
      {text}
    </Failed>
  );
}

type MailRow = z.infer<typeof outboxMessageSchema>;

/** One page of messages Kudos has sent or is sending, newest first. */
export function MailTable({ messages }: { messages: MailRow[] }) {
  const { t } = useTranslation();
  const formatDate = useDateTimeFormat();

  const columns = [
    { key: 'to', labelText: t('admin.mail.to') },
    { key: 'subject', labelText: t('admin.mail.subject') },
    { key: 'status', labelText: t('admin.mail.status') },
    { key: 'attempts', labelText: t('admin.mail.attempts') },
    { key: 'lastError', labelText: t('admin.mail.lastError') },
    { key: 'createdAt', labelText: t('admin.mail.createdAt') },
    { key: 'sentAt', labelText: t('admin.mail.sentAt') },
  ] as const;

  const rows = messages.map((message) => ({
    id: message.id,
    to: <Wrapping>{message.to}</Wrapping>,
    subject: message.subject,
    status: <MailStatus status={message.status} />,
    attempts: message.attempts,
    lastError: message.lastError ? <Wrapping>{message.lastError}</Wrapping> : '–',
    createdAt: formatDate(message.createdAt),
    sentAt: message.sentAt ? formatDate(message.sentAt) : '–',
  }));

  return (
    <Table
      id="mail-table"
      caption={t('admin.mail.tableCaption')}
      columns={columns}
      data={rows}
      condensed
      mb="l"
    />
  );
}
