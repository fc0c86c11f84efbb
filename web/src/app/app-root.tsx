import { Outlet, ScrollRestoration } from 'react-router';
import { NavigationFocusProvider } from '../ui/navigation-focus.js';

/** Route element above every page. */
export function AppRoot() {
  return (
    <NavigationFocusProvider>
      <ScrollRestoration />
      <Outlet />
    </NavigationFocusProvider>
  );
}
