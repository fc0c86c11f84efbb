import { useState } from 'react';
import { roles } from '../../../../common/schemas/accounts.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { FilterForm, fromChoice, toChoice, withAll } from '../../ui/filter-form.js';
import { SelectField } from '../../ui/form/select-field.js';
import { TextField } from '../../ui/form/text-field.js';
import type { UserFilters } from './api.js';
import { userFiltersFrom } from './filters.js';

interface UserFilterFormProps {
  filters: UserFilters;
  onApply: (next: UserFilters) => void;
}

/** Search and filters of the user list; the form starts from the URL each time it changes. */
export function UserFilterForm({ filters, onApply }: UserFilterFormProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState(filters.q);
  const [role, setRole] = useState(toChoice(filters.role));
  const [active, setActive] = useState(toChoice(filters.active));

  const apply = () => {
    const params = new URLSearchParams({ q, role: fromChoice(role), active: fromChoice(active) });
    // Read back through the URL parser, so only valid values are ever put in the address.
    onApply(userFiltersFrom(params));
  };

  return (
    <FilterForm label={t('admin.users.filtersLabel')} onSubmit={apply}>
      <TextField id="user-q" label={t('admin.users.search')} value={q} onChange={setQ} />
      <SelectField
        id="user-role"
        label={t('admin.users.role')}
        value={role}
        onChange={setRole}
        options={withAll(
          t('admin.users.allRoles'),
          roles.map((r) => ({ value: r, label: t(`roles.${r}`) })),
        )}
      />
      <SelectField
        id="user-active"
        label={t('admin.users.status')}
        value={active}
        onChange={setActive}
        options={withAll(t('admin.users.allStatuses'), [
          { value: 'true', label: t('admin.users.active') },
          { value: 'false', label: t('admin.users.inactive') },
        ])}
      />
    </FilterForm>
  );
}
