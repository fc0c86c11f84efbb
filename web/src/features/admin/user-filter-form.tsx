import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { roles } from '../../../../common/schemas/accounts.js';
import { SelectField } from '../../ui/form/select-field.js';
import { TextField } from '../../ui/form/text-field.js';
import { toSearch, type UserFilters } from './api.js';
import { FilterForm } from './filter-form.js';
import { userFiltersFrom } from './filters.js';

// Dropdown items need a value; "all" stands for no filter and never reaches the URL.
const all = 'all';

/** Search and filters of the user list; the form starts from the URL each time it changes. */
export function UserFilterForm({ filters }: { filters: UserFilters }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [q, setQ] = useState(filters.q);
  const [role, setRole] = useState<string>(filters.role || all);
  const [active, setActive] = useState<string>(filters.active || all);

  const apply = () => {
    const params = new URLSearchParams({
      q,
      role: role === all ? '' : role,
      active: active === all ? '' : active,
    });
    // Read back through the URL parser, so only valid values are ever put in the address.
    const next = userFiltersFrom(params);
    void navigate(`${pathname}${toSearch({ ...next, page: 1 })}`);
  };

  return (
    <FilterForm label={t('admin.users.filtersLabel')} onSubmit={apply}>
      <TextField id="user-q" label={t('admin.users.search')} value={q} onChange={setQ} />
      <SelectField
        id="user-role"
        label={t('admin.users.role')}
        value={role}
        onChange={setRole}
        options={[
          { value: all, label: t('admin.users.allRoles') },
          ...roles.map((r) => ({ value: r, label: t(`roles.${r}`) })),
        ]}
      />
      <SelectField
        id="user-active"
        label={t('admin.users.status')}
        value={active}
        onChange={setActive}
        options={[
          { value: all, label: t('admin.users.allStatuses') },
          { value: 'true', label: t('admin.users.active') },
          { value: 'false', label: t('admin.users.inactive') },
        ]}
      />
    </FilterForm>
  );
}
