import { type ReactNode, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { styled } from 'styled-components';
import { Heading } from 'suomifi-ui-components';
import { useNavigated } from './navigation-focus.js';

// The heading takes focus only from script, so it is not an interactive control; Suomi.fi's
// guidance is to hide the focus outline of such targets.
const H1 = styled(Heading)`
  &:focus {
    outline: none;
  }
`;

interface PageHeadingProps {
  children: ReactNode;
  /** Language of the heading when it differs from the page's (a fallback name). */
  lang?: string;
}

/** The page's one h1. After a client-side navigation it takes focus, so screen readers announce the new page. */
export function PageHeading({ children, lang }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const navigated = useNavigated();
  const { key } = useLocation();

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the trigger: focus again on every navigation
  useEffect(() => {
    if (navigated) ref.current?.focus();
  }, [navigated, key]);

  return (
    <H1 variant="h1" ref={ref} tabIndex={-1} lang={lang} mb="m">
      {children}
    </H1>
  );
}
