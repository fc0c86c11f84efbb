import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { styled } from 'styled-components';
import { suomifiDesignTokens, VisuallyHidden } from 'suomifi-ui-components';
import { keepFocus } from './keep-focus-heading.js';
import { type DirectoryState, type DirectoryView, directoryHref } from './search-state.js';

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

interface ViewSwitchProps {
  state: DirectoryState;
  /** On a phone, beside the filters button: the label is for screen readers only. */
  compact?: boolean;
}

/**
 * The list or the map: two links that change only the address's `view`, so a view can be shared
 * and the back button returns to the other. The link followed keeps focus (it stays in place).
 */
export function ViewSwitch({ state, compact = false }: ViewSwitchProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const labelId = useId();
  const current = state.view ?? 'list';
  const views: { view: DirectoryView; label: string }[] = [
    { view: 'list', label: t('directory.view.list') },
    { view: 'map', label: t('directory.view.map') },
  ];
  return (
    <Group role="group" aria-labelledby={labelId} $compact={compact}>
      {compact ? (
        <VisuallyHidden id={labelId}>{t('directory.view.label')}</VisuallyHidden>
      ) : (
        <span id={labelId}>{t('directory.view.label')}</span>
      )}
      <Options>
        {views.map(({ view, label }) => (
          <li key={view}>
            <Option
              to={directoryHref(pathname, { ...state, view })}
              state={keepFocus}
              preventScrollReset
              replace={view === current}
              aria-current={view === current ? 'true' : undefined}
            >
              {label}
            </Option>
          </li>
        ))}
      </Options>
    </Group>
  );
}
