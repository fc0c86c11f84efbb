import { RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { isLang, type Lang, languages } from '../../../../common/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';

// Each language is named in itself, as in the language switcher, so everyone finds their own.
const ownNames: Record<Lang, string> = { fi: 'suomi', sv: 'svenska', en: 'English' };

interface LangChoiceProps {
  id: string;
  value: Lang;
  onChange: (lang: Lang) => void;
  /** By default the person's own language (for e-mails); another choice names itself. */
  label?: string;
  hint?: string;
}

/** The language the service uses with the person: in e-mails, and after logging in. */
export function LangChoice({ id, value, onChange, label, hint }: LangChoiceProps) {
  const { t } = useTranslation();
  return (
    <RadioButtonGroup
      id={id}
      name={id}
      labelText={label ?? t('form.langLabel')}
      groupHintText={label ? hint : t('form.langHint')}
      value={value}
      onChange={(next) => {
        if (isLang(next)) onChange(next);
      }}
      mb="l"
    >
      {languages.map((lang) => (
        <RadioButton key={lang} value={lang} labelProps={{ lang }}>
          {ownNames[lang]}
        </RadioButton>
      ))}
    </RadioButtonGroup>
  );
}
