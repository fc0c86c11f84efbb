import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { Paragraph } from 'suomifi-ui-components';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { PageFrame } from '../../ui/page-frame.js';
import { PageLinks } from '../../ui/page-links.js';
import { NoPermission, RequireLogin } from '../auth/require-login.js';
import { auditQuery, toSearch } from './api.js';
import { AuditFilterForm } from './audit-filter-form.js';
import { AuditTable } from './audit-table.js';
import { auditFiltersFrom } from './filters.js';

function AuditView() {
  const { t } = useTranslation();
  const lang = useLang();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const filters = auditFiltersFrom(params);
  const query = useQuery(auditQuery(lang, filters));

  if (query.error instanceof ApiError && query.error.status === 403) return <NoPermission />;
  return (
    <>
      <Paragraph mb="l">{t('admin.audit.intro')}</Paragraph>
      <AuditFilterForm key={params.toString()} filters={filters} />
      <div role="status">
        {query.isSuccess && (
          <Paragraph mb="m">{t('admin.audit.count', { count: query.data.total })}</Paragraph>
        )}
      </div>
      {query.isPending && <DelayedLoading />}
      {query.isError && <ErrorBox error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && (
        <>
          {query.data.items.length > 0 ? (
            <AuditTable events={query.data.items} />
          ) : (
            <Paragraph mb="l">{t('admin.audit.empty')}</Paragraph>
          )}
          <PageLinks
            page={query.data.page}
            pageSize={query.data.pageSize}
            total={query.data.total}
            hrefFor={(page) => `${pathname}${toSearch({ ...filters, page })}`}
          />
        </>
      )}
    </>
  );
}

/** The security and change log, for those allowed to read it. */
export function AdminAuditPage() {
  const { t } = useTranslation();
  return (
    <PageFrame title={t('admin.audit.title')}>
      <RequireLogin permission="viewAuditLog">{() => <AuditView />}</RequireLogin>
    </PageFrame>
  );
}
