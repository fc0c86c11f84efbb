import type { UseQueryResult } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { styled } from 'styled-components';
import { Heading, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import type { OrganisationSearchResult } from '../../../../common/schemas/organisations.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { ExportLinks } from '../../ui/export-links.js';
import { SelectField } from '../../ui/form/select-field.js';
import { PageLinks } from '../../ui/page-links.js';
import { exportHref } from './api.js';
import { ProposeLinks } from './propose-links.js';
import { ResultList } from './result-list.js';
import {
  type DirectoryScope,
  type DirectoryState,
  directoryHref,
  effectiveSort,
  hasFilters,
  type SearchSort,
} from './search-state.js';

const { spacing } = suomifiDesignTokens;

const Toolbar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  justify-content: space-between;
  gap: 0 ${spacing.xl};

  & > :first-child {
    flex: 0 1 18rem;
  }
`;

const Count = styled.div`
  min-height: 1.5em;
  margin-bottom: ${spacing.m};
  font-weight: 600;
`;

/** The heading and the count share a row where there is room (a phone keeps the results high). */
const Head = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: 0 ${spacing.m};
`;

function SortSelect({
  state,
  onChange,
}: {
  state: DirectoryState;
  onChange: (next: DirectoryState) => void;
}) {
  const { t } = useTranslation();
  const sorts: SearchSort[] = state.q ? ['relevance', 'name', 'updated'] : ['name', 'updated'];
  const labels = {
    relevance: t('directory.sort.relevance'),
    name: t('directory.sort.name'),
    updated: t('directory.sort.updated'),
  };
  return (
    <SelectField
      id="directory-sort"
      label={t('directory.sort.label')}
      value={effectiveSort(state)}
      options={sorts.map((value) => ({ value, label: labels[value] }))}
      onChange={(value) => onChange({ ...state, sort: value as SearchSort, page: 1 })}
    />
  );
}

interface EmptyProps {
  state: DirectoryState;
  total: number;
  /** What an empty directory says instead of the registry's words (a network without members). */
  emptyText?: string | undefined;
}

/** What to say when a search finds nothing, and the way out. */
function Empty({ state, total, emptyText }: EmptyProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  if (total > 0) {
    // A page past the last one, e.g. from an old link.
    return (
      <>
        <Paragraph mb="s">{t('directory.results.pastLastPage')}</Paragraph>
        <AppLink to={directoryHref(pathname, { ...state, page: 1 })}>
          {t('directory.results.toFirstPage')}
        </AppLink>
      </>
    );
  }
  if (!state.q && !hasFilters(state)) {
    if (emptyText) return <Paragraph mb="l">{emptyText}</Paragraph>;
    // An empty directory says what to do next.
    return (
      <>
        <Paragraph mb="s">{t('directory.results.registryEmpty')}</Paragraph>
        <ProposeLinks />
      </>
    );
  }
  return (
    <>
      <Paragraph mb="s">{t('directory.results.noMatches')}</Paragraph>
      <Paragraph mb="s">{t('directory.results.noMatchesHelp')}</Paragraph>
      <AppLink to={pathname}>{t('directory.results.startOver')}</AppLink>
    </>
  );
}

interface ResultsProps {
  state: DirectoryState;
  query: UseQueryResult<OrganisationSearchResult>;
  onChange: (next: DirectoryState) => void;
  /** The members of a network only: the downloads are of them too. */
  scope?: DirectoryScope | undefined;
  /** The results' heading level; each organisation's is one below. */
  headingLevel?: 2 | 3;
  /** Organisations open on Kudos in a new tab (the directory shown inside another site). */
  newTab?: boolean;
  emptyText?: string | undefined;
}

/** The result count (announced politely when it changes), sorting, downloads, the list and its pages. */
export function Results(props: ResultsProps) {
  const { state, query, onChange, scope, headingLevel = 2, newTab = false, emptyText } = props;
  const { t } = useTranslation();
  const lang = useLang();
  const { pathname } = useLocation();
  const data = query.isError ? undefined : query.data;
  const loadingNext = query.isPlaceholderData && query.isFetching;

  return (
    <section aria-labelledby="directory-results-heading">
      <Head>
        <Heading variant={`h${headingLevel}`} id="directory-results-heading" mb="s">
          {t('directory.results.heading')}
        </Heading>
        {/* Emptied while the next result loads, so that even an unchanged count is announced. */}
        <Count role="status">
          {data && !loadingNext ? t('directory.results.count', { count: data.total }) : ''}
        </Count>
      </Head>
      {(query.isPending || loadingNext) && <DelayedLoading />}
      {query.isError && <ErrorBox error={query.error} onRetry={() => void query.refetch()} />}
      {data && (
        <>
          <Toolbar>
            <SortSelect state={state} onChange={onChange} />
          </Toolbar>
          {data.items.length > 0 ? (
            <ResultList
              items={data.items}
              busy={loadingNext}
              headingLevel={headingLevel === 2 ? 'h3' : 'h4'}
              newTab={newTab}
            />
          ) : (
            <Empty state={state} total={data.total} emptyText={emptyText} />
          )}
          <PageLinks
            page={data.page}
            pageSize={data.pageSize}
            total={data.total}
            hrefFor={(page) => directoryHref(pathname, { ...state, page })}
          />
          {/* After the list, so that the first results come first on a small screen. */}
          {data.total > 0 && (
            <ExportLinks hrefOf={(format) => exportHref(state, format, lang, scope)} />
          )}
        </>
      )}
    </section>
  );
}
