import { type UseComboboxStateChangeOptions, useCombobox } from 'downshift';
import { describe, expect, it } from 'vitest';
import { reduceSearchBox } from './search-box-reducer.js';
import type { Suggestion } from './suggestions.js';

const types = useCombobox.stateChangeTypes;
const kahvila: Suggestion = { kind: 'organisation', id: 'a', label: 'Kahvila Kaneli' };

/** Downshift's own changes for an action, as the reducer receives them. */
const action = (
  type: UseComboboxStateChangeOptions<Suggestion>['type'],
  changes: UseComboboxStateChangeOptions<Suggestion>['changes'],
) => ({ type, changes }) as UseComboboxStateChangeOptions<Suggestion>;

const open = { isOpen: true, highlightedIndex: 0, selectedItem: null, inputValue: 'kah' };
const closed = { ...open, isOpen: false, highlightedIndex: -1 };

describe('reduceSearchBox', () => {
  it('closes the list on leaving the box without choosing the highlighted option', () => {
    const changes = {
      isOpen: false,
      highlightedIndex: -1,
      selectedItem: kahvila,
      inputValue: kahvila.label,
    };
    expect(reduceSearchBox(open, action(types.InputBlur, changes), true)).toEqual({
      isOpen: false,
      highlightedIndex: -1,
      selectedItem: null,
      inputValue: 'kah',
    });
  });

  it('lets the first Escape close a list that shows, keeping the text', () => {
    const changes = { isOpen: false, highlightedIndex: -1 };
    expect(reduceSearchBox(open, action(types.InputKeyDownEscape, changes), true)).toEqual(changes);
  });

  it('clears the box on Escape when no list shows, even if Downshift counts it open', () => {
    const changes = { isOpen: false, highlightedIndex: -1 };
    expect(reduceSearchBox(open, action(types.InputKeyDownEscape, changes), false)).toEqual({
      ...changes,
      inputValue: '',
    });
  });

  it('leaves the second Escape to Downshift, which clears the box', () => {
    const changes = { isOpen: false, highlightedIndex: -1, selectedItem: null, inputValue: '' };
    expect(reduceSearchBox(closed, action(types.InputKeyDownEscape, changes), true)).toEqual(
      changes,
    );
  });

  it('chooses the highlighted option with Enter as Downshift does', () => {
    const changes = { isOpen: false, selectedItem: kahvila, inputValue: kahvila.label };
    expect(reduceSearchBox(open, action(types.InputKeyDownEnter, changes), true)).toBe(changes);
  });
});
