import type { ComponentProps } from 'react';
import { Link } from 'react-router';
import { Breadcrumb, BreadcrumbLink } from 'suomifi-ui-components';
import { useTranslation } from '../i18n/use-translation.js';

export interface Crumb {
  label: string;
  /** Path of the page; the last crumb, the current page, has none. */
  to?: string;
  /** Language of the label when it differs from the page's (a fallback name). */
  lang?: string;
}

// Suomi.fi's BreadcrumbLink renders its `asProp` with an `href`; this hands it to the router so
// the crumbs navigate client-side like every other link.
function RouterAnchor({ href = '', ...rest }: ComponentProps<'a'>) {
  return <Link to={href} {...rest} />;
}

// The current crumb drops extra props, so the language goes on an inner span.
function CrumbLabel({ label, lang }: Crumb) {
  return lang ? <span lang={lang}>{label}</span> : label;
}

/** Breadcrumbs below the header on pages deeper than the front page. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const { t } = useTranslation();
  return (
    <Breadcrumb aria-label={t('app.breadcrumb')} mb="l">
      {items.map((item) =>
        item.to ? (
          <BreadcrumbLink key={item.to} href={item.to} asProp={RouterAnchor}>
            <CrumbLabel {...item} />
          </BreadcrumbLink>
        ) : (
          <BreadcrumbLink key="current" current>
            <CrumbLabel {...item} />
          </BreadcrumbLink>
        ),
      )}
    </Breadcrumb>
  );
}
