import { useQuery } from '@tanstack/react-query';
import type { FormEvent, ReactNode } from 'react';
import { styled } from 'styled-components';
import {
  Checkbox,
  DateInput,
  RadioButton,
  RadioButtonGroup,
  suomifiDesignTokens,
  Textarea,
  TextInput,
} from 'suomifi-ui-components';
import { pickText } from '../../../../common/languages.js';
import {
  fundingProgrammes,
  programmeGoals,
  projectStatuses,
} from '../../../../common/project-fields.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { CheckboxColumns } from '../../ui/form/checkbox-columns.js';
import { FormActions } from '../../ui/form/form-layout.js';
import { FormProblems } from '../../ui/form/form-problems.js';
import { SelectField } from '../../ui/form/select-field.js';
import { SubmitButton } from '../../ui/form/submit-button.js';
import { UntilReady } from '../../ui/form/until-ready.js';
import { useFieldMessage } from '../../ui/form/use-field-message.js';
import { regionListQuery } from '../regions/api.js';
import type { ProjectFormValues, ProjectProblems } from './form-values.js';
import { projectFieldId } from './form-values.js';
import { PartnersSection } from './partners-section.js';

const { spacing } = suomifiDesignTokens;

const Form = styled.form`
  max-width: 44rem;
  margin-bottom: ${spacing.xxl};
`;

const Group = styled.fieldset`
  margin: 0 0 ${spacing.xl};
  padding: 0;
  border: 0;

  & > legend {
    padding: 0;
    margin-bottom: ${spacing.m};
    font-size: 22px;
    font-weight: 600;
  }
`;

const Part = styled.div`
  margin-bottom: ${spacing.xl};
`;

const Narrow = styled.div`
  & .fi-text-input_input-element-container,
  & .fi-date-input_input-and-picker-wrapper {
    max-width: 14rem;
  }
`;

type Update = (patch: Partial<ProjectFormValues>) => void;

/** The API paths of the form's fields in their order, for the summary of problems. */
const order = [
  'title.fi',
  'title.sv',
  'title.en',
  'description.fi',
  'status',
  'startDate',
  'endDate',
  'fundingProgramme',
  'budget',
  'publicFunding',
  'regions',
  'partners',
  'goals',
  'website',
  'contact.name',
  'contact.email',
  'eura.code',
];

interface ProjectFormProps {
  values: ProjectFormValues;
  update: Update;
  problems: ProjectProblems;
  /** Grows with every failed submit: focus moves to the problems each time. */
  attempt: number;
  /** A problem with the whole form (the server, a conflict). */
  error?: unknown;
  errorHelp?: ReactNode;
  onSubmit: () => void;
  busy: boolean;
  submitText: string;
  /** Beside the submit button: the outcome of saving. */
  status?: ReactNode;
}

/** The fields of a project in groups, shared by proposing and editing. */
export function ProjectForm(props: ProjectFormProps) {
  const {
    values: v,
    update,
    problems,
    attempt,
    error,
    errorHelp,
    busy,
    submitText,
    status,
  } = props;
  const { t } = useTranslation();
  const lang = useLang();
  const message = useFieldMessage();
  const regions = useQuery(regionListQuery(lang));
  const problemOf = (path: string) => {
    const m = problems[path];
    return m
      ? { status: 'error' as const, statusText: message(m), statusTextAriaLiveMode: 'off' as const }
      : {};
  };
  const labelOf = (path: string): string => {
    const partner = /^partners\.(\d+)$/.exec(path);
    if (partner) {
      const p = v.partners[Number(partner[1])];
      return t('projectForm.partners.roleOf', { name: p?.name ?? '' });
    }
    return t(`projectForm.labels.${path.replace('.', '_')}` as 'projectForm.labels.status');
  };
  const summaryPaths = [
    ...order,
    ...Object.keys(problems).filter((p) => !order.includes(p)),
  ].filter((p) => problems[p]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) props.onSubmit();
  };
  const text = (path: string, value: string, key: keyof ProjectFormValues, extra = {}) => (
    <TextInput
      id={projectFieldId(path)}
      labelText={labelOf(path)}
      value={value}
      onChange={(next) => update({ [key]: next === undefined ? '' : String(next) })}
      fullWidth
      mb="l"
      {...problemOf(path)}
      {...extra}
    />
  );
  const optional = { optionalText: t('form.optional') };
  const toggle = <T,>(list: T[], item: T, on: boolean) =>
    on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);

  return (
    <Form noValidate onSubmit={submit}>
      <UntilReady>
        <FormProblems
          attempt={attempt}
          error={error}
          errorHelp={errorHelp}
          fields={summaryPaths.map((path) => ({
            id: projectFieldId(path),
            label: labelOf(path),
            message: problems[path],
          }))}
        />
        <Group>
          <legend>{t('projectForm.sections.basic')}</legend>
          {text('title.fi', v.titleFi, 'titleFi', { lang: 'fi' })}
          {text('title.sv', v.titleSv, 'titleSv', { ...optional, lang: 'sv' })}
          {text('title.en', v.titleEn, 'titleEn', { ...optional, lang: 'en' })}
          {(['fi', 'sv', 'en'] as const).map((l) => {
            const key = `description${l === 'fi' ? 'Fi' : l === 'sv' ? 'Sv' : 'En'}` as const;
            const path = `description.${l}`;
            return (
              <Textarea
                key={l}
                id={projectFieldId(path)}
                labelText={t(`projectForm.labels.description_${l}`)}
                optionalText={t('form.optional')}
                lang={l}
                value={v[key]}
                onChange={(event) => update({ [key]: event.target.value })}
                resize="vertical"
                fullWidth
                mb="l"
                {...problemOf(path)}
              />
            );
          })}
        </Group>
        <Group>
          <legend>{t('projectForm.sections.time')}</legend>
          <RadioButtonGroup
            id={projectFieldId('status')}
            name="status"
            labelText={labelOf('status')}
            value={v.status}
            onChange={(next) => {
              const status = projectStatuses.find((s) => s === next);
              if (status) update({ status });
            }}
            mb="l"
          >
            {projectStatuses.map((s) => (
              <RadioButton key={s} value={s}>
                {t(`projects.statuses.${s}`)}
              </RadioButton>
            ))}
          </RadioButtonGroup>
          {(['startDate', 'endDate'] as const).map((path) => (
            <Narrow key={path}>
              <DateInput
                id={projectFieldId(path)}
                labelText={labelOf(path)}
                hintText={t('projectForm.hints.date')}
                optionalText={t('form.optional')}
                value={v[path]}
                onChange={({ value }) => update({ [path]: value })}
                datePickerEnabled
                language={lang}
                fullWidth
                mb="l"
                {...problemOf(path)}
              />
            </Narrow>
          ))}
        </Group>
        <Group>
          <legend>{t('projectForm.sections.funding')}</legend>
          <SelectField
            id={projectFieldId('fundingProgramme')}
            label={labelOf('fundingProgramme')}
            value={v.fundingProgramme || 'none'}
            onChange={(next) => update({ fundingProgramme: next === 'none' ? '' : next })}
            options={[
              { value: 'none', label: t('projectForm.noFunding') },
              ...fundingProgrammes.map((f) => ({ value: f, label: t(`projects.funding.${f}`) })),
            ]}
          />
          <Narrow>
            {text('budget', v.budget, 'budget', {
              ...optional,
              inputMode: 'decimal',
              hintText: t('projectForm.hints.euros'),
            })}
            {text('publicFunding', v.publicFunding, 'publicFunding', {
              ...optional,
              inputMode: 'decimal',
              hintText: t('projectForm.hints.euros'),
            })}
          </Narrow>
        </Group>
        <Group>
          <legend>{t('projectForm.sections.place')}</legend>
          <Checkbox
            id={projectFieldId('national')}
            checked={v.national}
            onClick={({ checkboxState }) => update({ national: checkboxState })}
          >
            {t('projectForm.labels.national')}
          </Checkbox>
          {!v.national && (
            <CheckboxColumns
              id={projectFieldId('regions')}
              labelText={labelOf('regions')}
              groupHintText={t('projectForm.hints.regions')}
              groupStatus={problems.regions ? 'error' : 'default'}
              groupStatusText={problems.regions ? message(problems.regions) : undefined}
              mb="l"
            >
              {(regions.data?.items ?? []).map((r) => (
                <Checkbox
                  key={r.code}
                  id={`${projectFieldId('regions')}-${r.code}`}
                  checked={v.regions.includes(r.code)}
                  onClick={({ checkboxState }) =>
                    update({ regions: toggle(v.regions, r.code, checkboxState) })
                  }
                >
                  {pickText(r.name, lang).text}
                </Checkbox>
              ))}
            </CheckboxColumns>
          )}
        </Group>
        <Part>
          <PartnersSection
            partners={v.partners}
            onChange={(partners) => update({ partners })}
            problems={problems}
          />
        </Part>
        <Group>
          <legend>{t('projectForm.sections.goals')}</legend>
          <CheckboxColumns
            id={projectFieldId('goals')}
            labelText={labelOf('goals')}
            optionalText={t('form.optional')}
            mb="l"
          >
            {programmeGoals.map((g) => (
              <Checkbox
                key={g}
                id={`${projectFieldId('goals')}-${g}`}
                checked={v.goals.includes(g)}
                onClick={({ checkboxState }) =>
                  update({ goals: toggle(v.goals, g, checkboxState) })
                }
              >
                {t(`projects.goals.${g}`)}
              </Checkbox>
            ))}
          </CheckboxColumns>
        </Group>
        <Group>
          <legend>{t('projectForm.sections.contact')}</legend>
          {text('website', v.website, 'website', { ...optional, type: 'url' })}
          {text('contact.name', v.contactName, 'contactName', optional)}
          {text('contact.email', v.contactEmail, 'contactEmail', { ...optional, type: 'email' })}
          <Checkbox
            id={projectFieldId('contact.public')}
            checked={v.contactPublic}
            onClick={({ checkboxState }) => update({ contactPublic: checkboxState })}
            hintText={t('projectForm.hints.contactPublic')}
          >
            {t('projectForm.labels.contact_public')}
          </Checkbox>
        </Group>
        <Group>
          <legend>{t('projectForm.sections.eura')}</legend>
          {text('eura.code', v.euraCode, 'euraCode', optional)}
          {text('eura.priority', v.euraPriority, 'euraPriority', optional)}
          {text('eura.specificObjective', v.euraObjective, 'euraObjective', optional)}
          {text('eura.authority', v.euraAuthority, 'euraAuthority', optional)}
        </Group>
        <FormActions>
          <SubmitButton busy={busy}>{submitText}</SubmitButton>
          {status}
        </FormActions>
      </UntilReady>
    </Form>
  );
}
