import { type ReactNode, useEffect, useState } from 'react';
import { styled } from 'styled-components';
import { Button, suomifiDesignTokens } from 'suomifi-ui-components';

const { spacing, colors } = suomifiDesignTokens;

const Box = styled.fieldset`
  margin: 0 0 ${spacing.l};
  padding: ${spacing.m} ${spacing.m} 0;
  border: 1px solid ${colors.depthLight1};
  min-width: 0;

  & > legend {
    padding: 0 ${spacing.xs};
    font-weight: 600;
  }
`;

/** A group of fields: one entry of a list, or a part of a form. */
export function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Box>
      <legend>{legend}</legend>
      {children}
    </Box>
  );
}

/**
 * Moves focus to an element once it has rendered: to the first field of an entry just added to a
 * list, or to the list's add button after an entry (and the button pressed) went away, so that
 * keyboard and screen-reader users are not left on a vanished element.
 */
export function useFocusAfterRender(): (id: string) => void {
  const [pending, setPending] = useState<string | null>(null);
  useEffect(() => {
    if (!pending) return;
    document.getElementById(pending)?.focus();
    setPending(null);
  }, [pending]);
  return setPending;
}

interface EditableListProps<T> {
  items: T[];
  onChange: (items: T[]) => void;
  /** An entry's legend, by its number from 1: "Organisation 2". */
  legend: (n: number) => string;
  /** Its remove button, by number, so the many buttons can be told apart. */
  removeText: (n: number) => string;
  addText: string;
  /** The add button's id: focus goes there after an entry is removed. */
  addId: string;
  newItem: () => T;
  /** The id of an entry's first field: focus goes there when the entry is added. */
  firstFieldId: (index: number) => string;
  /** An entry's fields. */
  children: (item: T, index: number, legend: string) => ReactNode;
}

/** A list of entries, each a group of fields with a remove button, and a button to add one. */
export function EditableList<T>(props: EditableListProps<T>) {
  const { items, onChange, legend, removeText, addText, addId, newItem, firstFieldId } = props;
  const focusLater = useFocusAfterRender();
  return (
    <>
      {items.map((item, i) => {
        const name = legend(i + 1);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: an entry is its place in the list
          <Group key={i} legend={name}>
            {props.children(item, i, name)}
            <Button
              variant="secondary"
              mb="m"
              onClick={() => {
                onChange(items.filter((_, j) => j !== i));
                focusLater(addId);
              }}
            >
              {removeText(i + 1)}
            </Button>
          </Group>
        );
      })}
      <Button
        variant="secondary"
        mb="xl"
        id={addId}
        onClick={() => {
          onChange([...items, newItem()]);
          focusLater(firstFieldId(items.length));
        }}
      >
        {addText}
      </Button>
    </>
  );
}
