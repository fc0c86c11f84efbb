import { type ReactNode, useEffect, useRef } from 'react';
import { styled } from 'styled-components';

// Takes focus from script only, so it needs no outline of its own.
const Focusable = styled.div`
  &:focus {
    outline: none;
  }
`;

/**
 * Wraps a message that appears after a button press (not a form submit), such as a failed
 * confirmation: it takes focus when it appears, so screen readers read it at once.
 */
export function FocusAlert({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <Focusable ref={ref} tabIndex={-1}>
      {children}
    </Focusable>
  );
}
