import { tolSectionOf } from '../../../../common/organisations.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { CheckListField, SelectField, TextField } from './fields.js';
import { Fieldset } from './fieldset.js';
import { useIndustrySections, useSdgGoals, useVocabulary } from './reference.js';
import type { SectionProps } from './section-basic.js';

/** Industry (TOL 2008), ICNP/TSO section, themes, SDGs and target groups. */
export function ClassificationSection({ values, update, problems }: SectionProps) {
  const { t } = useTranslation();
  const sections = useIndustrySections();
  const goals = useSdgGoals();
  const icnp = useVocabulary('icnpSections');
  const themes = useVocabulary('themes');
  const targetGroups = useVocabulary('targetGroups');
  const codeProblem = values.industryCode.trim() ? problems['industry.code'] : undefined;
  return (
    <Fieldset legend={t('orgForm.sections.classification')}>
      <SelectField
        path="industrySection"
        label={t('orgForm.field.industrySection')}
        hint={t('orgForm.hints.industrySection')}
        optional
        noneLabel={t('orgForm.notChosen')}
        options={sections}
        value={values.industrySection}
        onChange={(industrySection) => update({ industrySection, industryCode: '' })}
        problem={codeProblem ? undefined : problems['industry.code']}
      />
      <TextField
        path="industry.code"
        label={t('orgForm.field.industryCode')}
        hint={t('orgForm.hints.industryCode')}
        optional
        narrow
        inputMode="numeric"
        value={values.industryCode}
        onChange={(industryCode) => update({ industryCode })}
        onBlur={() => {
          // A precise code belongs to one section: show it, so the two never disagree.
          const section = tolSectionOf(values.industryCode.trim().toUpperCase());
          if (section && section !== values.industrySection) update({ industrySection: section });
        }}
        problem={codeProblem}
      />
      <SelectField
        path="icnpSection"
        label={t('orgForm.field.icnpSection')}
        hint={t('orgForm.hints.icnpSection')}
        optional
        noneLabel={t('orgForm.notChosen')}
        options={icnp}
        value={values.icnpSection}
        onChange={(icnpSection) => update({ icnpSection })}
        problem={problems.icnpSection}
      />
      <CheckListField
        path="themes"
        label={t('orgForm.field.themes')}
        options={themes}
        values={values.themes}
        onChange={(next) => update({ themes: next })}
        problem={problems.themes}
      />
      <CheckListField
        path="sdgGoals"
        label={t('orgForm.field.sdgGoals')}
        hint={t('orgForm.hints.sdgGoals')}
        options={goals}
        values={values.sdgGoals.map(String)}
        onChange={(next) => update({ sdgGoals: next.map(Number).sort((a, b) => a - b) })}
        problem={problems.sdgGoals}
      />
      <CheckListField
        path="targetGroups"
        label={t('orgForm.field.targetGroups')}
        options={targetGroups}
        values={values.targetGroups}
        onChange={(next) => update({ targetGroups: next })}
        problem={problems.targetGroups}
      />
    </Fieldset>
  );
}
