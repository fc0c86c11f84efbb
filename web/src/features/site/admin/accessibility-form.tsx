import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import {
  type AccessibilityInput,
  type AccessibilityStatement,
  accessibilityDataSchema,
  accessibilityStatementSchema,
  type ComplianceLevel,
  complianceLevels,
} from '../../../../../common/schemas/site.js';
import { useLang } from '../../../i18n/use-lang.js';
import { FormActions } from '../../../ui/form/form-layout.js';
import { SubmitButton } from '../../../ui/form/submit-button.js';
import { accessibilityKey, siteApi } from '../api.js';
import {
  Field,
  FormPart,
  fieldId,
  Group,
  Summary,
  TriFields,
  useFocusAfterRender,
  useTriLabel,
} from './fields.js';
import {
  emptyTri,
  fromFinnishDate,
  serverProblems,
  type Tri,
  toFinnishDate,
  toTri,
  useSiteForm,
} from './form-state.js';
import { changedParts, conflictCurrent, SaveAlert } from './save-alert.js';

const form = 'acc';
const parts = [
  'feedbackEmail',
  'compliance',
  'preparedOn',
  'reviewedOn',
  'shortcomings',
  'authority',
] as const;

interface Values {
  feedbackEmail: string;
  compliance: ComplianceLevel;
  preparedOn: string;
  reviewedOn: string;
  shortcomings: Tri[];
  authority: { name: Tri; unit: Tri; url: Tri; email: string; phone: string };
}

function toValues(s: AccessibilityStatement): Values {
  return {
    feedbackEmail: s.feedbackEmail ?? '',
    compliance: s.compliance,
    preparedOn: toFinnishDate(s.preparedOn),
    reviewedOn: toFinnishDate(s.reviewedOn),
    shortcomings: s.shortcomings.map(toTri),
    authority: {
      name: toTri(s.authority.name),
      unit: toTri(s.authority.unit),
      url: toTri(s.authority.url),
      email: s.authority.email,
      phone: s.authority.phone,
    },
  };
}

function toInput(v: Values): AccessibilityInput {
  return {
    ...v,
    preparedOn: fromFinnishDate(v.preparedOn),
    reviewedOn: fromFinnishDate(v.reviewedOn),
  };
}

/** The accessibility statement's facts, as an administrator keeps them. */
export function AccessibilityForm({ statement }: { statement: AccessibilityStatement }) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const tri = useTriLabel();
  const focusLater = useFocusAfterRender();
  const f = useSiteForm(() => toValues(statement), accessibilityDataSchema, toInput);
  // The saved version the edits build on: what "changed meanwhile" is measured against.
  const [base, setBase] = useState(statement);
  const [changed, setChanged] = useState<string[]>();
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const { values, set, problems } = f;

  const partLabel = (part: (typeof parts)[number]) =>
    ({
      feedbackEmail: t('sitePages.accessibility.feedbackEmail'),
      compliance: t('sitePages.accessibility.compliance'),
      preparedOn: t('sitePages.accessibility.preparedOn'),
      reviewedOn: t('sitePages.accessibility.reviewedOn'),
      shortcomings: t('sitePages.accessibility.shortcomingsHeading'),
      authority: t('sitePages.accessibility.authorityHeading'),
    })[part];

  const save = useMutation({
    mutationFn: (input: AccessibilityInput) =>
      siteApi.updateAccessibility(lang, { ...input, version: base.version }),
    onSuccess: (updated) => {
      queryClient.setQueryData(accessibilityKey, updated);
      setBase(updated);
      f.setValues(toValues(updated));
      setSaved(true);
    },
    onError: (error) => {
      const fields = serverProblems(error);
      // Someone saved meanwhile: the form keeps the reader's edits; saving again builds on theirs.
      const latest = conflictCurrent(error, accessibilityStatementSchema);
      if (latest) {
        setChanged(changedParts(parts, base, latest).map(partLabel));
        setBase(latest);
        void queryClient.invalidateQueries({ queryKey: accessibilityKey });
      }
      setFailure(fields ? null : error);
      f.show(fields ?? {});
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    setFailure(null);
    const input = f.check();
    if (input) save.mutate(input);
  };

  const edit = (path: string, value: unknown) => {
    setSaved(false);
    set(path, value);
  };

  const labels: [string, string][] = [
    ['feedbackEmail', t('sitePages.accessibility.feedbackEmail')],
    ['preparedOn', t('sitePages.accessibility.preparedOn')],
    ['reviewedOn', t('sitePages.accessibility.reviewedOn')],
    ...values.shortcomings.flatMap((_, i) =>
      (['fi', 'sv', 'en'] as const).map((l): [string, string] => [
        `shortcomings.${i}.${l}`,
        tri(t('sitePages.accessibility.shortcoming', { n: i + 1 }), l),
      ]),
    ),
    ...(['name', 'unit', 'url'] as const).flatMap((part) =>
      (['fi', 'sv', 'en'] as const).map((l): [string, string] => [
        `authority.${part}.${l}`,
        tri(t(`sitePages.accessibility.authority.${part}`), l),
      ]),
    ),
    ['authority.email', t('sitePages.accessibility.authority.email')],
    ['authority.phone', t('sitePages.accessibility.authority.phone')],
  ];

  return (
    <form noValidate onSubmit={submit}>
      <Summary
        form={form}
        problems={problems}
        labels={labels}
        attempt={f.attempt}
        alert={failure ? <SaveAlert error={failure} changed={changed} /> : undefined}
      />
      <FormPart heading={t('sitePages.accessibility.feedbackHeading')}>
        <Field
          form={form}
          path="feedbackEmail"
          label={t('sitePages.accessibility.feedbackEmail')}
          hint={t('sitePages.accessibility.feedbackEmailHint')}
          type="email"
          optional
          value={values.feedbackEmail}
          onChange={edit}
          problem={problems.feedbackEmail}
        />
      </FormPart>

      <FormPart heading={t('sitePages.accessibility.statusHeading')}>
        <RadioButtonGroup
          name="acc-compliance"
          labelText={t('sitePages.accessibility.compliance')}
          value={values.compliance}
          onChange={(value) => {
            const level = complianceLevels.find((c) => c === value);
            if (level) edit('compliance', level);
          }}
          mb="l"
        >
          {complianceLevels.map((level) => (
            <RadioButton key={level} value={level}>
              {t(`sitePages.accessibility.complianceLevels.${level}`)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
        <Field
          form={form}
          path="preparedOn"
          label={t('sitePages.accessibility.preparedOn')}
          hint={t('sitePages.accessibility.dateHint')}
          value={values.preparedOn}
          onChange={edit}
          problem={problems.preparedOn}
        />
        <Field
          form={form}
          path="reviewedOn"
          label={t('sitePages.accessibility.reviewedOn')}
          hint={t('sitePages.accessibility.dateHint')}
          value={values.reviewedOn}
          onChange={edit}
          problem={problems.reviewedOn}
        />
      </FormPart>

      <FormPart
        heading={t('sitePages.accessibility.shortcomingsHeading')}
        intro={t('sitePages.accessibility.shortcomingsIntro')}
      >
        {values.shortcomings.map((item, i) => {
          const legend = t('sitePages.accessibility.shortcoming', { n: i + 1 });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: an item is its place in the list
            <Group key={i} legend={legend}>
              <TriFields
                form={form}
                path={`shortcomings.${i}`}
                label={legend}
                value={item}
                onChange={edit}
                problems={problems}
                multiline
              />
              <Button
                variant="secondary"
                mb="m"
                onClick={() => {
                  edit(
                    'shortcomings',
                    values.shortcomings.filter((_, j) => j !== i),
                  );
                  focusLater('acc-add-shortcoming');
                }}
              >
                {t('sitePages.accessibility.removeShortcoming', { n: i + 1 })}
              </Button>
            </Group>
          );
        })}
        <Button
          variant="secondary"
          mb="xl"
          id="acc-add-shortcoming"
          onClick={() => {
            edit('shortcomings', [...values.shortcomings, emptyTri()]);
            focusLater(fieldId(form, `shortcomings.${values.shortcomings.length}.fi`));
          }}
        >
          {t('sitePages.accessibility.addShortcoming')}
        </Button>
      </FormPart>

      <FormPart
        heading={t('sitePages.accessibility.authorityHeading')}
        intro={t('sitePages.accessibility.authorityIntro')}
      >
        <TriFields
          form={form}
          path="authority.name"
          label={t('sitePages.accessibility.authority.name')}
          value={values.authority.name}
          onChange={edit}
          problems={problems}
        />
        <TriFields
          form={form}
          path="authority.unit"
          label={t('sitePages.accessibility.authority.unit')}
          value={values.authority.unit}
          onChange={edit}
          problems={problems}
        />
        <TriFields
          form={form}
          path="authority.url"
          label={t('sitePages.accessibility.authority.url')}
          type="url"
          value={values.authority.url}
          onChange={edit}
          problems={problems}
        />
        <Field
          form={form}
          path="authority.email"
          label={t('sitePages.accessibility.authority.email')}
          type="email"
          value={values.authority.email}
          onChange={edit}
          problem={problems['authority.email']}
        />
        <Field
          form={form}
          path="authority.phone"
          label={t('sitePages.accessibility.authority.phone')}
          type="tel"
          value={values.authority.phone}
          onChange={edit}
          problem={problems['authority.phone']}
        />
      </FormPart>

      <FormActions>
        <SubmitButton busy={save.isPending}>{t('sitePages.accessibility.submit')}</SubmitButton>
        <div role="status">{saved && <Paragraph>{t('sitePages.saved')}</Paragraph>}</div>
      </FormActions>
    </form>
  );
}
