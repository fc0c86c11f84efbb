import { type UseComboboxState, type UseComboboxStateChangeOptions, useCombobox } from 'downshift';
import type { Suggestion } from './suggestions.js';

/**
 * Downshift's rules, with two changes. Leaving the box (Tab, a click elsewhere) only closes the
 * list: it never picks the highlighted option. Escape clears the box when no list is showing,
 * also when Downshift thinks one is open but there was nothing to suggest.
 */
export function reduceSearchBox(
  state: UseComboboxState<Suggestion>,
  { type, changes }: UseComboboxStateChangeOptions<Suggestion>,
  hasItems: boolean,
): Partial<UseComboboxState<Suggestion>> {
  switch (type) {
    case useCombobox.stateChangeTypes.InputBlur:
      return { ...changes, selectedItem: state.selectedItem, inputValue: state.inputValue };
    case useCombobox.stateChangeTypes.InputKeyDownEscape:
      return state.isOpen && !hasItems ? { ...changes, inputValue: '' } : changes;
    default:
      return changes;
  }
}
