import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * False while the page is still the server's drawing (on the server, and in the browser until the
 * app has taken the page over), true from then on. A form that sends through the app keeps its
 * submit button off until then: a native submission would put what was typed (a password) in the
 * address, and pressing Enter cannot submit a form whose button is off.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
