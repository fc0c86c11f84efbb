import { useCallback, useMemo } from 'react';
import type { Lang } from '../../../../common/languages.js';
import {
  tolSectionOf,
  type VocabularyName,
  vocabularyLabel,
} from '../../../../common/organisations.js';
import { useLang, useNumberFormat } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { useIndustrySections, useMunicipalities, useSdgGoals } from './reference.js';

const dateLocales: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** Formats an ISO date (no time) in the page language: 27.11.2026, 27 Nov 2026. */
export function useDateFormat(): (iso: string) => string {
  const lang = useLang();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(dateLocales[lang], {
      day: 'numeric',
      month: lang === 'en' ? 'short' : 'numeric',
      year: 'numeric',
      timeZone: 'UTC',
    });
    return (iso: string) => {
      const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? iso : format.format(date);
    };
  }, [lang]);
}

const vocabularyOf: Record<string, VocabularyName> = {
  legalForm: 'legalForms',
  actorTypes: 'actorTypes',
  icnpSection: 'icnpSections',
  themes: 'themes',
  targetGroups: 'targetGroups',
  'criteria.governanceModel': 'governanceModels',
};

const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

/**
 * A stored value of a field as a reader understands it: names for codes, yes/no/not known for
 * the criteria, lists joined, dates and numbers in the page's formats.
 */
export function useFormatValue(): (path: string, value: unknown) => string {
  const { t } = useTranslation();
  const lang = useLang();
  const formatNumber = useNumberFormat();
  const formatDate = useDateFormat();
  const { items: municipalities } = useMunicipalities();
  const sections = useIndustrySections();
  const goals = useSdgGoals();

  return useCallback(
    (path: string, value: unknown): string => {
      if (isEmpty(value)) {
        return path.startsWith('criteria.') && value === null
          ? t('orgForm.tri.unknown')
          : t('orgForm.value.empty');
      }
      if (typeof value === 'boolean') return value ? t('orgForm.tri.yes') : t('orgForm.tri.no');
      const vocabulary = vocabularyOf[path];
      if (vocabulary) {
        const codes = Array.isArray(value) ? value : [value];
        return codes.map((c) => vocabularyLabel(vocabulary, String(c), lang)).join(', ');
      }
      switch (path) {
        case 'municipality': {
          // The detail answers with {code, name}; revisions store the code.
          const code =
            typeof value === 'object' && value && 'code' in value
              ? String(value.code)
              : String(value);
          return municipalities.find((m) => m.code === code)?.name ?? code;
        }
        case 'industry': {
          const code =
            typeof value === 'object' && value && 'code' in value
              ? String(value.code)
              : String(value);
          const section = sections.find((s) => s.value === tolSectionOf(code));
          return section && section.value !== code
            ? `${code} (${section.label})`
            : (section?.label ?? code);
        }
        case 'sdgGoals':
          return (value as number[])
            .map((n) => goals.find((g) => g.value === String(n))?.label ?? String(n))
            .join(', ');
        case 'status':
          return t(`orgForm.statuses.${value as 'active'}`);
        case 'recognitions':
          return (value as { type: string; since: string | null; validUntil: string | null }[])
            .map((r) => {
              const name = vocabularyLabel('recognitions', r.type, lang);
              if (!r.since && !r.validUntil) return name;
              const from = r.since ? formatDate(r.since) : '';
              const until = r.validUntil ? formatDate(r.validUntil) : '';
              return `${name} (${from}–${until})`;
            })
            .join('; ');
        case 'foundedYear':
          return String(value);
        case 'criteria.tradingIncomeBand':
          return t('orgForm.percent', { value: String(value).replace('-', '–') });
        case 'criteria.profitDistributedPercent':
          return t('orgForm.percent', { value: formatNumber(Number(value)) });
        case 'criteria.impactPriority':
          return t('orgForm.criteria.impactValue', { value: String(value) });
      }
      if (typeof value === 'number') return formatNumber(value);
      if (Array.isArray(value)) return value.map(String).join(', ');
      if (typeof value === 'object') return JSON.stringify(value);
      return String(value);
    },
    [t, lang, formatNumber, formatDate, municipalities, sections, goals],
  );
}
