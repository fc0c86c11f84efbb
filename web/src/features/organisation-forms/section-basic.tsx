import type { ReactNode } from 'react';
import { Paragraph } from 'suomifi-ui-components';
import { familyOf, vocabularyLabel } from '../../../../common/organisations.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { checkBusinessId, type FieldProblem, type FieldProblems } from './field-problems.js';
import { CheckListField, SelectField, TextField } from './fields.js';
import { Fieldset } from './fieldset.js';
import type { FormValues } from './form-values.js';
import { useVocabulary } from './reference.js';

export interface SectionProps {
  values: FormValues;
  update: (patch: Partial<FormValues>) => void;
  problems: FieldProblems;
  /** A check made when the reader leaves a field (business ID, postal code). */
  setProblem: (path: string, problem: FieldProblem | undefined) => void;
}

interface BasicProps extends SectionProps {
  /** Shown under the name: organisations with similar names, while typing. */
  nameHint?: ReactNode;
}

/** Name in three languages, business ID, legal form (its family is derived), actor types, year. */
export function BasicSection({ values, update, problems, setProblem, nameHint }: BasicProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const legalForms = useVocabulary('legalForms');
  const actorTypes = useVocabulary('actorTypes');
  const family = familyOf(values.legalForm);
  return (
    <Fieldset legend={t('orgForm.sections.basic')}>
      <TextField
        path="name"
        label={t('orgForm.field.name')}
        hint={t('orgForm.hints.name')}
        value={values.name}
        onChange={(name) => update({ name })}
        problem={problems.name}
      />
      {nameHint}
      <TextField
        path="nameSv"
        label={t('orgForm.field.nameSv')}
        optional
        lang="sv"
        value={values.nameSv}
        onChange={(nameSv) => update({ nameSv })}
        problem={problems.nameSv}
      />
      <TextField
        path="nameEn"
        label={t('orgForm.field.nameEn')}
        optional
        lang="en"
        value={values.nameEn}
        onChange={(nameEn) => update({ nameEn })}
        problem={problems.nameEn}
      />
      <TextField
        path="businessId"
        label={t('orgForm.field.businessId')}
        hint={t('orgForm.hints.businessId')}
        optional
        narrow
        value={values.businessId}
        onChange={(businessId) => update({ businessId })}
        onBlur={() => setProblem('businessId', checkBusinessId(values.businessId))}
        problem={problems.businessId}
      />
      <SelectField
        path="legalForm"
        label={t('orgForm.field.legalForm')}
        hint={t('orgForm.hints.legalForm')}
        optional
        noneLabel={t('orgForm.notChosen')}
        options={legalForms}
        value={values.legalForm}
        onChange={(legalForm) => update({ legalForm })}
        problem={problems.legalForm}
      />
      <div role="status">
        {family && (
          <Paragraph mb="l">
            {t('orgForm.familyDerived', { family: vocabularyLabel('families', family, lang) })}
          </Paragraph>
        )}
      </div>
      <CheckListField
        path="actorTypes"
        label={t('orgForm.field.actorTypes')}
        hint={t('orgForm.hints.actorTypes')}
        options={actorTypes}
        values={values.actorTypes}
        onChange={(actorTypes) => update({ actorTypes })}
        problem={problems.actorTypes}
      />
      <TextField
        path="foundedYear"
        label={t('orgForm.field.foundedYear')}
        optional
        narrow
        inputMode="numeric"
        value={values.foundedYear}
        onChange={(foundedYear) => update({ foundedYear })}
        problem={problems.foundedYear}
      />
    </Fieldset>
  );
}
