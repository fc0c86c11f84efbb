import { useTranslation } from '../../i18n/use-translation.js';
import { LongTextField } from './fields.js';
import { Fieldset } from './fieldset.js';
import type { SectionProps } from './section-basic.js';

const langs = ['fi', 'sv', 'en'] as const;
const labelKeys = {
  fi: 'orgForm.field.descriptionFi',
  sv: 'orgForm.field.descriptionSv',
  en: 'orgForm.field.descriptionEn',
} as const;

/** What the organisation does, written once per language; each text is optional. */
export function DescriptionSection({ values, update, problems }: SectionProps) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('orgForm.sections.description')} intro={t('orgForm.hints.description')}>
      {langs.map((lang) => (
        <LongTextField
          key={lang}
          path={`description.${lang}`}
          label={t(labelKeys[lang])}
          optional
          lang={lang}
          value={values.description[lang]}
          onChange={(text) => update({ description: { ...values.description, [lang]: text } })}
          problem={problems[`description.${lang}`]}
        />
      ))}
    </Fieldset>
  );
}
