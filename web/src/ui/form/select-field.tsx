import { Dropdown, DropdownItem } from 'suomifi-ui-components';
import { useNamedPopover } from './use-named-popover.js';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  options: SelectOption[];
  onChange: (value: string) => void;
  hint?: string;
  /** Shown while nothing is chosen (value ''), where the reader must choose rather than accept a default. */
  placeholder?: string;
  /** The field's problem after a submit, beneath it; the form's summary announces it. */
  problem?: string | undefined;
}

/**
 * A Suomi.fi Dropdown that screen readers can name when it is open. The library leaves its list
 * without a name and, by default, renders it outside every landmark; both fail axe while the list is
 * open. So the list renders in place, and gets the field's label as its name when it appears.
 */
export function SelectField({
  id,
  label,
  value,
  options,
  onChange,
  hint,
  placeholder,
  problem,
}: SelectFieldProps) {
  const wrapper = useNamedPopover(id);

  return (
    <div ref={wrapper}>
      <Dropdown
        id={id}
        labelText={label}
        hintText={hint}
        value={value || null}
        onChange={onChange}
        visualPlaceholder={placeholder}
        status={problem ? 'error' : 'default'}
        statusText={problem}
        statusTextAriaLiveMode="off"
        portal={false}
        fullWidth
        mb="l"
      >
        {options.map((option) => (
          <DropdownItem key={option.value} value={option.value}>
            {option.label}
          </DropdownItem>
        ))}
      </Dropdown>
    </div>
  );
}
