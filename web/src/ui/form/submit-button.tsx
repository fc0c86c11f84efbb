import type { ReactNode } from 'react';
import { Button } from 'suomifi-ui-components';
import { useTranslation } from '../../i18n/use-translation.js';
import { useHydrated } from '../use-hydrated.js';

interface SubmitButtonProps {
  children: ReactNode;
  /** While the request is on its way the button is disabled and shows a spinner. */
  busy: boolean;
  variant?: 'default' | 'secondary';
}

export function SubmitButton({ children, busy, variant = 'default' }: SubmitButtonProps) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const loading = busy ? { loading: true as const, ariaLoadingText: t('form.sending') } : {};
  return (
    <Button type="submit" variant={variant} disabled={!hydrated} {...loading}>
      {children}
    </Button>
  );
}
