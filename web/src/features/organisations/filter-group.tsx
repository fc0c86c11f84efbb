import { useId } from 'react';
import { styled } from 'styled-components';
import { Checkbox, suomifiDesignTokens } from 'suomifi-ui-components';
import { useTranslation } from '../../i18n/use-translation.js';
import type { Label } from './labels.js';

const { colors, focuses, spacing, typography } = suomifiDesignTokens;

const Fieldset = styled.fieldset`
  margin: 0;
  padding: 0;
  border: 0;
  border-bottom: 1px solid ${colors.depthLight1};
  min-width: 0;

  & > legend {
    width: 100%;
    padding: 0;
    float: left;
  }

  & > legend + * {
    clear: both;
  }
`;

// Looks like a Suomi.fi expander title: the whole row toggles, an arrow tells the state.
const Toggle = styled.button`
  display: flex;
  justify-content: space-between;
  align-items: center;
  gap: ${spacing.s};
  width: 100%;
  padding: ${spacing.s} ${spacing.xs};
  border: 0;
  background: none;
  color: ${colors.highlightBase};
  font: inherit;
  font-weight: 600;
  text-align: left;
  cursor: pointer;

  &:hover {
    background: ${colors.highlightLight4};
  }

  &:focus-visible {
    ${focuses.boxShadowFocus}
  }

  & > svg {
    flex: none;
    transition: transform 0.15s;
  }

  &[aria-expanded='true'] > svg {
    transform: rotate(180deg);
  }
`;

const Selected = styled.span`
  ${typography.bodyTextSmall};
  font-weight: 400;
  color: ${colors.blackBase};
`;

const Options = styled.div`
  padding: 0 ${spacing.xs} ${spacing.m};

  & .fi-checkbox {
    margin-top: ${spacing.xs};
  }
`;

function Arrow() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M2 5l6 6 6-6" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}

export interface FilterOption {
  value: string;
  label: Label;
  /** How many of the results have it; absent for filters the API gives no counts for. */
  count?: number | undefined;
}

interface FilterGroupProps {
  id: string;
  legend: string;
  options: FilterOption[];
  selected: string[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onToggle: (value: string, on: boolean) => void;
}

/**
 * One filter: a fieldset whose legend is the button that shows or hides its checkboxes. The legend
 * names the group for screen readers; a collapsed group still says how many of it are chosen.
 */
export function FilterGroup({
  id,
  legend,
  options,
  selected,
  open,
  onOpenChange,
  onToggle,
}: FilterGroupProps) {
  const { t } = useTranslation();
  const contentId = useId();
  return (
    <Fieldset>
      <legend>
        <Toggle
          type="button"
          id={`${id}-toggle`}
          aria-expanded={open}
          aria-controls={open ? contentId : undefined}
          onClick={() => onOpenChange(!open)}
        >
          <span>
            {legend}
            {selected.length > 0 && (
              <Selected> ({t('directory.filters.selected', { count: selected.length })})</Selected>
            )}
          </span>
          <Arrow />
        </Toggle>
      </legend>
      {open && (
        <Options id={contentId}>
          {options.map((option) => (
            <Checkbox
              key={option.value}
              id={`${id}-${option.value}`}
              checked={selected.includes(option.value)}
              onClick={({ checkboxState }) => onToggle(option.value, checkboxState)}
            >
              <span lang={option.label.lang}>{option.label.text}</span>
              {option.count !== undefined && ` (${option.count})`}
            </Checkbox>
          ))}
        </Options>
      )}
    </Fieldset>
  );
}
