import { type FormEvent, type ReactNode, useCallback, useState } from 'react';
import { styled } from 'styled-components';
import { RadioButton, RadioButtonGroup, suomifiDesignTokens } from 'suomifi-ui-components';
import { useTranslation } from '../../i18n/use-translation.js';
import { FormActions } from '../../ui/form/form-layout.js';
import { SubmitButton } from '../../ui/form/submit-button.js';
import { UntilReady } from '../../ui/form/until-ready.js';
import { checkValues, type FieldProblem, type FieldProblems } from './field-problems.js';
import { dropdownId, fieldId } from './fields.js';
import { Fieldset } from './fieldset.js';
import { FormSummary } from './form-summary.js';
import type { FormValues } from './form-values.js';
import { statuses } from './form-values.js';
import { BasicSection } from './section-basic.js';
import { ClassificationSection } from './section-classification.js';
import { ContactSection } from './section-contact.js';
import { CriteriaSection } from './section-criteria.js';
import { DescriptionSection } from './section-description.js';
import { RecognitionsSection } from './section-recognitions.js';

const Form = styled.form`
  max-width: 40rem;
  margin-bottom: ${suomifiDesignTokens.spacing.xxl};
`;

/** The fields in the order of the form, for the error summary. */
const order = [
  'name',
  'nameSv',
  'nameEn',
  'businessId',
  'legalForm',
  'actorTypes',
  'foundedYear',
  'streetAddress',
  'postalCode',
  'municipality',
  'website',
  'email',
  'phone',
  'description',
  'industry',
  'icnpSection',
  'themes',
  'sdgGoals',
  'targetGroups',
  'criteria.socialAimInStatutes',
  'criteria.socialAimText',
  'criteria.impactPriority',
  'criteria.tradingIncomeBand',
  'criteria.profitDistributedPercent',
  'criteria.distributionCapInStatutes',
  'criteria.assetLockInStatutes',
  'criteria.controlledByPublicBody',
  'criteria.governanceModel',
  'criteria.ownershipAndDistributionPublished',
  'criteria.employees',
  'criteria.disadvantagedEmployees',
  'criteria.partialWorkAbilityEmployees',
  'recognitions',
  'status',
];

/** Fields that are Dropdowns: their focusable element is the button, not the field's own id. */
const dropdowns =
  /^(legalForm|icnpSection|criteria\.(tradingIncomeBand|governanceModel)|recognitions\.\d+\.type)$/;

/** The state of the organisation form: values, problems, and how many failed submits so far. */
export function useOrganisationForm(initial: () => FormValues) {
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [attempt, setAttempt] = useState(0);

  const update = useCallback(
    (patch: Partial<FormValues>) => setValues((current) => ({ ...current, ...patch })),
    [],
  );
  const setProblem = useCallback((path: string, problem: FieldProblem | undefined) => {
    setProblems((current) => {
      if (!problem && !(path in current)) return current;
      const next = { ...current };
      if (problem) next[path] = problem;
      else delete next[path];
      return next;
    });
  }, []);
  /** Shows problems (or a whole-form message, with none) and moves focus to them. */
  const show = useCallback((found: FieldProblems) => {
    setProblems(found);
    setAttempt((n) => n + 1);
  }, []);
  /** Checks the values before sending; false when there is something to fix. */
  const check = (): boolean => {
    const found = checkValues(values);
    // A postal code that the lookup did not find stays a problem: the schema cannot know it.
    if (problems.postalCode?.code === 'postalCodeUnknown') found.postalCode ??= problems.postalCode;
    if (Object.keys(found).length > 0) {
      show(found);
      return false;
    }
    setProblems({});
    return true;
  };
  return { values, setValues, update, problems, setProblem, attempt, show, check };
}

export type OrganisationFormState = ReturnType<typeof useOrganisationForm>;

interface OrganisationFormProps {
  form: OrganisationFormState;
  onSubmit: () => void;
  submitText: string;
  busy: boolean;
  /** A message about the whole form, shown (and focused) above the fields. */
  alert?: ReactNode;
  /** Shown at the top, before any problems (e.g. what someone else changed meanwhile). */
  top?: ReactNode;
  nameHint?: ReactNode;
  /** Beside the submit button: the outcome of saving. */
  status?: ReactNode;
}

/** The fields of an organisation in groups, shared by proposing and editing. */
export function OrganisationForm(props: OrganisationFormProps) {
  const { form, onSubmit, submitText, busy, alert, top, nameHint, status } = props;
  const { t } = useTranslation();
  const { values, update, problems, setProblem } = form;
  const sectionProps = { values, update, problems, setProblem };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };
  const targetOf = (path: string) => {
    if (path.startsWith('industry') && values.industryCode.trim()) return fieldId('industry.code');
    if (path.startsWith('industry')) return dropdownId('industrySection');
    return dropdowns.test(path) ? dropdownId(path) : fieldId(path);
  };

  return (
    <Form noValidate onSubmit={submit}>
      <UntilReady>
        {top}
        <FormSummary
          problems={problems}
          order={order}
          alert={alert}
          attempt={form.attempt}
          targetOf={targetOf}
        />
        <BasicSection {...sectionProps} nameHint={nameHint} />
        <ContactSection {...sectionProps} />
        <DescriptionSection {...sectionProps} />
        <ClassificationSection {...sectionProps} />
        <CriteriaSection {...sectionProps} />
        <RecognitionsSection {...sectionProps} />
        <Fieldset legend={t('orgForm.sections.status')}>
          <RadioButtonGroup
            id={fieldId('status')}
            name="status"
            labelText={t('orgForm.field.status')}
            groupHintText={t('orgForm.hints.status')}
            value={values.status}
            onChange={(value) => {
              const status = statuses.find((s) => s === value);
              if (status) update({ status });
            }}
            mb="l"
          >
            {statuses.map((s) => (
              <RadioButton key={s} value={s}>
                {t(`orgForm.statuses.${s}`)}
              </RadioButton>
            ))}
          </RadioButtonGroup>
        </Fieldset>
        <FormActions>
          <SubmitButton busy={busy}>{submitText}</SubmitButton>
          {status}
        </FormActions>
      </UntilReady>
    </Form>
  );
}
