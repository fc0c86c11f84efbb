import { type UseQueryResult, useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { type LocalizedText, pickText } from '../../../../common/languages.js';
import { type VocabularyName, vocabularies } from '../../../../common/organisations.js';
import type { RegionDetail } from '../../../../common/schemas/regions.js';
import { useLang } from '../../i18n/use-lang.js';
import { regionListQuery, regionQuery } from '../regions/api.js';
import { industrySectionsQuery, sdgGoalsQuery } from './api.js';

export interface Option {
  value: string;
  label: string;
}

/** A vocabulary's items as options in the page language, in the vocabulary's own order. */
export function useVocabulary(name: VocabularyName): Option[] {
  const lang = useLang();
  return useMemo(
    () => vocabularies[name].map((item) => ({ value: item.code, label: item[lang] })),
    [name, lang],
  );
}

export interface MunicipalityOption {
  code: string;
  name: string;
  region: string;
}

/**
 * Every municipality with its region, in the page language. The API lists municipalities per
 * region, so this asks for the 19 regions (cached like the region pages' own requests).
 */
export function useMunicipalities(): { items: MunicipalityOption[]; loading: boolean } {
  const lang = useLang();
  const regions = useQuery(regionListQuery(lang));
  const codes = regions.data?.items.map((r) => r.code) ?? [];
  // `combine` runs again only when a region's answer changes, so the list keeps its identity.
  const combine = useCallback(
    (results: UseQueryResult<RegionDetail>[]) => {
      const items: MunicipalityOption[] = [];
      for (const { data: region } of results) {
        if (!region) continue;
        const regionName = pickText(region.name, lang).text;
        for (const m of region.municipalities) {
          items.push({ code: m.code, name: pickText(m.name, lang).text, region: regionName });
        }
      }
      items.sort((a, b) => a.name.localeCompare(b.name, lang));
      return { items, pending: results.some((r) => r.isPending) };
    },
    [lang],
  );
  const details = useQueries({
    queries: codes.map((code) => regionQuery(code, lang)),
    combine,
  });
  return { items: details.items, loading: regions.isPending || details.pending };
}

const nameOf = (name: LocalizedText, lang: 'fi' | 'sv' | 'en') => pickText(name, lang).text;

/** TOL 2008 sections as options: "C – Manufacturing". */
export function useIndustrySections(): Option[] {
  const lang = useLang();
  const query = useQuery(industrySectionsQuery(lang));
  return useMemo(
    () =>
      (query.data?.items ?? []).map((s) => ({
        value: s.code,
        label: `${s.code} – ${nameOf(s.name, lang)}`,
      })),
    [query.data, lang],
  );
}

/** The 17 goals as options: "3 Good health and well-being". */
export function useSdgGoals(): Option[] {
  const lang = useLang();
  const query = useQuery(sdgGoalsQuery(lang));
  return useMemo(
    () =>
      (query.data?.items ?? []).map((g) => ({
        value: String(g.n),
        label: `${g.n} ${nameOf(g.name, lang)}`,
      })),
    [query.data, lang],
  );
}

/** Whether the reference data that names codes (municipalities, industries, goals) has arrived. */
export function useReferenceReady(): boolean {
  const lang = useLang();
  const { loading } = useMunicipalities();
  const sections = useQuery(industrySectionsQuery(lang));
  const goals = useQuery(sdgGoalsQuery(lang));
  return !loading && !sections.isPending && !goals.isPending;
}
