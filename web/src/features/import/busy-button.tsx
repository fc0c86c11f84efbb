import type { ReactNode } from 'react';
import { Button } from 'suomifi-ui-components';
import { useHydrated } from '../../ui/use-hydrated.js';

interface BusyButtonProps {
  children: ReactNode;
  /** While the request is on its way the button shows a spinner and says `busyText`. */
  busy: boolean;
  busyText: string;
  /** An import is running and this must wait. */
  disabled?: boolean;
}

/** A step's submit button, like ui/form/submit-button.tsx but with its own busy text. */
export function BusyButton({ children, busy, busyText, disabled = false }: BusyButtonProps) {
  const hydrated = useHydrated();
  const loading = busy ? { loading: true as const, ariaLoadingText: busyText } : {};
  return (
    <Button type="submit" disabled={disabled || !hydrated} {...loading}>
      {children}
    </Button>
  );
}
