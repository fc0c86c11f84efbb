import { useQuery } from '@tanstack/react-query';
import { Paragraph } from 'suomifi-ui-components';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { useUrlFilters } from '../../ui/filter-form.js';
import { PageFrame } from '../../ui/page-frame.js';
import { PagedResults } from '../../ui/paged-results.js';
import { NoPermission, RequireLogin } from '../auth/require-login.js';
import { mailQuery } from './api.js';
import { mailFiltersFrom } from './filters.js';
import { MailFilterForm } from './mail-filter-form.js';
import { MailTable } from './mail-table.js';

function MailView() {
  const { t } = useTranslation();
  const lang = useLang();
  const list = useUrlFilters(mailFiltersFrom);
  const { filters } = list;
  const query = useQuery(mailQuery(lang, filters));

  if (query.error instanceof ApiError && query.error.status === 403) return <NoPermission />;
  return (
    <>
      <Paragraph mb="m">{t('admin.mail.intro')}</Paragraph>
      <Paragraph mb="l">{t('admin.mail.introStatuses')}</Paragraph>
      <MailFilterForm key={list.formKey} filters={filters} onApply={list.apply} />
      <PagedResults
        query={query}
        countText={(count) => t('admin.mail.count', { count })}
        emptyText={t(`admin.mail.empty.${filters.status || 'all'}`)}
        hrefFor={list.hrefFor}
      >
        {(items) => <MailTable messages={items} />}
      </PagedResults>
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
