import { type ReactNode, type RefObject, useEffect, useId, useRef } from 'react';
import { styled } from 'styled-components';
import { Heading } from 'suomifi-ui-components';
import { Section } from '../../ui/section.js';

// The heading takes focus only from script, like the page's h1, so it needs no outline.
const H2 = styled(Heading)`
  &:focus {
    outline: none;
  }
`;

interface StepProps {
  heading: string;
  /** False for the first step, there from the page load, where the reader starts from the top. */
  takeFocus?: boolean;
  /** For moving focus back to this step from a later one ("change the column choices"). */
  headingRef?: RefObject<HTMLHeadingElement | null>;
  children: ReactNode;
}

/**
 * One step of the import under its own h2. A step appears when the one before it is done, and its
 * heading takes focus then, so screen readers announce where the reader has arrived; the page is
 * long, and without this focus would stay behind on the button that was pressed.
 */
export function Step({ heading, takeFocus = true, headingRef, children }: StepProps) {
  const id = useId();
  const ref = useRef<HTMLHeadingElement | null>(null);
  // Only on appearing: a step that stays keeps its place while the reader works in it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus once, when the step appears
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, []);
  return (
    <Section aria-labelledby={id}>
      <H2
        variant="h2"
        id={id}
        tabIndex={-1}
        mb="m"
        ref={(element: HTMLHeadingElement | null) => {
          ref.current = element;
          if (headingRef) headingRef.current = element;
        }}
      >
        {heading}
      </H2>
      {children}
    </Section>
  );
}
