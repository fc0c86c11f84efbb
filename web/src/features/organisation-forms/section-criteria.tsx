import { RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { tradingIncomeBands } from '../../../../common/organisation-fields.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { fieldId, LongTextField, SelectField, TextField, TriField } from './fields.js';
import { Fieldset } from './fieldset.js';
import type { CriteriaValues } from './form-values.js';
import { useVocabulary } from './reference.js';
import type { SectionProps } from './section-basic.js';

const priorities = ['1', '2', '3', '4', '5'] as const;
const triFields = [
  'socialAimInStatutes',
  'distributionCapInStatutes',
  'assetLockInStatutes',
  'controlledByPublicBody',
  'ownershipAndDistributionPublished',
] as const;
type TriKey = (typeof triFields)[number];
const countFields = ['employees', 'disadvantagedEmployees', 'partialWorkAbilityEmployees'] as const;

/** The label of a criterion, the same key as the history uses (`criteria.employees`). */
const labelKey = <K extends keyof CriteriaValues>(key: K) =>
  `orgForm.field.criteria${key.charAt(0).toUpperCase()}${key.slice(1)}` as `orgForm.field.criteria${Capitalize<K>}`;

/**
 * The raw facts behind the definitions of a social enterprise. Each may be left "not known"; which
 * definitions the organisation meets is worked out from them, never typed in.
 */
export function CriteriaSection({ values, update, problems }: SectionProps) {
  const { t } = useTranslation();
  const governance = useVocabulary('governanceModels');
  const c = values.criteria;
  const set = (patch: Partial<CriteriaValues>) => update({ criteria: { ...c, ...patch } });
  const tri = (key: TriKey) => (
    <TriField
      path={`criteria.${key}`}
      label={t(labelKey(key))}
      hint={t(`orgForm.criteria.help.${key}`)}
      value={c[key]}
      onChange={(value) => set({ [key]: value })}
    />
  );

  return (
    <Fieldset legend={t('orgForm.sections.criteria')} intro={t('orgForm.criteria.intro')}>
      {tri('socialAimInStatutes')}
      <LongTextField
        path="criteria.socialAimText"
        label={t('orgForm.field.criteriaSocialAimText')}
        hint={t('orgForm.criteria.help.socialAimText')}
        optional
        value={c.socialAimText}
        onChange={(socialAimText) => set({ socialAimText })}
        problem={problems['criteria.socialAimText']}
      />
      <RadioButtonGroup
        id={fieldId('criteria.impactPriority')}
        name="criteria.impactPriority"
        labelText={t('orgForm.field.criteriaImpactPriority')}
        groupHintText={t('orgForm.criteria.help.impactPriority')}
        value={c.impactPriority || 'unknown'}
        onChange={(value) => set({ impactPriority: value === 'unknown' ? '' : value })}
        mb="l"
      >
        {[
          ...priorities.map((p) => (
            <RadioButton key={p} value={p}>
              {t(`orgForm.criteria.priority.${p}`)}
            </RadioButton>
          )),
          <RadioButton key="unknown" value="unknown">
            {t('orgForm.tri.unknown')}
          </RadioButton>,
        ]}
      </RadioButtonGroup>
      <SelectField
        path="criteria.tradingIncomeBand"
        label={t('orgForm.field.criteriaTradingIncomeBand')}
        hint={t('orgForm.criteria.help.tradingIncomeBand')}
        noneLabel={t('orgForm.tri.unknown')}
        options={tradingIncomeBands.map((band) => ({
          value: band,
          label: t('orgForm.percent', { value: band.replace('-', '–') }),
        }))}
        value={c.tradingIncomeBand}
        onChange={(tradingIncomeBand) => set({ tradingIncomeBand })}
        problem={problems['criteria.tradingIncomeBand']}
      />
      <TextField
        path="criteria.profitDistributedPercent"
        label={t('orgForm.field.criteriaProfitDistributedPercent')}
        hint={t('orgForm.criteria.help.profitDistributedPercent')}
        optional
        narrow
        inputMode="decimal"
        value={c.profitDistributedPercent}
        onChange={(profitDistributedPercent) => set({ profitDistributedPercent })}
        problem={problems['criteria.profitDistributedPercent']}
      />
      {tri('distributionCapInStatutes')}
      {tri('assetLockInStatutes')}
      {tri('controlledByPublicBody')}
      <SelectField
        path="criteria.governanceModel"
        label={t('orgForm.field.criteriaGovernanceModel')}
        hint={t('orgForm.criteria.help.governanceModel')}
        noneLabel={t('orgForm.tri.unknown')}
        options={governance}
        value={c.governanceModel}
        onChange={(governanceModel) => set({ governanceModel })}
        problem={problems['criteria.governanceModel']}
      />
      {tri('ownershipAndDistributionPublished')}
      {countFields.map((key) => (
        <TextField
          key={key}
          path={`criteria.${key}`}
          label={t(labelKey(key))}
          hint={t(`orgForm.criteria.help.${key}`)}
          optional
          narrow
          inputMode="numeric"
          value={c[key]}
          onChange={(value) => set({ [key]: value })}
          problem={problems[`criteria.${key}`]}
        />
      ))}
    </Fieldset>
  );
}
