import { styled } from 'styled-components';
import { Button, suomifiDesignTokens, Table, VisuallyHidden } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import type { UserSummary } from '../../../../common/schemas/accounts.js';
import { useDateTimeFormat, useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { toSearch } from '../../ui/filter-form.js';
import { useRegionNames } from './region-names.js';

const Actions = styled.div`
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: ${suomifiDesignTokens.spacing.xs};
  font-size: 16px;
`;

interface UsersTableProps {
  users: UserSummary[];
  onEdit: (user: UserSummary) => void;
}

/** One page of users, each with a button to change their role, regions or status. */
export function UsersTable({ users, onEdit }: UsersTableProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const formatDate = useDateTimeFormat();
  const { nameOf } = useRegionNames();

  const columns = [
    { key: 'name', labelText: t('form.name') },
    { key: 'email', labelText: t('form.email') },
    { key: 'role', labelText: t('admin.users.role') },
    { key: 'regions', labelText: t('admin.users.regions') },
    { key: 'status', labelText: t('admin.users.status') },
    { key: 'lastLogin', labelText: t('admin.users.lastLogin') },
    { key: 'actions', labelText: t('admin.users.actions') },
  ] as const;

  const rows = users.map((user) => ({
    id: user.id,
    name: user.name,
    email: user.email,
    role: t(`roles.${user.role}`),
    regions: user.regions.length > 0 ? user.regions.map(nameOf).join(', ') : '–',
    status: !user.active
      ? t('admin.users.inactive')
      : user.emailVerified
        ? t('admin.users.active')
        : t('admin.users.unverified'),
    lastLogin: user.lastLoginAt ? formatDate(user.lastLoginAt) : t('admin.users.never'),
    actions: (
      <Actions>
        {/* The server says who may be changed (not one's own account); the UI only shows it. */}
        {!user.permissions.update ? (
          <span>{t('admin.users.self')}</span>
        ) : (
          // The name in the accessible name tells the many "Edit" buttons apart.
          <Button
            variant="secondary"
            onClick={() => onEdit(user)}
            aria-label={t('admin.users.editUser', { name: user.name })}
          >
            {t('admin.users.edit')}
          </Button>
        )}
        <AppLink to={`${pagePath('adminAudit', lang)}${toSearch({ targetId: user.id })}`}>
          {t('admin.users.events')}
          <VisuallyHidden>: {user.name}</VisuallyHidden>
        </AppLink>
      </Actions>
    ),
  }));

  return (
    <Table
      id="users-table"
      caption={t('admin.users.tableCaption')}
      columns={columns}
      data={rows}
      condensed
      mb="l"
    />
  );
}
