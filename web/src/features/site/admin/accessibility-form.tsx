import { RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import {
  type AccessibilityInput,
  type AccessibilityStatement,
  accessibilityDataSchema,
  accessibilityStatementSchema,
  type ComplianceLevel,
  complianceLevels,
} from '../../../../../common/schemas/site.js';
import { useLang } from '../../../i18n/use-lang.js';
import { useTranslation } from '../../../i18n/use-translation.js';
import { EditableList } from '../../../ui/form/editable-list.js';
import { accessibilityKey, siteApi } from '../api.js';
import { Field, FormPart, fieldId, TriFields, useTriLabel } from './fields.js';
import { emptyTri, fromFinnishDate, type Tri, toFinnishDate, toTri } from './form-state.js';
import { SitePageForm, useSitePageForm } from './site-page-form.js';

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
  const tri = useTriLabel();

  const partLabel = (part: (typeof parts)[number]) =>
    ({
      feedbackEmail: t('sitePages.accessibility.feedbackEmail'),
      compliance: t('sitePages.accessibility.compliance'),
      preparedOn: t('sitePages.accessibility.preparedOn'),
      reviewedOn: t('sitePages.accessibility.reviewedOn'),
      shortcomings: t('sitePages.accessibility.shortcomingsHeading'),
      authority: t('sitePages.accessibility.authorityHeading'),
    })[part];

  const f = useSitePageForm({
    page: statement,
    toValues,
    dataSchema: accessibilityDataSchema,
    toInput,
    pageSchema: accessibilityStatementSchema,
    queryKey: accessibilityKey,
    parts,
    partLabel,
    update: (input, version) => siteApi.updateAccessibility(lang, { ...input, version }),
  });
  const { values, problems, edit } = f;

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
    <SitePageForm
      id={form}
      form={f}
      labels={labels}
      submitText={t('sitePages.accessibility.submit')}
    >
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
        <EditableList
          items={values.shortcomings}
          onChange={(items) => edit('shortcomings', items)}
          legend={(n) => t('sitePages.accessibility.shortcoming', { n })}
          removeText={(n) => t('sitePages.accessibility.removeShortcoming', { n })}
          addText={t('sitePages.accessibility.addShortcoming')}
          addId="acc-add-shortcoming"
          newItem={emptyTri}
          firstFieldId={(i) => fieldId(form, `shortcomings.${i}.fi`)}
        >
          {(item, i, legend) => (
            <TriFields
              form={form}
              path={`shortcomings.${i}`}
              label={legend}
              value={item}
              onChange={edit}
              problems={problems}
              multiline
            />
          )}
        </EditableList>
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
    </SitePageForm>
  );
}
