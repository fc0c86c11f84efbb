import { createContext, type ReactNode, use, useRef } from 'react';
import { useLocation } from 'react-router';

const NavigatedContext = createContext(false);

/**
 * Tells the pages whether the reader has navigated inside the app since it loaded. On the first
 * load the browser and screen reader start from the top by themselves; after a client-side
 * navigation the app has to move focus to the new page (see PageHeading).
 */
export function NavigationFocusProvider({ children }: { children: ReactNode }) {
  const location = useLocation();
  // The router gives a new location object for every navigation, including back and forward.
  const first = useRef(location);
  return <NavigatedContext value={location !== first.current}>{children}</NavigatedContext>;
}

export function useNavigated(): boolean {
  return use(NavigatedContext);
}
