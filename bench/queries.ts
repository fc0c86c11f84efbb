// Distinct directory searches for `npm run bench:search`, made from the generator's own vocabulary
// (bench/generate.ts) with a seeded random generator: inflected Finnish words, two-word queries,
// prefixes as typed, filter combinations and text sorted by name at deep pages. Every path is a
// different search: parameters in one order, lists sorted, defaults (page 1, 20 a page, facets)
// never spelled out, so two paths never ask the server the same question.
import { codes } from '../common/organisations.js';
import { definitionIds } from '../common/schemas/organisations.js';
import { fields, random, words } from './generate.js';

/**
 * Nouns of the generator's names and descriptions: nominative, the stem of the genitive and the
 * local cases (with its consonant gradation: silta → silla-, tähti → tähde-, lähde → lähtee-),
 * partitive and plural genitive. `inflect` adds the endings in the word's vowel harmony.
 */
const nouns: [string, string, string, string][] = [
  // bench/generate.ts `words`
  ['kivi', 'kive', 'kiveä', 'kivien'],
  ['tuuli', 'tuule', 'tuulta', 'tuulien'],
  ['koivu', 'koivu', 'koivua', 'koivujen'],
  ['järvi', 'järve', 'järveä', 'järvien'],
  ['lähde', 'lähtee', 'lähdettä', 'lähteiden'],
  ['kumppani', 'kumppani', 'kumppania', 'kumppanien'],
  ['silta', 'silla', 'siltaa', 'siltojen'],
  ['aalto', 'aallo', 'aaltoa', 'aaltojen'],
  ['kajo', 'kajo', 'kajoa', 'kajojen'],
  ['helmi', 'helme', 'helmeä', 'helmien'],
  ['pihlaja', 'pihlaja', 'pihlajaa', 'pihlajien'],
  ['kataja', 'kataja', 'katajaa', 'katajien'],
  ['ruska', 'ruska', 'ruskaa', 'ruskien'],
  ['virta', 'virra', 'virtaa', 'virtojen'],
  ['kallio', 'kallio', 'kalliota', 'kallioiden'],
  ['honka', 'honga', 'honkaa', 'honkien'],
  ['majakka', 'majaka', 'majakkaa', 'majakoiden'],
  ['kehrä', 'kehrä', 'kehrää', 'kehrien'],
  ['pajukko', 'pajuko', 'pajukkoa', 'pajukoiden'],
  ['sointu', 'soinnu', 'sointua', 'sointujen'],
  ['ankkuri', 'ankkuri', 'ankkuria', 'ankkureiden'],
  ['tähti', 'tähde', 'tähteä', 'tähtien'],
  ['oras', 'oraa', 'orasta', 'oraiden'],
  ['verso', 'verso', 'versoa', 'versojen'],
  ['kaste', 'kastee', 'kastetta', 'kasteiden'],
  ['lumo', 'lumo', 'lumoa', 'lumojen'],
  ['aura', 'aura', 'auraa', 'aurojen'],
  ['kipinä', 'kipinä', 'kipinää', 'kipinöiden'],
  ['satama', 'satama', 'satamaa', 'satamien'],
  ['niitty', 'niity', 'niittyä', 'niittyjen'],
  ['saari', 'saare', 'saarta', 'saarten'],
  ['metsä', 'metsä', 'metsää', 'metsien'],
  ['polku', 'polu', 'polkua', 'polkujen'],
  ['sisu', 'sisu', 'sisua', 'sisujen'],
  ['toivo', 'toivo', 'toivoa', 'toivojen'],
  ['kaiku', 'kaiu', 'kaikua', 'kaikujen'],
  ['lyhty', 'lyhdy', 'lyhtyä', 'lyhtyjen'],
  ['kehto', 'kehdo', 'kehtoa', 'kehtojen'],
  ['uoma', 'uoma', 'uomaa', 'uomien'],
  ['pilvi', 'pilve', 'pilveä', 'pilvien'],
  // `fields` (asumis- and kotoutumis- are the compound forms of asuminen and kotoutuminen)
  ['työ', 'työ', 'työtä', 'töiden'],
  ['hoiva', 'hoiva', 'hoivaa', 'hoivien'],
  ['kierrätys', 'kierrätykse', 'kierrätystä', 'kierrätysten'],
  ['kulttuuri', 'kulttuuri', 'kulttuuria', 'kulttuurien'],
  ['ruoka', 'ruoa', 'ruokaa', 'ruokien'],
  ['asuminen', 'asumise', 'asumista', 'asumisten'],
  ['nuoriso', 'nuoriso', 'nuorisoa', 'nuorisojen'],
  ['liikunta', 'liikunna', 'liikuntaa', 'liikuntojen'],
  ['koulutus', 'koulutukse', 'koulutusta', 'koulutusten'],
  ['ympäristö', 'ympäristö', 'ympäristöä', 'ympäristöjen'],
  ['kotoutuminen', 'kotoutumise', 'kotoutumista', 'kotoutumisten'],
  ['digi', 'digi', 'digiä', 'digien'],
  ['palvelu', 'palvelu', 'palvelua', 'palvelujen'],
  ['kunto', 'kunno', 'kuntoa', 'kuntojen'],
  ['käsityö', 'käsityö', 'käsityötä', 'käsitöiden'],
  // the kinds of organisation in the names
  ['osuuskunta', 'osuuskunna', 'osuuskuntaa', 'osuuskuntien'],
  ['yhdistys', 'yhdistykse', 'yhdistystä', 'yhdistysten'],
  ['säätiö', 'säätiö', 'säätiötä', 'säätiöiden'],
  ['seura', 'seura', 'seuraa', 'seurojen'],
  ['yritys', 'yritykse', 'yritystä', 'yritysten'],
  ['vapaaehtoisryhmä', 'vapaaehtoisryhmä', 'vapaaehtoisryhmää', 'vapaaehtoisryhmien'],
  // the descriptions
  ['kahvila', 'kahvila', 'kahvilaa', 'kahviloiden'],
  ['ravintola', 'ravintola', 'ravintolaa', 'ravintoloiden'],
  ['huonekalu', 'huonekalu', 'huonekalua', 'huonekalujen'],
  ['tekstiili', 'tekstiili', 'tekstiiliä', 'tekstiilien'],
  ['nuori', 'nuore', 'nuorta', 'nuorten'],
  ['maahanmuuttaja', 'maahanmuuttaja', 'maahanmuuttajaa', 'maahanmuuttajien'],
  ['kurssi', 'kurssi', 'kurssia', 'kurssien'],
  ['asunto', 'asunno', 'asuntoa', 'asuntojen'],
  ['hyvinvointi', 'hyvinvoinni', 'hyvinvointia', 'hyvinvointien'],
  ['työllisyys', 'työllisyyde', 'työllisyyttä', 'työllisyyksien'],
  ['kehitys', 'kehitykse', 'kehitystä', 'kehitysten'],
  ['yhteisöllisyys', 'yhteisöllisyyde', 'yhteisöllisyyttä', 'yhteisöllisyyksien'],
];
const nounByLemma = new Map(nouns.map((n) => [n[0], n]));
const lemmaOfCompound: Record<string, string> = {
  asumis: 'asuminen',
  kotoutumis: 'kotoutuminen',
};
const lemmaOf = (w: string) => lemmaOfCompound[w.toLowerCase()] ?? w.toLowerCase();
for (const w of [...words, ...fields]) {
  if (!nounByLemma.has(lemmaOf(w))) throw new Error(`bench/queries.ts: no inflection for "${w}"`);
}

/** The generator's name words and fields, lower-cased as nouns. */
export const nameLemmas = words.map(lemmaOf);
export const fieldLemmas = fields.map(lemmaOf);
/** Every noun of the table, nominative. */
export const lemmas = nouns.map((n) => n[0]);

export const caseNames = [
  'nominative',
  'genitive',
  'inessive',
  'adessive',
  'elative',
  'partitive',
  'plural genitive',
] as const;

/** The seven forms of `lemma` in the order of `caseNames` (kivi, kiven, kivessä, …, kivien). */
export function inflect(lemma: string): string[] {
  const noun = nounByLemma.get(lemma);
  if (!noun) throw new Error(`no inflection for "${lemma}"`);
  const [nominative, stem, partitive, pluralGenitive] = noun;
  // The partitive ends in the word's harmony vowel (kiveä, siltaa, vapaaehtoisryhmää).
  const a = partitive.endsWith('ä') ? 'ä' : 'a';
  return [
    nominative,
    `${stem}n`,
    `${stem}ss${a}`,
    `${stem}ll${a}`,
    `${stem}st${a}`,
    partitive,
    pluralGenitive,
  ];
}

export type QueryClass = 'text' | 'filters' | 'deep';
export const classNames: Record<QueryClass, string> = {
  text: 'text',
  filters: 'filters only',
  deep: 'text by name, pages 1–20',
};

export interface StreamQuery {
  cls: QueryClass;
  path: string;
}

type Rnd = () => number;
const sdgGoals = Array.from({ length: 17 }, (_, i) => i + 1);
const pickWith =
  (rnd: Rnd) =>
  <T>(list: readonly T[]): T =>
    list[Math.floor(rnd() * list.length)] as T;

/**
 * `count` distinct searches (about half text, 30 % filters only, 20 % text sorted by name at pages
 * 1–20), in the order they are to be sent. `municipalities` maps region codes to municipality
 * codes (BenchDatabase.municipalities). `inUse` holds the values that the registry's facets show
 * (facet name → values with a count): filters take them nine times in ten, as people click the
 * facets, and any valid code otherwise.
 */
export function searchStream(
  count: number,
  municipalities: Map<string, string[]>,
  inUse: Record<string, readonly string[]> = {},
  seed = 4242,
): StreamQuery[] {
  const rnd = random(seed);
  const pick = pickWith(rnd);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const regions = [...municipalities.keys()].sort();
  /** A value of facet `name`: one the registry has (mostly) or any of `valid`. */
  const facetValue = <T extends string | number>(name: string, valid: readonly T[]): T => {
    const present = valid.filter((v) => inUse[name]?.includes(String(v)));
    return present.length > 0 && rnd() < 0.9 ? pick(present) : pick(valid);
  };
  const facetValues = <T extends string | number>(name: string, valid: readonly T[], n: number) => {
    const out = new Set<T>();
    for (let i = 0; out.size < Math.min(n, valid.length) && i < 100; i++)
      out.add(facetValue(name, valid));
    return [...out];
  };

  const inflected = () => pick(inflect(pick(lemmas)));
  // Name words and fields come up more often than description words.
  const nameWord = () => pick(inflect(pick(rnd() < 0.5 ? nameLemmas : fieldLemmas)));
  const typed = () => {
    // The first 3–7 letters of a noun or of a name's compound (hoivaosuuskunta → hoivao…).
    const base =
      rnd() < 0.7
        ? pick(lemmas)
        : `${pick(fields).toLowerCase()}${pick(['osuuskunta', 'yhdistys', 'säätiö', 'palvelut'])}`;
    const letters = [...base];
    return letters.slice(0, Math.min(letters.length, int(3, 7))).join('');
  };
  const twoWords = () =>
    rnd() < 0.5
      ? `${pick(inflect(pick(fieldLemmas)))} ${nameWord()}`
      : `${nameWord()} ${pick(inflect(pick(['osuuskunta', 'yhdistys', 'säätiö', 'seura'])))}`;
  const text = () => {
    const x = rnd();
    if (x < 0.45) return rnd() < 0.6 ? nameWord() : inflected();
    if (x < 0.7) return twoWords();
    return typed();
  };

  const build = (p: Record<string, string | number | string[] | number[] | undefined>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(p)) {
      if (v === undefined) continue;
      if (Array.isArray(v)) {
        params.set(k, [...v].map(String).sort().join(','));
      } else params.set(k, String(v));
    }
    return `/api/v1/organisations?${params}`;
  };
  const page = (n: number) => (n === 1 ? undefined : n);
  const facets = () => (rnd() < 0.05 ? 'false' : undefined);

  const textQuery = () =>
    build({
      q: text(),
      region: rnd() < 0.3 ? pick(regions) : undefined,
      page: page(rnd() < 0.8 ? 1 : int(2, 3)),
      facets: facets(),
    });
  const deepQuery = () =>
    build({
      q: rnd() < 0.7 ? nameWord() : typed(),
      region: rnd() < 0.2 ? pick(regions) : undefined,
      sort: 'name',
      page: page(int(1, 20)),
      facets: facets(),
    });
  const filterKinds: [string, number][] = [
    ['region', 3],
    ['municipality', 2],
    ['family', 2],
    ['legalForm', 1.5],
    ['theme', 3],
    ['targetGroup', 1],
    ['sdg', 1.5],
    ['meets', 0.5],
    ['partialWorkAbility', 0.5],
  ];
  const filterKind = () => {
    let x = rnd() * filterKinds.reduce((s, [, w]) => s + w, 0);
    for (const [k, w] of filterKinds) {
      x -= w;
      if (x <= 0) return k;
    }
    return 'region';
  };
  const filterQuery = () => {
    const kinds = new Set<string>();
    const n = rnd() < 0.4 ? 1 : rnd() < 0.67 ? 2 : 3;
    while (kinds.size < n) kinds.add(filterKind());
    const region = kinds.has('region')
      ? facetValues('region', regions, rnd() < 0.8 ? 1 : 2)
      : undefined;
    // A municipality within the chosen region, as the directory's region → municipality facets do.
    const municipality = kinds.has('municipality')
      ? [
          facetValue(
            'municipality',
            municipalities.get(region ? pick(region) : pick(regions)) ?? [],
          ),
        ]
      : undefined;
    return build({
      region,
      municipality,
      family: kinds.has('family') ? [facetValue('family', codes.families)] : undefined,
      legalForm: kinds.has('legalForm') ? [facetValue('legalForm', codes.legalForms)] : undefined,
      theme: kinds.has('theme')
        ? facetValues('theme', codes.themes, rnd() < 0.7 ? 1 : 2)
        : undefined,
      targetGroup: kinds.has('targetGroup')
        ? [facetValue('targetGroup', codes.targetGroups)]
        : undefined,
      sdg: kinds.has('sdg') ? facetValues('sdg', sdgGoals, int(1, 2)) : undefined,
      meets: kinds.has('meets') ? [facetValue('meets', definitionIds)] : undefined,
      partialWorkAbility: kinds.has('partialWorkAbility') ? 'true' : undefined,
      sort: rnd() < 0.7 ? undefined : pick(['name', 'updated']),
      page: page(rnd() < 0.85 ? 1 : int(2, 5)),
      facets: facets(),
    });
  };

  const seen = new Set<string>();
  const out: StreamQuery[] = [];
  for (let attempts = 0; out.length < count && attempts < count * 100; attempts++) {
    const x = rnd();
    const cls: QueryClass = x < 0.5 ? 'text' : x < 0.8 ? 'filters' : 'deep';
    const path = cls === 'text' ? textQuery() : cls === 'filters' ? filterQuery() : deepQuery();
    if (seen.has(path)) continue;
    seen.add(path);
    out.push({ cls, path });
  }
  if (out.length < count) throw new Error(`only ${out.length} distinct searches could be made`);
  return out;
}

/**
 * Up to `count` distinct prefixes as typed into the search box (lower case): 2–6 letters of the
 * nouns, their inflected forms and the registry's name words, and a name's first word followed
 * by 2–6 letters of its second ("hoivaosuuskunta pi"). `names` are the registry's names.
 */
export function suggestionPrefixes(count: number, names: readonly string[], seed = 77): string[] {
  const rnd = random(seed);
  const tokens = (s: string) => s.toLocaleLowerCase('fi').match(/\p{L}+/gu) ?? [];
  const oneWord = new Set<string>();
  const twoWords = new Set<string>();
  const prefixesOf = (into: Set<string>, word: string, lead = '') => {
    const letters = [...word];
    for (let n = 2; n <= Math.min(6, letters.length); n++)
      into.add(lead + letters.slice(0, n).join(''));
  };
  for (const lemma of lemmas) for (const form of inflect(lemma)) prefixesOf(oneWord, form);
  for (const name of names) {
    const [first, second] = tokens(name);
    if (first) prefixesOf(oneWord, first);
    if (first && second) prefixesOf(twoWords, second, `${first} `);
  }
  // Seeded shuffles (Fisher–Yates), then one of each in turn while both last.
  const shuffled = (set: Set<string>) => {
    const all = [...set];
    for (let i = all.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [all[i], all[j]] = [all[j] as string, all[i] as string];
    }
    return all;
  };
  const a = shuffled(oneWord);
  const b = shuffled(twoWords);
  const out: string[] = [];
  for (let i = 0; out.length < count && (i < a.length || i < b.length); i++) {
    if (i < a.length) out.push(a[i] as string);
    if (i < b.length && out.length < count) out.push(b[i] as string);
  }
  return out;
}
