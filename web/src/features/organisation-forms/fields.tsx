import { type FocusEvent, useCallback } from 'react';
import { styled } from 'styled-components';
import {
  Checkbox,
  Dropdown,
  DropdownItem,
  RadioButton,
  RadioButtonGroup,
  Textarea,
  TextInput,
} from 'suomifi-ui-components';
import { useTranslation } from '../../i18n/use-translation.js';
import { CheckboxColumns } from '../../ui/form/checkbox-columns.js';
import { useNamedPopover } from '../../ui/form/use-named-popover.js';
import type { FieldProblem } from './field-problems.js';
import type { Tri } from './form-values.js';
import type { Option } from './reference.js';

/** The id of a field's input from its API path: `criteria.employees` → `org-criteria-employees`. */
export const fieldId = (path: string) => `org-${path.replace(/\./g, '-')}`;

/** The focusable button of a Dropdown field (Suomi.fi adds `_button` to the id it is given). */
export const dropdownId = (path: string) => `${fieldId(path)}_button`;

/** The text of a field problem in the page language. */
export function useProblemText(): (problem: FieldProblem) => string {
  const { t } = useTranslation();
  return useCallback(
    (problem: FieldProblem) => t(`orgForm.errors.${problem.code}`, { max: problem.max ?? 0 }),
    [t],
  );
}

interface FieldBase {
  path: string;
  label: string;
  problem?: FieldProblem | undefined;
  hint?: string;
  optional?: boolean;
}

interface TextProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
  onBlur?: (event: FocusEvent<HTMLInputElement>) => void;
  type?: 'text' | 'email' | 'tel' | 'url';
  autoComplete?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
  /** Language of what is typed, when it differs from the page's (the Swedish name). */
  lang?: string;
  /** Narrow fields for short values such as a postal code or a year. */
  narrow?: boolean;
}

/**
 * Short values (a postal code, a year) get a short input, while the label, hint and message above
 * and below it keep the width of the form instead of wrapping into a narrow column.
 */
export const Narrow = styled.div`
  & .fi-text-input_input-element-container,
  & .fi-date-input_input-and-picker-wrapper {
    max-width: 14rem;
  }
`;

// The error summary takes focus and is read out, so the fields' own messages stay silent
// (statusTextAriaLiveMode="off") rather than announce the same thing twice.

export function TextField(props: TextProps) {
  const { t } = useTranslation();
  const text = useProblemText();
  const { path, label, problem, hint, optional, value, onChange, onBlur, narrow } = props;
  const input = (
    <TextInput
      id={fieldId(path)}
      name={path}
      labelText={label}
      hintText={hint}
      optionalText={optional ? t('form.optional') : undefined}
      type={props.type ?? 'text'}
      autoComplete={props.autoComplete}
      inputMode={props.inputMode}
      lang={props.lang}
      value={value}
      onChange={(next) => onChange(next === undefined ? '' : String(next))}
      onBlur={onBlur}
      status={problem ? 'error' : 'default'}
      statusText={problem ? text(problem) : undefined}
      statusTextAriaLiveMode="off"
      fullWidth
      mb="l"
    />
  );
  return narrow ? <Narrow>{input}</Narrow> : input;
}

interface LongTextProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
  lang?: string;
}

export function LongTextField(props: LongTextProps) {
  const { t } = useTranslation();
  const text = useProblemText();
  const { path, label, problem, hint, optional, value, onChange } = props;
  return (
    <Textarea
      id={fieldId(path)}
      name={path}
      labelText={label}
      hintText={hint}
      optionalText={optional ? t('form.optional') : undefined}
      lang={props.lang}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      status={problem ? 'error' : 'default'}
      statusText={problem ? text(problem) : undefined}
      statusTextAriaLiveMode="off"
      resize="vertical"
      fullWidth
      mb="l"
    />
  );
}

interface SelectProps extends FieldBase {
  value: string;
  options: Option[];
  onChange: (value: string) => void;
  /** The label of the "nothing chosen" item, which stands for an empty value. */
  noneLabel: string;
}

// Dropdown items need a value; this one stands for "nothing chosen" and never reaches the API.
const none = '__none__';

/**
 * A Suomi.fi Dropdown whose list is named when open and rendered in place (as ui/form/select-field
 * does, for axe), with a hint, an optional mark and a problem beneath.
 */
export function SelectField(props: SelectProps) {
  const { t } = useTranslation();
  const text = useProblemText();
  const { path, label, problem, hint, optional, value, options, onChange, noneLabel } = props;
  const id = fieldId(path);
  const wrapper = useNamedPopover(id);

  return (
    <div ref={wrapper}>
      <Dropdown
        id={id}
        name={path}
        labelText={label}
        hintText={hint}
        optionalText={optional ? t('form.optional') : undefined}
        value={value || none}
        onChange={(next) => onChange(next === none ? '' : next)}
        status={problem ? 'error' : 'default'}
        statusText={problem ? text(problem) : undefined}
        statusTextAriaLiveMode="off"
        portal={false}
        fullWidth
        mb="l"
      >
        {[{ value: none, label: noneLabel }, ...options].map((option) => (
          <DropdownItem key={option.value} value={option.value}>
            {option.label}
          </DropdownItem>
        ))}
      </Dropdown>
    </div>
  );
}

interface TriProps extends FieldBase {
  value: Tri;
  onChange: (value: Tri) => void;
}

const tris: Tri[] = ['yes', 'no', 'unknown'];

/** A yes/no question that may be left unanswered ("not known"): stored as true, false or null. */
export function TriField({ path, label, hint, value, onChange }: TriProps) {
  const { t } = useTranslation();
  return (
    <RadioButtonGroup
      id={fieldId(path)}
      name={path}
      labelText={label}
      groupHintText={hint}
      value={value}
      onChange={(next) => {
        const tri = tris.find((v) => v === next);
        if (tri) onChange(tri);
      }}
      mb="l"
    >
      {tris.map((v) => (
        <RadioButton key={v} value={v}>
          {t(`orgForm.tri.${v}`)}
        </RadioButton>
      ))}
    </RadioButtonGroup>
  );
}

interface CheckListProps extends FieldBase {
  values: string[];
  options: Option[];
  onChange: (values: string[]) => void;
}

/** Several choices from a list, as checkboxes (all visible: the lists are short). */
export function CheckListField(props: CheckListProps) {
  const { t } = useTranslation();
  const text = useProblemText();
  const { path, label, problem, hint, values, options, onChange } = props;
  const toggle = (code: string, checked: boolean) => {
    const rest = values.filter((v) => v !== code);
    onChange(checked ? [...rest, code] : rest);
  };
  return (
    <CheckboxColumns
      id={fieldId(path)}
      labelText={label}
      groupHintText={hint}
      optionalText={t('form.optional')}
      groupStatus={problem ? 'error' : 'default'}
      groupStatusText={problem ? text(problem) : undefined}
      mb="l"
    >
      {options.map((option) => (
        <Checkbox
          key={option.value}
          id={`${fieldId(path)}-${option.value}`}
          checked={values.includes(option.value)}
          onClick={({ checkboxState }) => toggle(option.value, checkboxState)}
        >
          {option.label}
        </Checkbox>
      ))}
    </CheckboxColumns>
  );
}
