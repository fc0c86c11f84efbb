import { useQuery } from '@tanstack/react-query';
import type { FormEvent, ReactNode } from 'react';
import { styled } from 'styled-components';
import {
  Checkbox,
  RadioButton,
  RadioButtonGroup,
  suomifiDesignTokens,
  Textarea,
  TextInput,
} from 'suomifi-ui-components';
import { pickText } from '../../../../common/languages.js';
import { networkKinds } from '../../../../common/network-fields.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { CheckboxColumns } from '../../ui/form/checkbox-columns.js';
import { FormActions } from '../../ui/form/form-layout.js';
import { FormProblems } from '../../ui/form/form-problems.js';
import { SubmitButton } from '../../ui/form/submit-button.js';
import { UntilReady } from '../../ui/form/until-ready.js';
import { useFieldMessage } from '../../ui/form/use-field-message.js';
import { regionListQuery } from '../regions/api.js';
import {
  type NetworkFormValues,
  type NetworkProblem,
  type NetworkProblems,
  networkFieldId,
} from './form-values.js';

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

type Update = (patch: Partial<NetworkFormValues>) => void;

/** The API paths of the form's fields in their order, for the summary of problems. */
const order = [
  'name.fi',
  'name.sv',
  'name.en',
  'description.fi',
  'description.sv',
  'description.en',
  'kind',
  'regions',
  'website',
  'contact.name',
  'contact.email',
];

const descriptionKeys = { fi: 'descriptionFi', sv: 'descriptionSv', en: 'descriptionEn' } as const;

/** The text of a problem in the page language. */
function useProblemText(): (problem: NetworkProblem) => string {
  const { t } = useTranslation();
  const fieldMessage = useFieldMessage();
  return (problem) =>
    problem === 'kindRequired' ? t('networks.form.errors.kindRequired') : fieldMessage(problem);
}

interface NetworkFormProps {
  values: NetworkFormValues;
  update: Update;
  problems: NetworkProblems;
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

/** The fields of a network, shared by setting one up and changing it. */
export function NetworkForm(props: NetworkFormProps) {
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
  const problemText = useProblemText();
  const regions = useQuery(regionListQuery(lang));
  const labelOf = (path: string) =>
    t(`networks.form.labels.${path.replace('.', '_')}` as 'networks.form.labels.kind');
  const problemOf = (path: string) => {
    const problem = problems[path];
    return problem
      ? {
          status: 'error' as const,
          statusText: problemText(problem),
          // The summary takes focus and is read out; announcing each field too would repeat it.
          statusTextAriaLiveMode: 'off' as const,
        }
      : {};
  };
  const summaryPaths = [
    ...order,
    ...Object.keys(problems).filter((p) => !order.includes(p)),
  ].filter((p) => problems[p]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) props.onSubmit();
  };
  const optional = { optionalText: t('form.optional') };
  const text = (path: string, key: keyof NetworkFormValues, extra = {}) => (
    <TextInput
      id={networkFieldId(path)}
      labelText={labelOf(path)}
      value={String(v[key])}
      onChange={(next) => update({ [key]: next === undefined ? '' : String(next) })}
      fullWidth
      mb="l"
      {...problemOf(path)}
      {...extra}
    />
  );

  return (
    <Form noValidate onSubmit={submit}>
      <UntilReady>
        <FormProblems
          attempt={attempt}
          error={error}
          errorHelp={errorHelp}
          fields={summaryPaths.map((path) => {
            const problem = problems[path];
            return {
              id: networkFieldId(path),
              label: labelOf(path),
              message: problem && { text: problemText(problem) },
            };
          })}
        />
        <Group>
          <legend>{t('networks.form.sections.basic')}</legend>
          {text('name.fi', 'nameFi', { lang: 'fi' })}
          {text('name.sv', 'nameSv', { ...optional, lang: 'sv' })}
          {text('name.en', 'nameEn', { ...optional, lang: 'en' })}
          {(['fi', 'sv', 'en'] as const).map((l) => {
            const path = `description.${l}`;
            const key = descriptionKeys[l];
            return (
              <Textarea
                key={l}
                id={networkFieldId(path)}
                labelText={labelOf(path)}
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
          <legend>{t('networks.form.sections.kind')}</legend>
          <RadioButtonGroup
            id={networkFieldId('kind')}
            name="kind"
            labelText={labelOf('kind')}
            value={v.kind}
            onChange={(next) => {
              const kind = networkKinds.find((k) => k === next);
              if (kind) update({ kind });
            }}
            groupStatus={problems.kind ? 'error' : 'default'}
            groupStatusText={problems.kind ? problemText(problems.kind) : undefined}
            mb="l"
          >
            {networkKinds.map((k) => (
              <RadioButton key={k} value={k}>
                {t(`networks.kinds.${k}`)}
              </RadioButton>
            ))}
          </RadioButtonGroup>
          <CheckboxColumns
            id={networkFieldId('regions')}
            labelText={labelOf('regions')}
            optionalText={t('form.optional')}
            groupHintText={t('networks.form.hints.regions')}
            groupStatus={problems.regions ? 'error' : 'default'}
            groupStatusText={problems.regions ? problemText(problems.regions) : undefined}
            mb="l"
          >
            {(regions.data?.items ?? []).map((r) => (
              <Checkbox
                key={r.code}
                id={`${networkFieldId('regions')}-${r.code}`}
                checked={v.regions.includes(r.code)}
                onClick={({ checkboxState }) =>
                  update({
                    regions: checkboxState
                      ? [...v.regions.filter((c) => c !== r.code), r.code]
                      : v.regions.filter((c) => c !== r.code),
                  })
                }
              >
                {pickText(r.name, lang).text}
              </Checkbox>
            ))}
          </CheckboxColumns>
        </Group>
        <Group>
          <legend>{t('networks.form.sections.contact')}</legend>
          {text('website', 'website', { ...optional, type: 'url' })}
          {text('contact.name', 'contactName', optional)}
          {text('contact.email', 'contactEmail', { ...optional, type: 'email' })}
          <Checkbox
            id={networkFieldId('contact.public')}
            checked={v.contactPublic}
            onClick={({ checkboxState }) => update({ contactPublic: checkboxState })}
            hintText={t('networks.form.hints.contactPublic')}
          >
            {labelOf('contact.public')}
          </Checkbox>
        </Group>
        <FormActions>
          <SubmitButton busy={busy}>{submitText}</SubmitButton>
          {status}
        </FormActions>
      </UntilReady>
    </Form>
  );
}
