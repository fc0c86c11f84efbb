import { type ReactNode, useEffect, useRef } from 'react';
import { styled } from 'styled-components';
import { InlineAlert } from 'suomifi-ui-components';

// Takes focus from script only, so it needs no outline of its own.
const Focusable = styled.div`
  &:focus {
    outline: none;
  }
`;

interface FocusMessageProps {
  heading: string;
  children?: ReactNode;
  status?: 'neutral' | 'error';
  /** False when the message is there from the page load, where the reader starts from the top. */
  takeFocus?: boolean;
}

/**
 * The outcome of an action that replaces its form ("Check your e-mail"). It takes focus when it
 * appears: the form the reader was in is gone, and focus must not be lost with it.
 */
export function FocusMessage({
  heading,
  children,
  status = 'neutral',
  takeFocus = true,
}: FocusMessageProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Only on appearing: the message keeps its place while the reader moves on.
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus once, when the message appears
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, []);
  return (
    <Focusable ref={ref} tabIndex={-1}>
      <InlineAlert status={status} labelText={heading} mb="l">
        {children}
      </InlineAlert>
    </Focusable>
  );
}
