import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Paragraph, SingleSelect } from 'suomifi-ui-components';
import { pickText } from '../../../../common/languages.js';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { postalCodeQuery } from './api.js';
import { fieldId, TextField, useProblemText } from './fields.js';
import { Fieldset } from './fieldset.js';
import { useMunicipalities } from './reference.js';
import type { SectionProps } from './section-basic.js';

interface Place {
  postalCode: string;
  area: string;
  municipality: string;
  region: string;
}

/** The municipality, chosen from a list that filters as the reader types. */
function MunicipalityField({ values, update, problems }: SectionProps) {
  const { t } = useTranslation();
  const text = useProblemText();
  const { items, loading } = useMunicipalities();
  const options = useMemo(
    () => items.map((m) => ({ labelText: m.name, uniqueItemId: m.code })),
    [items],
  );
  const selected = options.find((o) => o.uniqueItemId === values.municipality) ?? null;
  const problem = problems.municipality;
  const id = fieldId('municipality');

  // Suomi.fi's SingleSelect points aria-controls at its list even while the list does not exist,
  // which is invalid ARIA (axe: aria-valid-attr-value), and leaves it off the combobox while the
  // list is open. This keeps the reference only while the list (rendered in a portal) is there.
  useEffect(() => {
    const listId = `${id}-popover`;
    const sync = () => {
      const input = document.getElementById(id);
      const box = input?.closest('[role="combobox"]');
      const open = document.getElementById(listId) !== null;
      for (const el of [input, box]) {
        if (!el) continue;
        if (open && el.getAttribute('aria-controls') !== listId) {
          el.setAttribute('aria-controls', listId);
        } else if (!open && el.hasAttribute('aria-controls')) {
          el.removeAttribute('aria-controls');
        }
      }
    };
    sync();
    const observer = new MutationObserver(sync);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [id]);

  return (
    <SingleSelect
      id={id}
      labelText={t('orgForm.field.municipality')}
      hintText={t('orgForm.hints.municipality')}
      optionalText={t('form.optional')}
      clearButtonLabel={t('orgForm.municipalityClear')}
      noItemsText={t('orgForm.municipalityNone')}
      ariaOptionsAvailableTextFunction={(count) => t('orgForm.municipalityOptions', { count })}
      items={options}
      selectedItem={selected}
      onItemSelectionChange={(item) => update({ municipality: item?.uniqueItemId ?? '' })}
      loading={loading}
      loadingText={t('common.loading')}
      status={problem ? 'error' : 'default'}
      statusText={problem ? text(problem) : undefined}
      fullWidth
      mb="l"
    />
  );
}

/** Address, municipality (filled from the postal code), website, e-mail and phone. */
export function ContactSection(props: SectionProps) {
  const { values, update, problems, setProblem } = props;
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const [place, setPlace] = useState<Place>();
  // The postal code the municipality was last set from: leaving the field unchanged keeps a
  // municipality the reader chose themselves.
  const filledFrom = useRef(values.postalCode.trim());

  const lookUp = async () => {
    const code = values.postalCode.trim();
    setPlace(undefined);
    if (!code) return setProblem('postalCode', undefined);
    if (!/^\d{5}$/.test(code)) return setProblem('postalCode', { code: 'postalCodeFormat' });
    try {
      const info = await queryClient.fetchQuery(postalCodeQuery(lang, code));
      setProblem('postalCode', undefined);
      setPlace({
        postalCode: code,
        area: pickText(info.name, lang).text,
        municipality: pickText(info.municipality.name, lang).text,
        region: pickText(info.region.name, lang).text,
      });
      if (!values.municipality || filledFrom.current !== code) {
        update({ municipality: info.municipality.code });
      }
      filledFrom.current = code;
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        setProblem('postalCode', { code: 'postalCodeUnknown' });
      }
    }
  };

  return (
    <Fieldset legend={t('orgForm.sections.contact')}>
      <TextField
        path="streetAddress"
        label={t('orgForm.field.streetAddress')}
        optional
        value={values.streetAddress}
        onChange={(streetAddress) => update({ streetAddress })}
        problem={problems.streetAddress}
      />
      <TextField
        path="postalCode"
        label={t('orgForm.field.postalCode')}
        hint={t('orgForm.hints.postalCode')}
        optional
        narrow
        inputMode="numeric"
        value={values.postalCode}
        onChange={(postalCode) => update({ postalCode })}
        onBlur={() => void lookUp()}
        problem={problems.postalCode}
      />
      <div role="status">
        {place && (
          <Paragraph mb="l">
            {t('orgForm.postalPlace', {
              code: place.postalCode,
              area: place.area,
              municipality: place.municipality,
              region: place.region,
            })}
          </Paragraph>
        )}
      </div>
      <MunicipalityField {...props} />
      <TextField
        path="website"
        label={t('orgForm.field.website')}
        hint={t('orgForm.hints.website')}
        optional
        type="url"
        value={values.website}
        onChange={(website) => update({ website })}
        problem={problems.website}
      />
      <TextField
        path="email"
        label={t('orgForm.field.email')}
        optional
        type="email"
        value={values.email}
        onChange={(email) => update({ email })}
        problem={problems.email}
      />
      <TextField
        path="phone"
        label={t('orgForm.field.phone')}
        hint={t('orgForm.hints.phone')}
        optional
        type="tel"
        value={values.phone}
        onChange={(phone) => update({ phone })}
        problem={problems.phone}
      />
    </Fieldset>
  );
}
