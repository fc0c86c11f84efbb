import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { RouterLink } from 'suomifi-ui-components';

interface AppLinkProps {
  to: string;
  children: ReactNode;
  lang?: string;
}

/**
 * A link inside the app: Suomi.fi link styles, client-side navigation. Underlined from the start,
 * so links stand out from text by more than colour.
 */
export function AppLink({ to, children, lang }: AppLinkProps) {
  return (
    <RouterLink asComponent={Link} to={to} lang={lang} underline="initial">
      {children}
    </RouterLink>
  );
}
