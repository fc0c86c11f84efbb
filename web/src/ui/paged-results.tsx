import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Paragraph } from 'suomifi-ui-components';
import { DelayedLoading } from './delayed-loading.js';
import { ErrorBox } from './error-box.js';
import { PageLinks } from './page-links.js';

/** One page of a list as the API answers it. */
export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

interface PagedResultsProps<T> {
  query: UseQueryResult<Paged<T>>;
  /** "124 events": announced when the result changes. */
  countText: (total: number) => string;
  /** What an empty result says. */
  emptyText: string;
  /** The address of another page of the same result. */
  hrefFor: (page: number) => string;
  /** A message announced with the count, e.g. what was just saved. */
  status?: ReactNode;
  /** The page's items, e.g. as a table. */
  children: (items: T[]) => ReactNode;
}

/**
 * The result part of a filtered list: the count in a status region, loading and error states,
 * the items or what an empty result says, and page links.
 */
export function PagedResults<T>(props: PagedResultsProps<T>) {
  const { query, countText, emptyText, hrefFor, status, children } = props;
  return (
    <>
      <div role="status">
        {status}
        {query.isSuccess && <Paragraph mb="m">{countText(query.data.total)}</Paragraph>}
      </div>
      {query.isPending && <DelayedLoading />}
      {query.isError && <ErrorBox error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && (
        <>
          {query.data.items.length > 0 ? (
            children(query.data.items)
          ) : (
            <Paragraph mb="l">{emptyText}</Paragraph>
          )}
          <PageLinks
            page={query.data.page}
            pageSize={query.data.pageSize}
            total={query.data.total}
            hrefFor={hrefFor}
          />
        </>
      )}
    </>
  );
}
