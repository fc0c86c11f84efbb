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
import { mailQuery, toSearch } from './api.js';
import { mailFiltersFrom } from './filters.js';
import { MailFilterForm } from './mail-filter-form.js';
import { MailTable } from './mail-table.js';

function MailView() {
  const { t } = useTranslation();
  const lang = useLang();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const filters = mailFiltersFrom(params);
  const query = useQuery(mailQuery(lang, filters));

  if (query.error instanceof ApiError && query.error.status === 403) return <NoPermission />;
  return (
    <>
      <Paragraph mb="m">{t('admin.mail.intro')}</Paragraph>
      <Paragraph mb="l">{t('admin.mail.introStatuses')}</Paragraph>
      {/* Keyed by the URL: back and forward put the form back to the filter of that address. */}
      <MailFilterForm key={params.toString()} filters={filters} />
      <div role="status">
        {query.isSuccess && (
          <Paragraph mb="m">{t('admin.mail.count', { count: query.data.total })}</Paragraph>
        )}
      </div>
      {query.isPending && <DelayedLoading />}
      {query.isError && <ErrorBox error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && (
        <>
          {query.data.items.length > 0 ? (
            <MailTable messages={query.data.items} />
          ) : (
            <Paragraph mb="l">{t(`admin.mail.empty.${filters.status || 'all'}`)}</Paragraph>
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

/** The e-mail Kudos sends, so administrators can see whether links reached people. */
export function AdminMailPage() {
  const { t } = useTranslation();
  return (
    <PageFrame title={t('admin.mail.title')}>
      <RequireLogin permission="manageUsers">{() => <MailView />}</RequireLogin>
    </PageFrame>
  );
}
