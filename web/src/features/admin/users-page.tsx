import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
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
import { toSearch, usersQuery } from './api.js';
import { userFiltersFrom } from './filters.js';
import { UserEditModal } from './user-edit-modal.js';
import { UserFilterForm } from './user-filter-form.js';
import { UsersTable } from './users-table.js';

function UsersView() {
  const { t } = useTranslation();
  const lang = useLang();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const filters = userFiltersFrom(params);
  const query = useQuery(usersQuery(lang, filters));
  const [editingId, setEditingId] = useState<string>();
  const [savedName, setSavedName] = useState<string>();

  if (query.error instanceof ApiError && query.error.status === 403) return <NoPermission />;
  const editing = query.data?.items.find((user) => user.id === editingId);

  return (
    <>
      {/* Keyed by the URL: back and forward put the form back to the filters of that address. */}
      <UserFilterForm key={params.toString()} filters={filters} />
      <div role="status">
        {savedName && <Paragraph mb="m">{t('admin.users.saved', { name: savedName })}</Paragraph>}
        {query.isSuccess && (
          <Paragraph mb="m">{t('admin.users.count', { count: query.data.total })}</Paragraph>
        )}
      </div>
      {query.isPending && <DelayedLoading />}
      {query.isError && <ErrorBox error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && (
        <>
          {query.data.items.length > 0 ? (
            <UsersTable
              users={query.data.items}
              onEdit={(user) => {
                setSavedName(undefined);
                setEditingId(user.id);
              }}
            />
          ) : (
            <Paragraph mb="l">{t('admin.users.empty')}</Paragraph>
          )}
          <PageLinks
            page={query.data.page}
            pageSize={query.data.pageSize}
            total={query.data.total}
            hrefFor={(page) => `${pathname}${toSearch({ ...filters, page })}`}
          />
        </>
      )}
      <UserEditModal
        user={editing}
        onClose={() => setEditingId(undefined)}
        onSaved={(user) => {
          setEditingId(undefined);
          if (user) setSavedName(user.name);
        }}
      />
    </>
  );
}

/** Administrators find people and change their role, regions and whether the account is in use. */
export function AdminUsersPage() {
  const { t } = useTranslation();
  return (
    <PageFrame title={t('admin.users.title')}>
      <RequireLogin permission="manageUsers">{() => <UsersView />}</RequireLogin>
    </PageFrame>
  );
}
