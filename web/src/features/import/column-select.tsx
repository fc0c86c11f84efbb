import { Dropdown, DropdownItem } from 'suomifi-ui-components';
import { useNamedPopover } from '../../ui/form/use-named-popover.js';

export interface ColumnOption {
  value: string;
  label: string;
}

interface ColumnSelectProps {
  id: string;
  label: string;
  hint?: string | undefined;
  /** Null shows the placeholder: nothing chosen yet. */
  value: string | null;
  placeholder: string;
  options: ColumnOption[];
  onChange: (value: string) => void;
  error?: string | undefined;
  disabled?: boolean;
}

/**
 * A Suomi.fi Dropdown for choosing a column. As in ui/form/select-field.tsx, the list renders in
 * place and gets the label as its name when it opens, which the library leaves out (axe fails it).
 */
export function ColumnSelect({
  id,
  label,
  hint,
  value,
  placeholder,
  options,
  onChange,
  error,
  disabled,
}: ColumnSelectProps) {
  const wrapper = useNamedPopover(id);

  return (
    <div ref={wrapper}>
      <Dropdown
        id={id}
        labelText={label}
        hintText={hint}
        value={value}
        visualPlaceholder={placeholder}
        onChange={onChange}
        status={error ? 'error' : 'default'}
        statusText={error}
        // The summary above the form takes focus and is read out; announcing here would repeat it.
        statusTextAriaLiveMode="off"
        disabled={disabled}
        portal={false}
        fullWidth
        mb="m"
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
