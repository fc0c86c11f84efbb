import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { GlobalStyle } from './global-style.js';

interface AppProps {
  queryClient: QueryClient;
  /** The router: the browser's, or the server's for one page (entry-server.tsx). */
  children: ReactNode;
  /** Called once the app has drawn its first page or taken over the server's. */
  onReady?: (() => void) | undefined;
}

// Suomi.fi components work with their default theme without SuomifiThemeProvider; it is needed
// only to override tokens, which Kudos does not do. The tree is the same on the server and in the
// browser, so the browser can take over the server's page as it is.
export function App({ queryClient, children, onReady }: AppProps) {
  // From here on the page is the app's (drawn, or taken over from the server): its buttons work.
  // Browser tests wait for this mark before they press anything.
  // (A parent's effects run after its children's: the page's queries are in place by then.)
  useEffect(() => {
    onReady?.();
    document.documentElement.dataset.app = 'ready';
  }, [onReady]);
  return (
    <QueryClientProvider client={queryClient}>
      <GlobalStyle />
      {children}
    </QueryClientProvider>
  );
}
