import { type ReactNode, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { styled } from 'styled-components';
import { Heading } from 'suomifi-ui-components';
import { useNavigated } from './navigation-focus.js';

const H1 = styled(Heading)`
  &:focus {
    outline: none;
  }
`;

/** Navigation state of a change made on the page itself (a filter, the sort): focus stays put. */
export const keepFocus = { keepFocus: true } as const;

function keepsFocus(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'keepFocus' in state;
}

/**
 * The page's h1, which takes focus after a navigation like PageHeading does, except when the
 * navigation came from a control on this page: the reader who ticks a filter stays on the filter,
 * and the result count is announced instead (a status region). Going back to such a search keeps
 * focus too, as the page stays; arriving from another page always moves focus here. For pages
 * with a search in them: the directory, a network's members. `lang` as for PageHeading.
 */
export function KeepFocusHeading({ children, lang }: { children: ReactNode; lang?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const navigated = useNavigated();
  const { key, state } = useLocation();
  const mounted = useRef(false);

  // Arriving from another page (including back from one) always focuses the heading; only changes
  // made while on this page may keep focus where it is.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the trigger: every navigation
  useEffect(() => {
    const arrived = !mounted.current;
    mounted.current = true;
    if (navigated && (arrived || !keepsFocus(state))) ref.current?.focus();
  }, [navigated, key]);

  return (
    <H1 variant="h1" ref={ref} tabIndex={-1} lang={lang} mb="m">
      {children}
    </H1>
  );
}
