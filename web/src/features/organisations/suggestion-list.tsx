import type { UseComboboxPropGetters } from 'downshift';
import { styled } from 'styled-components';
import { suomifiDesignTokens, VisuallyHidden } from 'suomifi-ui-components';
import { useTranslation } from '../../i18n/use-translation.js';
import { useDebounced } from '../../ui/use-debounced.js';
import { type Suggestion, type SuggestionGroup, suggestionKey } from './suggestions.js';

const { colors, spacing, shadows, typography } = suomifiDesignTokens;

const Popup = styled.div`
  position: absolute;
  top: 100%;
  left: 0;
  right: 0;
  z-index: 10;
  max-height: min(28rem, 70vh);
  overflow-y: auto;
  margin-top: ${spacing.insetXxs};
  padding: ${spacing.insetS} 0;
  background: ${colors.whiteBase};
  border: 1px solid ${colors.depthDark3};
  border-radius: 2px;
  box-shadow: ${shadows.menuShadow};

  &[hidden] {
    display: none;
  }
`;

const GroupHeading = styled.div`
  ${typography.bodySemiBoldSmall};
  padding: ${spacing.insetM} ${spacing.s} ${spacing.insetXs};
  color: ${colors.blackLight1};
`;

// At least 44 px high, so that a finger hits the option it means; the highlighted option is
// inverted and outlined, not told by a shade alone.
const Option = styled.div`
  ${typography.bodyText};
  display: flex;
  align-items: center;
  min-height: 44px;
  box-sizing: border-box;
  padding: ${spacing.insetM} ${spacing.s};
  color: ${colors.blackBase};
  cursor: pointer;
  overflow-wrap: anywhere;

  &[aria-selected='true'] {
    background: ${colors.highlightBase};
    color: ${colors.whiteBase};
    outline: 2px solid ${colors.highlightDark1};
    outline-offset: -2px;
  }
`;

interface SuggestionListProps {
  groups: SuggestionGroup[];
  shown: boolean;
  getMenuProps: UseComboboxPropGetters<Suggestion>['getMenuProps'];
  getItemProps: UseComboboxPropGetters<Suggestion>['getItemProps'];
}

/**
 * The popup of the search box: a listbox whose options are grouped under visible headings, so
 * that organisations and search terms are told apart by sight and by screen readers (the group's
 * name). It stays in the page while hidden, since the box's `aria-controls` points to it.
 */
export function SuggestionList(props: SuggestionListProps) {
  const { groups, shown, getMenuProps, getItemProps } = props;
  const { t } = useTranslation();
  const heading = {
    organisation: t('directory.search.suggestions.organisations'),
    term: t('directory.search.suggestions.terms'),
  };
  return (
    <Popup
      {...getMenuProps({
        'aria-label': t('directory.search.suggestions.label'),
        // Pressing on a heading or the scroll bar keeps the focus in the box.
        onMouseDown: (event) => event.preventDefault(),
      })}
      hidden={!shown}
    >
      {shown &&
        groups.map((group) => {
          const headingId = `directory-q-group-${group.kind}`;
          return (
            // biome-ignore lint/a11y/useSemanticElements: options are grouped so in a listbox; a fieldset holds form fields
            <div key={group.kind} role="group" aria-labelledby={headingId}>
              <GroupHeading role="presentation" id={headingId}>
                {heading[group.kind]}
              </GroupHeading>
              {group.entries.map(({ suggestion, index }) => (
                <Option
                  key={suggestionKey(suggestion)}
                  {...getItemProps({ item: suggestion, index })}
                  lang={suggestion.kind === 'term' ? suggestion.lang : undefined}
                >
                  {suggestion.label}
                </Option>
              ))}
            </div>
          );
        })}
    </Popup>
  );
}

/**
 * Tells screen readers how many suggestions there are, once the list has settled: not at every
 * key press, which would talk over the typing.
 */
export function SuggestionCount({ count }: { count: number }) {
  const { t } = useTranslation();
  const settled = useDebounced(count, 600);
  return (
    <VisuallyHidden role="status" aria-live="polite" aria-atomic="true">
      {settled > 0 && count > 0 ? t('directory.search.suggestions.count', { count: settled }) : ''}
    </VisuallyHidden>
  );
}
