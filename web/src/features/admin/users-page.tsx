import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Paragraph } from 'suomifi-ui-components';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { useUrlFilters } from '../../ui/filter-form.js';
import { PageFrame } from '../../ui/page-frame.js';
import { PagedResults } from '../../ui/paged-results.js';
import { NoPermission, RequireLogin } from '../auth/require-login.js';
import { usersQuery } from './api.js';
import { userFiltersFrom } from './filters.js';
import { UserEditModal } from './user-edit-modal.js';
import { UserFilterForm } from './user-filter-form.js';
import { UsersTable } from './users-table.js';

function UsersView() {
  const { t } = useTranslation();
  const lang = useLang();
  const list = useUrlFilters(userFiltersFrom);
  const query = useQuery(usersQuery(lang, list.filters));
  const [editingId, setEditingId] = useState<string>();
  const [savedName, setSavedName] = useState<string>();

  if (query.error instanceof ApiError && query.error.status === 403) return <NoPermission />;
  const editing = query.data?.items.find((user) => user.id === editingId);

  return (
    <>
      <UserFilterForm key={list.formKey} filters={list.filters} onApply={list.apply} />
      <PagedResults
        query={query}
        countText={(count) => t('admin.users.count', { count })}
        emptyText={t('admin.users.empty')}
        hrefFor={list.hrefFor}
        status={
          savedName && <Paragraph mb="m">{t('admin.users.saved', { name: savedName })}</Paragraph>
        }
      >
        {(items) => (
          <UsersTable
            users={items}
            onEdit={(user) => {
              setSavedName(undefined);
              setEditingId(user.id);
            }}
          />
        )}
      </PagedResults>
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
