import { useQueries, useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { type Lang, type LocalizedText, pickText } from '../../../../common/languages.js';
import { definitionIds, organisationStatuses } from '../../../../common/organisation-fields.js';
import {
  type VocabularyItem,
  type VocabularyName,
  vocabularies,
} from '../../../../common/organisations.js';
import type { OrganisationSummary } from '../../../../common/schemas/organisations.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { regionListQuery, regionQuery } from '../regions/api.js';
import { industrySectionsQuery, sdgGoalsQuery } from './api.js';
import type { FilterKey } from './search-state.js';

/** A text for the reader; `lang` is set when it is in another language than the page (a fallback). */
export interface Label {
  text: string;
  lang?: Lang | undefined;
}

/** A reference name in the page language, marked with its own language when it fell back. */
export function localized(name: LocalizedText, lang: Lang): Label {
  const picked = pickText(name, lang);
  return { text: picked.text, lang: picked.lang === lang ? undefined : picked.lang };
}

type UserText = OrganisationSummary['description'];

/**
 * A user-written text (a description, a network's name) in the page language, or the first there
 * is, marked with its language.
 */
export function pickUserText(d: UserText, lang: Lang): Label {
  return localized({ fi: d.fi ?? undefined, sv: d.sv ?? undefined, en: d.en ?? undefined }, lang);
}

/**
 * The name to show for an organisation: its name in the page language when it has one, else its
 * main name. The main name is in whatever language the organisation uses, so it is not marked.
 */
export function displayName(
  o: Pick<OrganisationSummary, 'name' | 'nameSv' | 'nameEn'>,
  lang: Lang,
): string {
  if (lang === 'sv' && o.nameSv) return o.nameSv;
  if (lang === 'en' && o.nameEn) return o.nameEn;
  return o.name;
}

export function vocabularyText(name: VocabularyName, code: string, lang: Lang): string {
  const item = (vocabularies[name] as VocabularyItem[]).find((i) => i.code === code);
  return item ? item[lang] : code;
}

/** Definition ids in the API's two spellings: `eu_operational` in filters, `euOperational` in a profile. */
export const definitionKeys = {
  eu_operational: 'euOperational',
  esem: 'esem',
  wef: 'wef',
  finnish_mark: 'finnishMark',
  work_integration: 'workIntegration',
} as const;
export type DefinitionKey = (typeof definitionKeys)[keyof typeof definitionKeys];

export function definitionName(t: TFunction, id: string): string {
  const key = definitionKeys[id as keyof typeof definitionKeys];
  return key ? t(`organisation.definitions.${key}.name`) : id;
}

const vocabularyOf: Partial<Record<FilterKey, VocabularyName>> = {
  actorType: 'actorTypes',
  family: 'families',
  legalForm: 'legalForms',
  theme: 'themes',
  targetGroup: 'targetGroups',
  recognition: 'recognitions',
};

export interface FacetLabels {
  label: (key: FilterKey, value: string) => Label;
  /** Puts a filter's options in their natural order (vocabulary order, numbers, or by name). */
  sort: (key: FilterKey, values: string[]) => string[];
}

/**
 * Names of filter options in the page language. Reference data that comes from the API (regions,
 * TOL sections, SDG goals) stands as its code until it arrives. Municipality names come from the
 * regions given, which the caller asks for only when they are shown.
 */
export function useFacetLabels(municipalityRegions: string[]): FacetLabels {
  const { t } = useTranslation();
  const lang = useLang();
  const regions = useQuery(regionListQuery(lang));
  const sections = useQuery(industrySectionsQuery(lang));
  const sdgs = useQuery(sdgGoalsQuery(lang));
  const regionDetails = useQueries({
    queries: municipalityRegions.map((code) => regionQuery(code, lang)),
  });
  const municipalities = regionDetails.flatMap((q) => q.data?.municipalities ?? []);
  const municipalityKey = municipalities.map((m) => m.code).join();

  // biome-ignore lint/correctness/useExhaustiveDependencies: municipalityKey stands for the list
  return useMemo(() => {
    const regionNames = new Map(
      (regions.data?.items ?? []).map((r) => [r.code, localized(r.name, lang)]),
    );
    const municipalityNames = new Map(municipalities.map((m) => [m.code, localized(m.name, lang)]));
    const sectionNames = new Map(
      (sections.data?.items ?? []).map((s) => [s.code, localized(s.name, lang)]),
    );
    const sdgNames = new Map((sdgs.data?.items ?? []).map((g) => [String(g.n), g.name]));

    const label = (key: FilterKey, value: string): Label => {
      const vocabulary = vocabularyOf[key];
      if (vocabulary) return { text: vocabularyText(vocabulary, value, lang) };
      switch (key) {
        case 'region':
          return regionNames.get(value) ?? { text: value };
        case 'municipality':
          return municipalityNames.get(value) ?? { text: value };
        case 'tolSection': {
          const name = sectionNames.get(value);
          return name ? { text: `${value} ${name.text}`, lang: name.lang } : { text: value };
        }
        case 'sdg': {
          const name = sdgNames.get(value);
          return name
            ? { ...localized(name, lang), text: `${value} ${pickText(name, lang).text}` }
            : { text: value };
        }
        case 'meets':
          return { text: definitionName(t, value) };
        case 'status':
          return { text: statusName(t, value) };
        case 'partialWorkAbility':
          return { text: t('directory.filters.partialWorkAbilityOption') };
        default:
          return { text: value };
      }
    };

    const collator = new Intl.Collator(lang);
    const byLabel = (key: FilterKey) => (a: string, b: string) =>
      collator.compare(label(key, a).text, label(key, b).text);
    const byIndex = (order: readonly string[]) => (a: string, b: string) =>
      order.indexOf(a) - order.indexOf(b);

    const sort = (key: FilterKey, values: string[]): string[] => {
      const vocabulary = vocabularyOf[key];
      const sorted = [...values];
      if (vocabulary) {
        const order = (vocabularies[vocabulary] as VocabularyItem[]).map((i) => i.code);
        return sorted.sort(byIndex(order));
      }
      if (key === 'sdg') return sorted.sort((a, b) => Number(a) - Number(b));
      if (key === 'tolSection') return sorted.sort();
      if (key === 'meets') return sorted.sort(byIndex(definitionIds));
      if (key === 'status') return sorted.sort(byIndex(organisationStatuses));
      return sorted.sort(byLabel(key));
    };

    return { label, sort };
  }, [t, lang, regions.data, sections.data, sdgs.data, municipalityKey]);
}

export function statusName(t: TFunction, status: string): string {
  switch (status) {
    case 'active':
      return t('organisation.status.active');
    case 'inactive':
      return t('organisation.status.inactive');
    case 'closed':
      return t('organisation.status.closed');
    default:
      return status;
  }
}
