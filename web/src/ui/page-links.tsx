import { Link } from 'react-router';
import { styled } from 'styled-components';
import { RouterLink, suomifiDesignTokens } from 'suomifi-ui-components';
import { useTranslation } from '../i18n/use-translation.js';
import { pageWindow } from './page-window.js';

const { colors, spacing } = suomifiDesignTokens;

const List = styled.ul`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${spacing.xs};
  margin: 0 0 ${spacing.l};
  padding: 0;
  list-style: none;

  & a {
    display: inline-block;
    min-width: 44px;
    padding: ${spacing.xs} ${spacing.s};
    text-align: center;
  }

  /* The current page is marked by a box and weight, not by colour alone. */
  & a[aria-current] {
    font-weight: 600;
    border: 2px solid ${colors.highlightBase};
    text-decoration: none;
  }
`;

interface PageLinksProps {
  page: number;
  pageSize: number;
  total: number;
  /** The address of a page of the list, with the filters kept. */
  hrefFor: (page: number) => string;
}

/** Page numbers as plain links, so that every page of a list has an address of its own. */
export function PageLinks({ page, pageSize, total, hrefFor }: PageLinksProps) {
  const { t } = useTranslation();
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  if (lastPage === 1) return null;
  return (
    <nav aria-label={t('pagination.label')}>
      <List>
        {page > 1 && (
          <li>
            <RouterLink asComponent={Link} to={hrefFor(page - 1)}>
              {t('pagination.previous')}
            </RouterLink>
          </li>
        )}
        {pageWindow(page, lastPage).map((p, i) =>
          p === 'gap' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: a gap has no identity but its place
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              <RouterLink
                asComponent={Link}
                to={hrefFor(p)}
                aria-current={p === page ? 'page' : undefined}
                aria-label={t('pagination.page', { page: p })}
              >
                {p}
              </RouterLink>
            </li>
          ),
        )}
        {page < lastPage && (
          <li>
            <RouterLink asComponent={Link} to={hrefFor(page + 1)}>
              {t('pagination.next')}
            </RouterLink>
          </li>
        )}
      </List>
    </nav>
  );
}
