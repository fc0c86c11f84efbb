import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { GlobalStyle } from './global-style.js';
import { queryClient } from './query-client.js';
import { router } from './router.js';

// Suomi.fi components work with their default theme without SuomifiThemeProvider; it is needed
// only to override tokens, which Kudos does not do.
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <GlobalStyle />
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
