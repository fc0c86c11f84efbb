import { useLayoutEffect } from 'react';

/**
 * A text box of a page the server drew can be typed in before the app has taken the page over
 * (the page shows first, the app's code arrives after). React keeps what was typed in the box when
 * it takes over, but the component's state starts empty and would empty the box at its next
 * change: this hands the typed text to the state once, as the app takes over. For boxes that work
 * without the app too (a search sent as a plain form), which are therefore not switched off until
 * then as other forms are (UntilReady).
 */
export function useTypedBeforeReady(
  inputId: string,
  current: string,
  set: (typed: string) => void,
) {
  // Once, when the app first draws: later the state is what the box shows.
  // biome-ignore lint/correctness/useExhaustiveDependencies: read once, on the first draw only
  useLayoutEffect(() => {
    const typed = (document.getElementById(inputId) as HTMLInputElement | null)?.value;
    if (typed !== undefined && typed !== current) set(typed);
  }, []);
}
