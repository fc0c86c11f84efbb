import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { styled } from 'styled-components';
import { Button, suomifiDesignTokens } from 'suomifi-ui-components';
import { AppLink } from '../../ui/app-link.js';

const { spacing, colors } = suomifiDesignTokens;

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
      <Fields>{children}</Fields>
      <Actions>
        <Button type="submit">{t('admin.filters.apply')}</Button>
        <AppLink to={pathname}>{t('admin.filters.clear')}</AppLink>
      </Actions>
    </Form>
  );
}
