import type { ReactNode } from 'react';
import { styled } from 'styled-components';
import { useHydrated } from '../use-hydrated.js';

// No box of its own: the form's layout is as without it.
const Gate = styled.fieldset`
  display: contents;
`;

/**
 * A form's fields and buttons, off while the page is still the server's drawing: what a reader
 * typed before the app took the page over would be lost (the app starts from empty fields), and a
 * native submission would put it in the address. Links and text are not affected.
 */
export function UntilReady({ children }: { children: ReactNode }) {
  const hydrated = useHydrated();
  return <Gate disabled={!hydrated}>{children}</Gate>;
}
