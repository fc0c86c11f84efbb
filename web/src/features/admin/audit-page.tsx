import { useQuery } from '@tanstack/react-query';
import { Paragraph } from 'suomifi-ui-components';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { useUrlFilters } from '../../ui/filter-form.js';
import { PageFrame } from '../../ui/page-frame.js';
import { PagedResults } from '../../ui/paged-results.js';
import { NoPermission, RequireLogin } from '../auth/require-login.js';
import { auditQuery } from './api.js';
import { AuditFilterForm } from './audit-filter-form.js';
import { AuditTable } from './audit-table.js';
import { auditFiltersFrom } from './filters.js';

function AuditView() {
  const { t } = useTranslation();
  const lang = useLang();
  const list = useUrlFilters(auditFiltersFrom);
  const query = useQuery(auditQuery(lang, list.filters));

  if (query.error instanceof ApiError && query.error.status === 403) return <NoPermission />;
  return (
    <>
      <Paragraph mb="l">{t('admin.audit.intro')}</Paragraph>
      <AuditFilterForm key={list.formKey} filters={list.filters} onApply={list.apply} />
      <PagedResults
        query={query}
        countText={(count) => t('admin.audit.count', { count })}
        emptyText={t('admin.audit.empty')}
        hrefFor={list.hrefFor}
      >
        {(items) => <AuditTable events={items} />}
      </PagedResults>
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
