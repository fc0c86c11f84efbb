import type { FormEvent, ReactNode } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { styled } from 'styled-components';
import { Button, suomifiDesignTokens } from 'suomifi-ui-components';
import { useTranslation } from '../i18n/use-translation.js';
import { AppLink } from './app-link.js';
import type { SelectOption } from './form/select-field.js';
import { UntilReady } from './form/until-ready.js';

const { spacing, colors } = suomifiDesignTokens;

/** Filters as a query string: empty values and the first page are left out. */
export function toSearch<F>(filters: { [K in keyof F]: string | number }): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries<string | number>(filters)) {
    if (value === '' || (key === 'page' && value === 1)) continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

const Form = styled.form`
  margin-bottom: ${spacing.l};
  padding: ${spacing.m};
  border: 1px solid ${colors.depthLight1};
  background: ${colors.depthLight3};
`;

const Fields = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
  gap: 0 ${spacing.l};
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${spacing.m};
`;

interface FilterFormProps {
  label: string;
  onSubmit: () => void;
  /** Shown above the fields, e.g. problems with them. */
  problems?: ReactNode;
  children: ReactNode;
}

/** Filters of a list: applied on submit, kept in the URL so the result can be shared and returned to. */
export function FilterForm({ label, onSubmit, problems, children }: FilterFormProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Form role="search" aria-label={label} noValidate onSubmit={submit}>
      {problems}
      <UntilReady>
        <Fields>{children}</Fields>
        <Actions>
          <Button type="submit">{t('filters.apply')}</Button>
          <AppLink to={pathname}>{t('filters.clear')}</AppLink>
        </Actions>
      </UntilReady>
    </Form>
  );
}

/**
 * A list's filters as the URL holds them: `formKey` resets the filter form when the address
 * changes (back and forward put it back to that address's filters), `apply` goes to the first
 * page of new filters, `hrefFor` to another page of these.
 */
export function useUrlFilters<F extends { [K in keyof F]: string | number }>(
  parse: (params: URLSearchParams) => F,
) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const filters = parse(params);
  return {
    filters,
    formKey: params.toString(),
    hrefFor: (page: number) => `${pathname}${toSearch({ ...filters, page })}`,
    apply: (next: F) => {
      void navigate(`${pathname}${toSearch({ ...next, page: 1 })}`);
    },
  };
}

// Dropdown items need a value; "all" stands for no filter and never reaches the URL.
const all = 'all';

/** A filter dropdown's options with "all" first. */
export const withAll = (label: string, options: SelectOption[]): SelectOption[] => [
  { value: all, label },
  ...options,
];

/** The dropdown value of a filter, and back: "" (no filter) is shown as "all". */
export const toChoice = (value: string) => value || all;
export const fromChoice = (choice: string) => (choice === all ? '' : choice);
