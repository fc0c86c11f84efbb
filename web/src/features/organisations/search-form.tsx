import { useQuery } from '@tanstack/react-query';
import { useCombobox } from 'downshift';
import { type ChangeEvent, type FormEvent, type KeyboardEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { styled } from 'styled-components';
import { Button, suomifiDesignTokens, TextInput } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { useTypedBeforeReady } from '../../ui/form/use-typed-before-ready.js';
import { useDebounced } from '../../ui/use-debounced.js';
import { suggestionsQuery } from './api.js';
import { reduceSearchBox } from './search-box-reducer.js';
import { maxQueryLength } from './search-state.js';
import { SuggestionCount, SuggestionList } from './suggestion-list.js';
import {
  groupSuggestions,
  type Suggestion,
  suggestionDelayMs,
  suggestionQueryText,
} from './suggestions.js';

const { spacing } = suomifiDesignTokens;

const Form = styled.form`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: ${spacing.s};
  margin-bottom: ${spacing.xl};

  /* Narrow enough that the button stays beside the box on a phone. */
  & > :first-child {
    flex: 1 1 12rem;
    max-width: 40rem;
  }

  @media (max-width: 40rem) {
    margin-bottom: ${spacing.m};
  }
`;

// The popup is placed under the box, over whatever follows it.
const Combobox = styled.div`
  position: relative;
`;

/**
 * Suggestions for what has been typed, asked once typing pauses; none while the text is too short,
 * nor while the list is closed (a page opened with a search in its address asks nothing).
 */
function useSuggestions(text: string, open: boolean): Suggestion[] {
  const lang = useLang();
  // Closed, the text asked for is empty: a key press that opens the list asks for what is typed
  // then, not first for the text the box had before.
  const q = suggestionQueryText(useDebounced(open ? text : '', suggestionDelayMs));
  const query = useQuery({ ...suggestionsQuery(lang, q ?? ''), enabled: q !== null });
  // A failure shows nothing (the search itself works without suggestions), except that a failed
  // refresh of a text asked before keeps the suggestions it had.
  if (!open || q === null || suggestionQueryText(text) === null) return [];
  return query.data?.items ?? [];
}

/** Marks a key press as handled here, so that Downshift leaves it alone. */
function keepFromDownshift(event: KeyboardEvent) {
  (event.nativeEvent as Event & { preventDownshiftDefault?: boolean }).preventDownshiftDefault =
    true;
}

interface SearchFormProps {
  q: string;
  onSearch: (q: string) => void;
  /**
   * Organisations are suggested from the whole registry and open their page in place: not where
   * the search is limited (a network's members) or shown inside another site. Terms still are.
   */
  suggestOrganisations?: boolean;
}

/**
 * The directory's one text box: names, places, topics, business IDs. Searches on submit. While
 * typing, it suggests organisations (chosen: their page opens) and search terms (chosen: they are
 * searched for), as a combobox of the WAI-ARIA pattern with a list and manual selection.
 */
export function SearchForm({ q, onSearch, suggestOrganisations = true }: SearchFormProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [text, setText] = useState(q);
  useTypedBeforeReady('directory-q', text, setText);
  // Back and forward bring another search: the box follows the address without being remounted,
  // so the button the reader pressed keeps focus.
  const [shown, setShown] = useState(q);
  if (q !== shown) {
    setShown(q);
    setText(q);
  }

  // Open as Downshift sees it: typing, the arrow keys or a click opened it; the popup itself shows
  // only when there is something in it.
  const [isOpen, setOpen] = useState(false);
  const suggestions = useSuggestions(text, isOpen).filter(
    (s) => suggestOrganisations || s.kind === 'term',
  );
  const { ordered, groups } = groupSuggestions(suggestions);

  const choose = (suggestion: Suggestion) => {
    if (suggestion.kind === 'organisation') {
      void navigate(pagePath('organisation', lang, { id: suggestion.id }));
    } else {
      setText(suggestion.label);
      onSearch(suggestion.label);
    }
  };

  const combobox = useCombobox<Suggestion>({
    items: ordered,
    inputId: 'directory-q',
    menuId: 'directory-q-suggestions',
    getItemId: (index) => `directory-q-suggestion-${index}`,
    itemToString: (item) => item?.label ?? '',
    isOpen,
    onIsOpenChange: (changes) => setOpen(changes.isOpen),
    inputValue: text,
    onInputValueChange: ({ inputValue }) => setText(inputValue),
    // Nothing stays selected: each choice is an action (open a page, search), not a value.
    selectedItem: null,
    onSelectedItemChange: ({ selectedItem }) => {
      if (selectedItem) choose(selectedItem);
    },
    stateReducer: (state, action) => reduceSearchBox(state, action, ordered.length > 0),
  });
  const { highlightedIndex, getInputProps, openMenu, closeMenu } = combobox;
  const open = isOpen && ordered.length > 0;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Home and End move the caret in the text, as in any text box (APG lets either be chosen).
    if (event.key === 'Home' || event.key === 'End') keepFromDownshift(event);
    // Enter with no option highlighted searches for the text, as the box did before it suggested.
    if (event.key === 'Enter' && !(open && highlightedIndex >= 0)) {
      keepFromDownshift(event);
      closeMenu();
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    closeMenu();
    onSearch(text.trim());
  };

  // Downshift's change handler wants the input event; Suomi.fi's TextInput hands on the value
  // alone, so the handler goes to `onInput`, which fires for the same edits. A click in the box
  // shows the list again but never hides it: it may only be placing the caret.
  const {
    onChange: onInput,
    onClick: _toggle,
    ...inputProps
  } = getInputProps({
    onKeyDown,
    // The visible label names the box (Suomi.fi's label has no id to point to).
    'aria-labelledby': undefined,
  });

  return (
    <Form role="search" aria-label={t('directory.search.formLabel')} onSubmit={submit}>
      <Combobox>
        <TextInput
          {...inputProps}
          // An input event of a text box is the change event Downshift expects. The text is kept
          // here at once: Downshift tells its change only after the next render, which would put
          // the previous text back into the box and lose what fast typing added meanwhile.
          onInput={(event) => {
            setText(event.currentTarget.value);
            onInput?.(event as unknown as ChangeEvent<HTMLInputElement>);
          }}
          onClick={openMenu}
          aria-expanded={open}
          aria-activedescendant={
            open && highlightedIndex >= 0 ? inputProps['aria-activedescendant'] : undefined
          }
          name="q"
          labelText={t('directory.search.label')}
          hintText={t('directory.search.hint')}
          maxLength={maxQueryLength}
          fullWidth
        />
        <SuggestionList
          groups={groups}
          shown={open}
          getMenuProps={combobox.getMenuProps}
          getItemProps={combobox.getItemProps}
        />
        <SuggestionCount count={open ? ordered.length : 0} />
      </Combobox>
      <Button type="submit">{t('directory.search.submit')}</Button>
    </Form>
  );
}
