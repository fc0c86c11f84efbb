import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { SelectField } from '../../ui/form/select-field.js';
import { type MailFilters, toSearch } from './api.js';
import { FilterForm } from './filter-form.js';
import { mailFiltersFrom, mailStatusFilters } from './filters.js';

// Dropdown items need a value; "all" stands for no filter and never reaches the URL.
const all = 'all';

/** The mail list narrowed by status; the form starts from the URL each time it changes. */
export function MailFilterForm({ filters }: { filters: MailFilters }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [status, setStatus] = useState<string>(filters.status || all);

  const apply = () => {
    // Read back through the URL parser, so only valid values are ever put in the address.
    const next = mailFiltersFrom(new URLSearchParams({ status: status === all ? '' : status }));
    void navigate(`${pathname}${toSearch({ ...next, page: 1 })}`);
  };

  return (
    <FilterForm label={t('admin.mail.filtersLabel')} onSubmit={apply}>
      <SelectField
        id="mail-status"
        label={t('admin.mail.status')}
        value={status}
        onChange={setStatus}
        options={[
          { value: all, label: t('admin.mail.filter.all') },
          ...mailStatusFilters.map((s) => ({ value: s, label: t(`admin.mail.filter.${s}`) })),
        ]}
      />
    </FilterForm>
  );
}
