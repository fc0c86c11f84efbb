import { useId } from 'react';
import { Link } from 'react-router';
import { styled } from 'styled-components';
import { suomifiDesignTokens, VisuallyHidden } from 'suomifi-ui-components';
import { keepFocus } from './keep-focus-heading.js';

const { colors, spacing, focuses } = suomifiDesignTokens;

const Group = styled.div<{ $compact: boolean }>`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${spacing.xs} ${spacing.s};
  margin-bottom: ${({ $compact }) => ($compact ? '0' : spacing.m)};
`;

const Options = styled.ul`
  display: flex;
  margin: 0;
  padding: 0;
  list-style: none;
`;

const Option = styled(Link)`
  display: block;
  padding: 7px ${spacing.insetXl};
  font-size: 16px;
  line-height: 1.5;
  border: 1px solid ${colors.highlightBase};
  color: ${colors.highlightDark1};
  background: ${colors.whiteBase};
  text-decoration: underline;

  li:first-child > & {
    border-radius: 2px 0 0 2px;
  }

  li:last-child > & {
    border-left: 0;
    border-radius: 0 2px 2px 0;
  }

  &[aria-current='true'] {
    color: ${colors.whiteBase};
    background: ${colors.highlightDark1};
    font-weight: 600;
    text-decoration: none;
  }

  &:focus-visible {
    ${focuses.boxShadowFocus}
    ${focuses.highContrastFocus}
  }
`;

export interface ViewOption {
  id: string;
  label: string;
  /** The page's address with this view. */
  to: string;
}

interface ViewChoiceProps {
  /** What is chosen: "Show the results", "Show the connections". */
  label: string;
  options: ViewOption[];
  current: string;
  /** Where room is short (beside a phone's filter button): the label is for screen readers only. */
  compact?: boolean;
}

/**
 * Ways to show the same content (a list, a map, a graph) as links that change only the address,
 * so that a view can be shared and the back button returns to the other. The link followed keeps
 * focus: the page stays, only the view changes.
 */
export function ViewChoice({ label, options, current, compact = false }: ViewChoiceProps) {
  const labelId = useId();
  return (
    <Group role="group" aria-labelledby={labelId} $compact={compact}>
      {compact ? (
        <VisuallyHidden id={labelId}>{label}</VisuallyHidden>
      ) : (
        <span id={labelId}>{label}</span>
      )}
      <Options>
        {options.map(({ id, label: optionLabel, to }) => (
          <li key={id}>
            <Option
              to={to}
              state={keepFocus}
              preventScrollReset
              replace={id === current}
              aria-current={id === current ? 'true' : undefined}
            >
              {optionLabel}
            </Option>
          </li>
        ))}
      </Options>
    </Group>
  );
}
