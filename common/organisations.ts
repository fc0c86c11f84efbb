import file from './reference/organisation-vocabularies.json' with { type: 'json' };

/**
 * Vocabularies of the registry (legal forms, families, actor types, ICNP/TSO sections, themes,
 * target groups, recognitions, governance models) with names in three languages. One source for
 * the server (validation, search tags, exports) and the web app (forms, facets); see the JSON file
 * for where each list comes from.
 */
export interface VocabularyItem {
  code: string;
  fi: string;
  sv: string;
  en: string;
}
export interface LegalForm extends VocabularyItem {
  family: string;
  abbr?: string;
}

export const vocabularies = file as unknown as {
  families: VocabularyItem[];
  legalForms: LegalForm[];
  actorTypes: VocabularyItem[];
  icnpSections: VocabularyItem[];
  themes: VocabularyItem[];
  targetGroups: VocabularyItem[];
  recognitions: VocabularyItem[];
  governanceModels: VocabularyItem[];
};
export type VocabularyName = keyof typeof vocabularies;

const codesOf = (items: { code: string }[]) => items.map((i) => i.code) as [string, ...string[]];
export const codes = {
  families: codesOf(vocabularies.families),
  legalForms: codesOf(vocabularies.legalForms),
  actorTypes: codesOf(vocabularies.actorTypes),
  icnpSections: codesOf(vocabularies.icnpSections),
  themes: codesOf(vocabularies.themes),
  targetGroups: codesOf(vocabularies.targetGroups),
  recognitions: codesOf(vocabularies.recognitions),
  governanceModels: codesOf(vocabularies.governanceModels),
};

const legalFormByCode = new Map(vocabularies.legalForms.map((f) => [f.code, f]));

/** The social-economy family is derived from the legal form, never typed in. */
export function familyOf(legalForm: string | null | undefined): string | null {
  if (!legalForm) return null;
  return legalFormByCode.get(legalForm)?.family ?? null;
}

export function vocabularyLabel(
  name: VocabularyName,
  code: string,
  lang: 'fi' | 'sv' | 'en',
): string {
  const item = (vocabularies[name] as VocabularyItem[]).find((i) => i.code === code);
  return item ? item[lang] : code;
}

/**
 * TOL 2008 section of a code: the section letter itself, or the section of a numeric code's
 * two-digit division (Statistics Finland, TOL 2008 = NACE Rev. 2 division ranges).
 */
const divisionRanges: [string, number, number][] = [
  ['A', 1, 3],
  ['B', 5, 9],
  ['C', 10, 33],
  ['D', 35, 35],
  ['E', 36, 39],
  ['F', 41, 43],
  ['G', 45, 47],
  ['H', 49, 53],
  ['I', 55, 56],
  ['J', 58, 63],
  ['K', 64, 66],
  ['L', 68, 68],
  ['M', 69, 75],
  ['N', 77, 82],
  ['O', 84, 84],
  ['P', 85, 85],
  ['Q', 86, 88],
  ['R', 90, 93],
  ['S', 94, 96],
  ['T', 97, 98],
  ['U', 99, 99],
];

export function tolSectionOf(code: string): string | null {
  if (/^[A-U]$/.test(code)) return code;
  const m = /^(\d{2})(\d{0,3})$/.exec(code);
  if (!m) return null;
  const division = Number(m[1]);
  return divisionRanges.find(([, lo, hi]) => division >= lo && division <= hi)?.[0] ?? null;
}
