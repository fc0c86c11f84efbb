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
}

/**
 * A Suomi.fi Dropdown that screen readers can name when it is open. The library leaves its list
 * without a name and, by default, renders it outside every landmark; both fail axe while the list is
 * open. So the list renders in place, and gets the field's label as its name when it appears.
 */
export function SelectField({ id, label, value, options, onChange }: SelectFieldProps) {
  const wrapper = useNamedPopover(id);

  return (
    <div ref={wrapper}>
      <Dropdown
        id={id}
        labelText={label}
        value={value}
        onChange={onChange}
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
