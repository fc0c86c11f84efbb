import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Button, Paragraph, suomifiDesignTokens, TextInput } from 'suomifi-ui-components';
import type { OrganisationSummary } from '../../../../common/schemas/organisations.js';
import { useLang } from '../../i18n/use-lang.js';
import { searchQuery } from './api.js';
import { emptyFilters } from './search-state.js';

interface OrganisationSearchProps {
  /** The search box's id, for labels and for links from a form's summary of problems. */
  id: string;
  // The texts come from the form that uses the search, in the part of the catalog its page loads.
  label: string;
  hint: string;
  searchText: string;
  foundText: (count: number, q: string) => string;
  /** A problem of the form's field that the search fills, shown beneath the box. */
  problem?: string | undefined;
  /** What the form does with the organisations found: buttons that add them, a choice of one. */
  children: (found: OrganisationSummary[]) => ReactNode;
}

/**
 * A search of the registry's published organisations inside a form: a box, a search button and
 * what was found. Enter in the box searches instead of sending the form around it.
 */
export function OrganisationSearch(props: OrganisationSearchProps) {
  const { id, label, hint, searchText, foundText, problem, children } = props;
  const lang = useLang();
  const [typed, setTyped] = useState('');
  const [asked, setAsked] = useState('');
  const found = useQuery({
    ...searchQuery(lang, { q: asked, filters: emptyFilters(), sort: '', page: 1 }),
    enabled: asked.length > 0,
  });
  const search = () => setAsked(typed.trim());

  return (
    <>
      <TextInput
        id={id}
        labelText={label}
        hintText={hint}
        value={typed}
        onChange={(next) => setTyped(next === undefined ? '' : String(next))}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            search();
          }
        }}
        status={problem ? 'error' : 'default'}
        statusText={problem}
        // The form's summary of problems takes focus and is read out; this would repeat it.
        statusTextAriaLiveMode="off"
        fullWidth
        mb="s"
      />
      <Button
        variant="secondary"
        onClick={search}
        style={{ marginBottom: suomifiDesignTokens.spacing.m }}
      >
        {searchText}
      </Button>
      <div role="status">
        {found.isSuccess && <Paragraph mb="s">{foundText(found.data.total, asked)}</Paragraph>}
      </div>
      {found.isSuccess && found.data.items.length > 0 && children(found.data.items)}
    </>
  );
}
