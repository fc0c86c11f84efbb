import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { styled } from 'styled-components';
import { Button, suomifiDesignTokens, TextInput } from 'suomifi-ui-components';
import { maxQueryLength } from './search-state.js';

const { spacing } = suomifiDesignTokens;

const Form = styled.form`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: ${spacing.s};
  margin-bottom: ${spacing.xl};

  & > :first-child {
    flex: 1 1 20rem;
    max-width: 40rem;
  }
`;

interface SearchFormProps {
  q: string;
  onSearch: (q: string) => void;
}

/** The directory's one text box: names, places, topics, business IDs. Searches on submit. */
export function SearchForm({ q, onSearch }: SearchFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(q);
  // Back and forward bring another search: the box follows the address without being remounted,
  // so the button the reader pressed keeps focus.
  const [shown, setShown] = useState(q);
  if (q !== shown) {
    setShown(q);
    setText(q);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text.trim());
  };
  return (
    <Form role="search" aria-label={t('directory.search.formLabel')} onSubmit={submit}>
      <TextInput
        id="directory-q"
        name="q"
        labelText={t('directory.search.label')}
        hintText={t('directory.search.hint')}
        value={text}
        maxLength={maxQueryLength}
        onChange={(value) => setText(value === undefined ? '' : String(value))}
        fullWidth
      />
      <Button type="submit">{t('directory.search.submit')}</Button>
    </Form>
  );
}
