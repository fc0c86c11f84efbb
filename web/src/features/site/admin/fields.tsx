import type { ReactNode } from 'react';
import { ErrorSummary, Heading, Paragraph, Textarea, TextInput } from 'suomifi-ui-components';
import type { Lang } from '../../../../../common/languages.js';
import { useTranslation } from '../../../i18n/use-translation.js';
import { AlertFocus, useFocusOnAttempt } from '../../../ui/form/form-problems.js';
import type { Problem, Problems, Tri } from './form-state.js';

/** The id of a field's input from its form and API path: `acc`, `authority.name.fi` → `acc-authority-name-fi`. */
export const fieldId = (form: string, path: string) => `${form}-${path.replace(/\./g, '-')}`;

export function useProblemText(): (problem: Problem) => string {
  const { t } = useTranslation();
  return (problem) => t(`sitePages.errors.${problem}`);
}

interface FieldProps {
  form: string;
  path: string;
  label: string;
  value: string;
  onChange: (path: string, value: string) => void;
  problem?: Problem | undefined;
  hint?: string;
  optional?: boolean;
  multiline?: boolean;
  type?: 'text' | 'email' | 'tel' | 'url';
  /** Language of what is typed when it differs from the page's. */
  lang?: Lang | undefined;
}

/** One labelled field with its problem beneath it, tied to it by aria-describedby. */
export function Field(props: FieldProps) {
  const { t } = useTranslation();
  const text = useProblemText();
  const { form, path, label, value, onChange, problem, hint, optional, multiline, type, lang } =
    props;
  const common = {
    id: fieldId(form, path),
    labelText: label,
    hintText: hint,
    optionalText: optional ? t('form.optional') : undefined,
    status: problem ? ('error' as const) : ('default' as const),
    statusText: problem ? text(problem) : undefined,
    // The summary takes focus and is read out; announcing each field too would repeat it.
    statusTextAriaLiveMode: 'off' as const,
    fullWidth: true,
    mb: 'l' as const,
    lang,
  };
  return multiline ? (
    <Textarea
      {...common}
      value={value}
      onChange={(e) => onChange(path, e.target.value)}
      resize="vertical"
      rows={3}
    />
  ) : (
    <TextInput
      {...common}
      type={type ?? 'text'}
      value={value}
      onChange={(next) => onChange(path, next === undefined ? '' : String(next))}
    />
  );
}

interface TriFieldsProps {
  form: string;
  /** Path of the text; the languages are `.fi`, `.sv`, `.en` beneath it. */
  path: string;
  /** The field's name; the language is added to it ("Nimi suomeksi"). */
  label: string;
  value: Tri;
  onChange: (path: string, value: string) => void;
  problems: Problems;
  multiline?: boolean;
  type?: 'text' | 'url';
  /** Finnish may be left empty too (it never is for required text). */
  finnishOptional?: boolean;
}

/** A text in Finnish (required) with its Swedish and English versions (optional). */
export function TriFields(props: TriFieldsProps) {
  const { form, path, label, value, onChange, problems, multiline, type } = props;
  const label3 = useTriLabel();
  return (
    <>
      {(['fi', 'sv', 'en'] as const).map((lang) => (
        <Field
          key={lang}
          form={form}
          path={`${path}.${lang}`}
          label={label3(label, lang)}
          value={value[lang]}
          onChange={onChange}
          problem={problems[`${path}.${lang}`]}
          optional={lang !== 'fi' || props.finnishOptional}
          multiline={multiline}
          type={type}
          lang={lang === 'fi' ? undefined : lang}
        />
      ))}
    </>
  );
}

/** "Nimi (suomeksi)": a field's label with the language of what is typed in it. */
export function useTriLabel(): (label: string, lang: Lang) => string {
  const { t } = useTranslation();
  return (label, lang) =>
    t('sitePages.inLanguage', { label, language: t(`sitePages.lang.${lang}`) });
}

/** A part of a long form under an h3, so that the form can be skimmed by headings. */
export function FormPart({
  heading,
  intro,
  children,
}: {
  heading: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <Heading variant="h3" mb="s">
        {heading}
      </Heading>
      {intro && <Paragraph mb="m">{intro}</Paragraph>}
      {children}
    </div>
  );
}

interface SummaryProps {
  form: string;
  problems: Problems;
  /** Labels of the form's fields in order, by path. */
  labels: [string, string][];
  /** Changes each time problems are shown: focus moves to them again. */
  attempt: number;
  /** A message about the whole form (shown when no field has a problem). */
  alert?: ReactNode;
}

/**
 * The top of a form after a failed submit: a summary linking to each field with a problem, or a
 * message about the whole form. It takes focus so that screen readers read it at once.
 */
export function Summary({ form, problems, labels, attempt, alert }: SummaryProps) {
  const { t } = useTranslation();
  const text = useProblemText();
  const { headingRef, alertRef } = useFocusOnAttempt(attempt);
  const known = new Map(labels);
  const listed = [
    ...labels.filter(([path]) => problems[path]).map(([path]) => path),
    ...Object.keys(problems).filter((path) => !known.has(path)),
  ];

  if (listed.length > 0) {
    return (
      <ErrorSummary
        headingText={t('form.summaryHeading', { count: listed.length })}
        headingVariant="h3"
        headingRef={headingRef}
        items={listed.map((path) => ({
          inputId: fieldId(form, path),
          text: t('form.summaryItem', {
            label: known.get(path) ?? path,
            message: text(problems[path] ?? 'check'),
          }),
        }))}
        mb="l"
      />
    );
  }
  if (!alert) return null;
  return (
    <AlertFocus ref={alertRef} tabIndex={-1}>
      {alert}
    </AlertFocus>
  );
}
