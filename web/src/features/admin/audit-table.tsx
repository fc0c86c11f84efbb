import { useLocation } from 'react-router';
import { styled } from 'styled-components';
import { Table } from 'suomifi-ui-components';
import type { AuditEvent } from '../../../../common/schemas/accounts.js';
import { useDateTimeFormat } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { toSearch } from '../../ui/filter-form.js';
import { AuditActionName } from './audit-actions.js';

const Details = styled.dl`
  margin: 0;
  font-size: 16px;

  & dt {
    display: inline;
    font-weight: 600;
  }

  & dt::after {
    content: ': ';
  }

  & dd {
    display: inline;
    margin: 0;
    overflow-wrap: anywhere;
  }

  & dd::after {
    content: '';
    display: block;
  }
`;

function DetailList({ details }: { details: Record<string, unknown> }) {
  const entries = Object.entries(details);
  if (entries.length === 0) return '–';
  return (
    <Details>
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{typeof value === 'string' ? value : JSON.stringify(value)}</dd>
        </div>
      ))}
    </Details>
  );
}

/**
 * The start of a UUID: enough to tell people apart on a page, short enough to keep the table
 * readable. The link behind it filters by the whole id, and the filter field shows it in full.
 */
function shortId(id: string): string {
  return /^[0-9a-f]{8}-[0-9a-f-]{27}$/i.test(id) ? `${id.slice(0, 8)}…` : id;
}

/** One page of audit events, newest first; actor and target link to the events of the same. */
export function AuditTable({ events }: { events: AuditEvent[] }) {
  const { t } = useTranslation();
  const formatDate = useDateTimeFormat();
  const { pathname } = useLocation();

  const columns = [
    { key: 'at', labelText: t('admin.audit.at') },
    { key: 'action', labelText: t('admin.audit.action') },
    { key: 'actor', labelText: t('admin.audit.actor') },
    { key: 'target', labelText: t('admin.audit.target') },
    { key: 'ip', labelText: t('admin.audit.ip') },
    { key: 'details', labelText: t('admin.audit.details') },
  ] as const;

  const rows = events.map((event) => {
    const actorName =
      event.actorLabel ?? (event.actorId ? shortId(event.actorId) : t('admin.audit.system'));
    const target = [event.targetType, event.targetId && shortId(event.targetId)]
      .filter(Boolean)
      .join(': ');
    return {
      id: event.id,
      at: formatDate(event.at),
      action: <AuditActionName action={event.action} />,
      actor: event.actorId ? (
        <AppLink to={`${pathname}${toSearch({ actorId: event.actorId })}`}>{actorName}</AppLink>
      ) : (
        actorName
      ),
      target: event.targetId ? (
        <AppLink to={`${pathname}${toSearch({ targetId: event.targetId })}`}>{target}</AppLink>
      ) : (
        target || '–'
      ),
      ip: event.ip ?? '–',
      details: <DetailList details={event.details} />,
    };
  });

  return (
    <Table
      id="audit-table"
      caption={t('admin.audit.tableCaption')}
      columns={columns}
      data={rows}
      condensed
      mb="l"
    />
  );
}
