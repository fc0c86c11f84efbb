import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation.js';
import { FilterForm, fromChoice, toChoice, withAll } from '../../ui/filter-form.js';
import { SelectField } from '../../ui/form/select-field.js';
import type { MailFilters } from './api.js';
import { mailFiltersFrom, mailStatusFilters } from './filters.js';

interface MailFilterFormProps {
  filters: MailFilters;
  onApply: (next: MailFilters) => void;
}

/** The mail list narrowed by status; the form starts from the URL each time it changes. */
export function MailFilterForm({ filters, onApply }: MailFilterFormProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState(toChoice(filters.status));

  // Read back through the URL parser, so only valid values are ever put in the address.
  const apply = () => onApply(mailFiltersFrom(new URLSearchParams({ status: fromChoice(status) })));

  return (
    <FilterForm label={t('admin.mail.filtersLabel')} onSubmit={apply}>
      <SelectField
        id="mail-status"
        label={t('admin.mail.status')}
        value={status}
        onChange={setStatus}
        options={withAll(
          t('admin.mail.filter.all'),
          mailStatusFilters.map((s) => ({ value: s, label: t(`admin.mail.filter.${s}`) })),
        )}
      />
    </FilterForm>
  );
}
