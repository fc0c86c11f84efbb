/**
 * Queries of the directory-search relevance set, with complete judgments.
 *
 * How they were made: written by hand together with the targets of `targets.ts`, after the
 * distractor pools were committed, in the classes of issue 9 (compounds, stem changes, the other
 * national language, typos, ties, Swedish inflection, whole-word inflection, prefixes as typed).
 * The words were chosen so that no distractor legitimately answers them; each query lists every
 * target a person would expect (`relevant`), checked against all targets with a substring and
 * stem scan, and `first` where one answer is obvious.
 *
 * Judgment rules:
 * - A concept with a pair in `crossLanguagePairs` is one concept: a query for it in either language
 *   (inflected, compounded or misspelt) judges the organisations of both languages relevant, those
 *   in the query's language being expected higher. Prefix queries (a word as typed so far) judge
 *   only the organisations of the query's language with a word, or a part of a compound word,
 *   that begins that way.
 * - Tie queries use a tag label (theme or target group) that distractors never carry; all targets
 *   with the tag are relevant, and `first` is the one whose name holds the word.
 * - Hard negatives (`neg-…`) are never relevant.
 */
import { targets } from './targets.js';

export type QueryClass =
  | 'inflection'
  | 'compound'
  | 'stem_change'
  | 'cross_language'
  | 'typo'
  | 'ties'
  | 'swedish'
  | 'prefix';

export interface RelevanceQuery {
  q: string;
  class: QueryClass;
  relevant: string[];
  first?: string;
  note?: string;
}

/** The fi/sv(/en) translation pairs the cross-language judgments rely on (for the glossary). */
export const crossLanguagePairs: { fi: string; sv: string; en?: string }[] = [
  { fi: 'kirjasto', sv: 'bibliotek', en: 'library' },
  { fi: 'sirkus', sv: 'cirkus', en: 'circus' },
  { fi: 'velka', sv: 'skuld', en: 'debt' },
  { fi: 'velkaneuvonta', sv: 'skuldrådgivning', en: 'debt counselling' },
  { fi: 'turvakoti', sv: 'skyddshem', en: 'shelter' },
  { fi: 'vertaistuki', sv: 'kamratstöd', en: 'peer support' },
  { fi: 'omaishoitaja', sv: 'närståendevårdare', en: 'family carer' },
  { fi: 'pakolainen', sv: 'flykting', en: 'refugee' },
  { fi: 'turvapaikanhakija', sv: 'asylsökande', en: 'asylum seeker' },
  { fi: 'viittomakieli', sv: 'teckenspråk', en: 'sign language' },
  { fi: 'kuuro', sv: 'döv', en: 'deaf' },
  { fi: 'päihde', sv: 'missbruk', en: 'substance abuse' },
  { fi: 'vankila', sv: 'fängelse', en: 'prison' },
  { fi: 'yksinhuoltaja', sv: 'ensamförsörjare', en: 'single parent' },
  { fi: 'kehitysyhteistyö', sv: 'utvecklingssamarbete', en: 'development cooperation' },
  { fi: 'kansanopisto', sv: 'folkhögskola', en: 'folk high school' },
  { fi: 'kierrätys', sv: 'återvinning', en: 'recycling' },
  { fi: 'huonekalu', sv: 'möbel', en: 'furniture' },
  { fi: 'pankki', sv: 'bank', en: 'bank' },
  { fi: 'muistisairaus', sv: 'minnessjukdom', en: 'dementia' },
  { fi: 'yksinäisyys', sv: 'ensamhet', en: 'loneliness' },
  { fi: 'tukiasunto', sv: 'stödbostad', en: 'supported housing' },
  { fi: 'asunnoton', sv: 'hemlös', en: 'homeless' },
  { fi: 'työvalmennus', sv: 'jobbcoachning', en: 'job coaching' },
  { fi: 'partio', sv: 'scouting', en: 'scouting' },
  { fi: 'lähiradio', sv: 'närradio', en: 'community radio' },
  { fi: 'neulonta', sv: 'stickning', en: 'knitting' },
  { fi: 'kutominen', sv: 'vävning', en: 'weaving' },
  { fi: 'lintu', sv: 'fågel', en: 'bird' },
];

// Concepts: every organisation of both languages a query for the concept should find.
const kirjasto = [
  'tyokalukirjasto',
  'lelukirjasto',
  'verktygsbibliotek',
  'retkeilykirjasto',
  'leksaksbibliotek',
];
const sirkus = ['nuorisosirkus', 'hoivasirkus', 'ungdomscirkus', 'trapetsi'];
const velkaneuvonta = ['velkaneuvonta', 'skuldradgivning'];
const turvakoti = ['turvakoti', 'skyddshem', 'ensiturvakoti'];
const vertaistuki = [
  'vertaistuki-leski',
  'vertaistuki-suru',
  'kamratstod-jour',
  'kamratstod-ankor',
  'lapsettomat',
  'diabetes',
];
const omaishoitaja = ['omaishoitajat-lahti', 'omaishoito-oy', 'narstaende', 'omaishoitajat-oulu'];
const pakolainen = ['pakolaisapu', 'flyktingvanner', 'olohuone', 'pakolaisnuoret', 'flyktinghjalp'];
const turvapaikanhakija = ['olohuone', 'asylsokande', 'vastaanottokeskus', 'asylbyra'];
const viittomakieli = ['viittomakieliset', 'teckensprak', 'kuurot', 'kiila'];
const kuuro = ['kuurot', 'teckensprak', 'kuurosokeat'];
const paihde = ['paihdepysakki', 'akilta', 'missbruk', 'uusialku'];
const vankila = ['vapautuvat', 'nystart', 'vankilatyo'];
const yksinhuoltaja = ['yksinhuoltajat', 'ensamforsorjare', 'yksinhuoltajat-oulu'];
const kehitysyhteistyo = ['kaivo', 'mocambique', 'kenia', 'nepal'];
const kansanopisto = ['kansanopisto', 'folkhogskola', 'lapinkansanopisto', 'sydkusten'];
const ompelimo = ['kierratysompelimo', 'punos', 'pisto'];
const kierratys = [
  'tekstiilikierratys',
  'elektroniikka',
  'kierratyskeskus',
  'kierratysompelimo',
  'mattokutomo',
  'returen',
  'purku',
];
const mobel = ['returen', 'mobelbanken', 'kierratyskeskus', 'tavarapankki'];
const pankki = ['ruokapankki', 'tavarapankki', 'mobelbanken', 'kladbanken', 'vaatepankki'];
const muistisairaus = ['muistiluotsi', 'minnesforening', 'muistiyhdistys'];
const yksinaisyys = [
  'soittoystavat',
  'yhteinenpoyta',
  'vanstugan',
  'ystavapalvelu',
  'seniorvanner',
];
const tukiasunto = ['tukiasunto', 'stodbostad', 'tukikohta'];
const asunnoton = ['asunnottomat', 'harbarget', 'vva'];
const tyovalmennus = ['tyovalmennus', 'kliv', 'jalansija', 'jobbcoacherna'];
const partio = ['meripartio', 'scoutkar', 'metsankavijat'];
const radio = ['lahiradio', 'narradio'];
const kummi = ['lukukummit', 'perhekummit', 'liikuntakummit'];
const mummo = ['varamummot', 'yhteisomummola'];
const kaveri = ['kulttuurikaverit', 'sporttikaverit', 'luontokaverit'];
const keittio = ['yhteisokeittio', 'diakoniakeskus', 'kotouttava-kokki'];
const havikki = ['ruokahavikki', 'yhteisokeittio', 'ruokapankki', 'jaama'];
const radgivning = ['skuldradgivning', 'asylsokande', 'ensamforsorjare'];
const handledning = ['steget', 'jobbstigen', 'stodbostad', 'korgen'];
const stickning = ['stickcafe', 'villasukka', 'handarbete'];
const vavning = ['vavstuga', 'mattokutomo', 'handarbete'];
const lintu = ['puuverstas', 'holken'];

/** Targets (not hard negatives) carrying a theme or target group, for the tie queries. */
function tagged(kind: 'themes' | 'targetGroups', code: string, municipality?: string): string[] {
  return targets
    .filter((x) => !x.key.startsWith('neg-'))
    .filter((x) => (x.org[kind] as string[] | undefined)?.includes(code))
    .filter((x) => !municipality || x.org.municipality === municipality)
    .map((x) => x.key);
}
const union = (...lists: string[][]) => [...new Set(lists.flat())];

export const queries: RelevanceQuery[] = [
  // ── compound: the word is a later part of a one-word compound ──
  {
    q: 'kirjasto',
    class: 'compound',
    relevant: kirjasto,
    note: 'Työkalukirjasto, Lelukirjasto; sv Verktygsbiblioteket',
  },
  {
    q: 'kirjasto tampere',
    class: 'compound',
    relevant: ['tyokalukirjasto'],
    first: 'tyokalukirjasto',
    note: 'municipality narrows',
  },
  {
    q: 'sirkus',
    class: 'compound',
    relevant: sirkus,
    note: 'Nuorisosirkus, Hoivasirkus; sv Ungdomscirkusen',
  },
  { q: 'sirkus jyväskylä', class: 'compound', relevant: ['nuorisosirkus'], first: 'nuorisosirkus' },
  {
    q: 'pankki',
    class: 'compound',
    relevant: pankki,
    note: 'Ruokapankki, Tavarapankki; sv Möbelbanken, Klädbanken',
  },
  {
    q: 'keittiö',
    class: 'compound',
    relevant: keittio,
    note: 'Yhteisökeittiö, kansankeittiössä, Maailman Keittiöt',
  },
  {
    q: 'kummi',
    class: 'compound',
    relevant: kummi,
    note: 'Lukukummit, Perhekummi; Kummituskierros is a hard negative',
  },
  { q: 'mummo', class: 'compound', relevant: mummo, note: 'Varamummot, Yhteisömummola' },
  {
    q: 'kaveri',
    class: 'compound',
    relevant: kaveri,
    note: 'Kulttuurikaverit, Sporttikaverit/Liikuntakaverit',
  },
  {
    q: 'radio',
    class: 'compound',
    relevant: radio,
    note: 'Lähiradio, yhteisöradiota; sv Närradio; Radiotaksi, Radiologia are hard negatives',
  },
  {
    q: 'ompelimo',
    class: 'compound',
    relevant: ompelimo,
    note: 'Kierrätysompelimo, korjausompelimossa',
  },
  {
    q: 'kierrätys',
    class: 'compound',
    relevant: kierratys,
    note: 'Tekstiilikierrätys, Elektroniikkakierrätys, Kierrätyskeskus, kierrätyskankaista, kierrätysmateriaaleista; sv Återvinningscentralen',
  },
  {
    q: 'kierrätys lappeenranta',
    class: 'compound',
    relevant: ['kierratyskeskus'],
    first: 'kierratyskeskus',
  },
  { q: 'partio', class: 'compound', relevant: partio, note: 'Meripartiolaiset; sv Scoutkår' },
  {
    q: 'kutomo',
    class: 'compound',
    relevant: vavning,
    first: 'mattokutomo',
    note: 'Mattokutomo; sv Vävstugan (weaving)',
  },
  {
    q: 'verstas',
    class: 'compound',
    relevant: ['puuverstas'],
    first: 'puuverstas',
    note: 'Puuverstas',
  },
  {
    q: 'bibliotek',
    class: 'compound',
    relevant: kirjasto,
    first: 'verktygsbibliotek',
    note: 'Verktygsbiblioteket; fi kirjasto ones below',
  },
  {
    q: 'cirkus',
    class: 'compound',
    relevant: sirkus,
    first: 'ungdomscirkus',
    note: 'Ungdomscirkusen; fi sirkus ones below',
  },
  {
    q: 'bank',
    class: 'compound',
    relevant: pankki,
    note: 'Möbelbanken, Klädbanken; fi pankki ones below; Bankett & Fest is a hard negative',
  },
  {
    q: 'jour',
    class: 'compound',
    relevant: ['kamratstod-jour'],
    first: 'kamratstod-jour',
    note: 'Kvinnojouren; Journalistklubben is a hard negative',
  },
  {
    q: 'försörjare',
    class: 'compound',
    relevant: yksinhuoltaja,
    first: 'ensamforsorjare',
    note: 'ensamförsörjare; fi yksinhuoltajille',
  },
  {
    q: 'vårdare',
    class: 'compound',
    relevant: omaishoitaja,
    first: 'narstaende',
    note: 'Närståendevårdarna; fi omaishoitaja ones below',
  },
  {
    q: 'sökande',
    class: 'compound',
    relevant: turvapaikanhakija,
    first: 'asylsokande',
    note: 'asylsökande; fi turvapaikanhakija ones below',
  },
  {
    q: 'högskola',
    class: 'compound',
    relevant: kansanopisto,
    first: 'folkhogskola',
    note: 'folkhögskola; fi kansanopisto',
  },
  {
    q: 'rådgivning',
    class: 'compound',
    relevant: radgivning,
    first: 'skuldradgivning',
    note: 'skuldrådgivning (name), juridisk/ekonomisk rådgivning',
  },

  // ── stem_change: consonant gradation and other stem changes, both directions ──
  {
    q: 'velka',
    class: 'stem_change',
    relevant: [...velkaneuvonta, 'velkakierre', 'tasaus'],
    note: 'velka ↔ velat (k:∅), Velkaneuvonta; sv skuldrådgivning',
  },
  {
    q: 'turvakodin',
    class: 'stem_change',
    relevant: turvakoti,
    first: 'turvakoti',
    note: 'turvakodin ↔ Turvakoti, turvakodissa (t:d); sv Skyddshemmet',
  },
  {
    q: 'rikos',
    class: 'stem_change',
    relevant: ['vapautuvat', 'sovittelu', 'rikosuhrit'],
    note: 'rikos ↔ rikoksista (s:ks); Rikosasioiden, Rikosuhrien',
  },
  {
    q: 'lanka',
    class: 'stem_change',
    relevant: ['villasukka'],
    first: 'villasukka',
    note: 'lanka ↔ langoista (nk:ng); Langaton is a hard negative',
  },
  {
    q: 'lintu',
    class: 'stem_change',
    relevant: lintu,
    first: 'puuverstas',
    note: 'lintu ↔ linnuille (nt:nn); sv fåglar; Linnunrata, Linnan are hard negatives',
  },
  {
    q: 'lammas',
    class: 'stem_change',
    relevant: ['maisemalaiduntajat'],
    first: 'maisemalaiduntajat',
    note: 'lammas ↔ lampaat (mm:mp); Lamppukauppa is a hard negative',
  },
  {
    q: 'hirsi',
    class: 'stem_change',
    relevant: ['perinnerakentajat'],
    first: 'perinnerakentajat',
    note: 'hirsi ↔ hirret (rs:rr); Hirviaita is a hard negative',
  },
  {
    q: 'soitin',
    class: 'stem_change',
    relevant: ['soitinlainaamo'],
    first: 'soitinlainaamo',
    note: 'soitin ↔ soittimia (t:tt)',
  },
  {
    q: 'puhelin',
    class: 'stem_change',
    relevant: ['elektroniikka'],
    first: 'elektroniikka',
    note: 'puhelin ↔ puhelimet (n:m); Puheterapia is a hard negative',
  },
  {
    q: 'tyttö',
    class: 'stem_change',
    relevant: ['siskot'],
    first: 'siskot',
    note: 'tyttö ↔ tytöille (tt:t)',
  },
  {
    q: 'poika',
    class: 'stem_change',
    relevant: ['veljet'],
    first: 'veljet',
    note: 'poika ↔ pojille (k:j); Poikkipuu is a hard negative',
  },
  {
    q: 'opas',
    class: 'stem_change',
    relevant: ['kaupunkioppaat'],
    first: 'kaupunkioppaat',
    note: 'opas ↔ oppaat (s:ppa); Opaali is a hard negative',
  },
  {
    q: 'mieli',
    class: 'stem_change',
    relevant: ['klubitalo', 'tukiasunto'],
    note: 'mieli ↔ mielenterveys- (i:e); Mielipidetutkimus, Mielikki are hard negatives',
  },
  {
    q: 'hävikki',
    class: 'stem_change',
    relevant: havikki,
    note: 'hävikki ↔ ruokahävikin (kk:k); hävikkiruokaa, hävikkiraaka-aineista',
  },
  {
    q: 'asunnoton',
    class: 'stem_change',
    relevant: asunnoton,
    first: 'asunnottomat',
    note: 'asunnoton ↔ asunnottomille (n:mm); sv hemlösa',
  },
  {
    q: 'päihteet',
    class: 'stem_change',
    relevant: paihde,
    note: 'päihteet ↔ Päihdepysäkki, päihdeongelmista (t:d); sv missbruk',
  },
  {
    q: 'muistisairas',
    class: 'stem_change',
    relevant: muistisairaus,
    first: 'muistiluotsi',
    note: 'muistisairas ↔ muistisairaille (s:a); sv minnessjukdom',
  },
  {
    q: 'tukiasunnot',
    class: 'stem_change',
    relevant: tukiasunto,
    first: 'tukiasunto',
    note: 'tukiasunnot ↔ tukiasuntoja (nn:nt); sv Stödbostäder',
  },
  {
    q: 'vertaistuen',
    class: 'stem_change',
    relevant: vertaistuki,
    note: 'vertaistuen ↔ Vertaistukiyhdistys, vertaistukea (∅:k); sv kamratstöd',
  },
  {
    q: 'viittomakielen',
    class: 'stem_change',
    relevant: viittomakieli,
    note: 'viittomakielen ↔ viittomakielinen (e:i); sv teckenspråkiga',
  },
  {
    q: 'yksinäisyyttä',
    class: 'stem_change',
    relevant: yksinaisyys,
    first: 'yhteinenpoyta',
    note: 'exact in Yhteinen Pöytä; yksinäisille; sv ensamhet',
  },
  {
    q: 'vägledning',
    class: 'stem_change',
    relevant: ['vagledning', 'studievagledning'],
    note: 'noun ↔ verb: vägledning ↔ vägleder (Ungdomsvägledning in the name too)',
  },
  {
    q: 'handleder',
    class: 'stem_change',
    relevant: handledning,
    first: 'steget',
    note: 'verb ↔ noun: handleder ↔ handledning, boendehandledning; Handelslaget is a hard negative',
  },
  {
    q: 'stickning',
    class: 'stem_change',
    relevant: stickning,
    first: 'stickcafe',
    note: 'noun ↔ verb: stickning ↔ stickar; fi Neulomme; Stickspåret is a hard negative',
  },
  {
    q: 'vävning',
    class: 'stem_change',
    relevant: vavning,
    first: 'vavstuga',
    note: 'noun ↔ verb: vävning ↔ väver, vävstugan; fi Kudomme; Vävnadslab is a hard negative',
  },
  {
    q: 'fågel',
    class: 'stem_change',
    relevant: lintu,
    first: 'holken',
    note: 'singular ↔ plural: fågel ↔ fåglar; fi linnuille; Fågelvikens Camping is a hard negative',
  },
  {
    q: 'möbel',
    class: 'stem_change',
    relevant: mobel,
    note: 'möbel ↔ möbler, Möbelbanken; fi huonekaluja',
  },
  {
    q: 'läxa',
    class: 'stem_change',
    relevant: ['laxhjalp', 'laxklubben'],
    note: 'läxa ↔ läxorna (a:or); Laxfiske, Laxrökeriet are hard negatives',
  },
  {
    q: 'stödbostad',
    class: 'stem_change',
    relevant: tukiasunto,
    first: 'stodbostad',
    note: 'stödbostad ↔ Stödbostäder (a:ä); fi tukiasuntoja',
  },

  // ── cross_language: found through the other national language ──
  {
    q: 'vertaistuki',
    class: 'cross_language',
    relevant: vertaistuki,
    note: 'vertaistuki ↔ kamratstöd',
  },
  {
    q: 'kamratstöd',
    class: 'cross_language',
    relevant: vertaistuki,
    note: 'kamratstöd ↔ vertaistuki',
  },
  {
    q: 'omaishoitaja',
    class: 'cross_language',
    relevant: omaishoitaja,
    note: 'omaishoitaja ↔ närståendevårdare',
  },
  {
    q: 'närståendevårdare',
    class: 'cross_language',
    relevant: omaishoitaja,
    first: 'narstaende',
    note: 'närståendevårdare ↔ omaishoitaja',
  },
  {
    q: 'pakolainen',
    class: 'cross_language',
    relevant: pakolainen,
    note: 'pakolainen ↔ flykting; Pakopeli, Pakkaamo are hard negatives',
  },
  {
    q: 'flykting',
    class: 'cross_language',
    relevant: pakolainen,
    first: 'flyktingvanner',
    note: 'flykting ↔ pakolainen',
  },
  {
    q: 'turvapaikanhakija',
    class: 'cross_language',
    relevant: turvapaikanhakija,
    note: 'turvapaikanhakija ↔ asylsökande',
  },
  {
    q: 'asylsökande',
    class: 'cross_language',
    relevant: turvapaikanhakija,
    first: 'asylsokande',
    note: 'asylsökande ↔ turvapaikanhakija',
  },
  {
    q: 'viittomakieli',
    class: 'cross_language',
    relevant: viittomakieli,
    note: 'viittomakieli ↔ teckenspråk',
  },
  {
    q: 'teckenspråk',
    class: 'cross_language',
    relevant: viittomakieli,
    first: 'teckensprak',
    note: 'teckenspråk ↔ viittomakieli',
  },
  {
    q: 'kuurot',
    class: 'cross_language',
    relevant: kuuro,
    first: 'kuurot',
    note: 'kuuro ↔ döv; Kuurupiilo is a hard negative',
  },
  {
    q: 'döva',
    class: 'cross_language',
    relevant: kuuro,
    first: 'teckensprak',
    note: 'döv ↔ kuuro',
  },
  {
    q: 'velkaneuvonta',
    class: 'cross_language',
    relevant: velkaneuvonta,
    first: 'velkaneuvonta',
    note: 'velkaneuvonta ↔ skuldrådgivning',
  },
  {
    q: 'skuldrådgivning',
    class: 'cross_language',
    relevant: velkaneuvonta,
    first: 'skuldradgivning',
    note: 'skuldrådgivning ↔ velkaneuvonta',
  },
  {
    q: 'yksinhuoltaja',
    class: 'cross_language',
    relevant: yksinhuoltaja,
    first: 'yksinhuoltajat',
    note: 'yksinhuoltaja ↔ ensamförsörjare',
  },
  {
    q: 'kehitysyhteistyö',
    class: 'cross_language',
    relevant: kehitysyhteistyo,
    note: 'kehitysyhteistyö ↔ utvecklingssamarbete',
  },
  {
    q: 'utvecklingssamarbete',
    class: 'cross_language',
    relevant: kehitysyhteistyo,
    first: 'mocambique',
    note: 'utvecklingssamarbete ↔ kehitysyhteistyö',
  },
  {
    q: 'kansanopisto',
    class: 'cross_language',
    relevant: kansanopisto,
    first: 'kansanopisto',
    note: 'kansanopisto ↔ folkhögskola',
  },
  {
    q: 'muistisairaus',
    class: 'cross_language',
    relevant: muistisairaus,
    note: 'muistisairaus ↔ minnessjukdom',
  },
  {
    q: 'minnessjukdom',
    class: 'cross_language',
    relevant: muistisairaus,
    first: 'minnesforening',
    note: 'minnessjukdom ↔ muistisairaus; Minnesota Grill is a hard negative',
  },
  {
    q: 'ensamhet',
    class: 'cross_language',
    relevant: yksinaisyys,
    first: 'vanstugan',
    note: 'ensamhet ↔ yksinäisyys; Ensemble Nordica is a hard negative',
  },
  {
    q: 'tukiasunto',
    class: 'cross_language',
    relevant: tukiasunto,
    first: 'tukiasunto',
    note: 'tukiasunto ↔ stödbostad',
  },
  {
    q: 'hemlösa',
    class: 'cross_language',
    relevant: asunnoton,
    first: 'harbarget',
    note: 'hemlös ↔ asunnoton',
  },
  {
    q: 'fängelse',
    class: 'cross_language',
    relevant: vankila,
    first: 'nystart',
    note: 'fängelse ↔ vankila',
  },
  {
    q: 'missbruk',
    class: 'cross_language',
    relevant: paihde,
    first: 'missbruk',
    note: 'missbruk ↔ päihde',
  },
  {
    q: 'återvinning',
    class: 'cross_language',
    relevant: kierratys,
    first: 'returen',
    note: 'återvinning ↔ kierrätys',
  },
  {
    q: 'työvalmennus',
    class: 'cross_language',
    relevant: tyovalmennus,
    first: 'tyovalmennus',
    note: 'työvalmennus ↔ jobbcoachning',
  },
  {
    q: 'scouting',
    class: 'cross_language',
    relevant: partio,
    first: 'scoutkar',
    note: 'scouting ↔ partio; Scoot Rental is a hard negative',
  },

  // ── typo: one or two wrong, missing or swapped letters ──
  { q: 'kirjsto', class: 'typo', relevant: kirjasto, note: 'kirjasto, inside compounds only' },
  {
    q: 'sirkkus',
    class: 'typo',
    relevant: sirkus,
    note: 'sirkus; Sirkku, Sirkkala are hard negatives',
  },
  {
    q: 'velkaneuvona',
    class: 'typo',
    relevant: velkaneuvonta,
    first: 'velkaneuvonta',
    note: 'velkaneuvonta',
  },
  { q: 'omaishoitja', class: 'typo', relevant: omaishoitaja, note: 'omaishoitaja' },
  {
    q: 'yksinhuoltja',
    class: 'typo',
    relevant: yksinhuoltaja,
    first: 'yksinhuoltajat',
    note: 'yksinhuoltaja',
  },
  { q: 'muistisairus', class: 'typo', relevant: muistisairaus, note: 'muistisairaus' },
  {
    q: 'työvalmenus',
    class: 'typo',
    relevant: tyovalmennus,
    first: 'tyovalmennus',
    note: 'työvalmennus',
  },
  { q: 'kierätys', class: 'typo', relevant: kierratys, note: 'kierrätys, mostly inside compounds' },
  { q: 'ompelmo', class: 'typo', relevant: ompelimo, note: 'ompelimo, inside compounds only' },
  {
    q: 'pakoalinen',
    class: 'typo',
    relevant: pakolainen,
    note: 'pakolainen (swapped letters); Pakopeli is a hard negative',
  },
  {
    q: 'kehitysyhteistö',
    class: 'typo',
    relevant: kehitysyhteistyo,
    note: 'kehitysyhteistyö; Kehitysyhtiö is a hard negative',
  },
  {
    q: 'flyktnig',
    class: 'typo',
    relevant: pakolainen,
    first: 'flyktingvanner',
    note: 'flykting (swapped letters)',
  },
  {
    q: 'närståendevådare',
    class: 'typo',
    relevant: omaishoitaja,
    first: 'narstaende',
    note: 'närståendevårdare',
  },
  {
    q: 'teckenspårk',
    class: 'typo',
    relevant: viittomakieli,
    first: 'teckensprak',
    note: 'teckenspråk (swapped letters)',
  },
  {
    q: 'folkhögskloa',
    class: 'typo',
    relevant: kansanopisto,
    first: 'folkhogskola',
    note: 'folkhögskola (swapped letters)',
  },
  {
    q: 'kansanopsito',
    class: 'typo',
    relevant: kansanopisto,
    first: 'kansanopisto',
    note: 'kansanopisto (swapped letters)',
  },
  { q: 'yksinäsyys', class: 'typo', relevant: yksinaisyys, note: 'yksinäisyys' },
  { q: 'turvapaikanhakja', class: 'typo', relevant: turvapaikanhakija, note: 'turvapaikanhakija' },
  { q: 'kamratsöd', class: 'typo', relevant: vertaistuki, note: 'kamratstöd' },
  { q: 'vertaistukki', class: 'typo', relevant: vertaistuki, note: 'vertaistuki (doubled letter)' },
  {
    q: 'tukiasnto',
    class: 'typo',
    relevant: tukiasunto,
    first: 'tukiasunto',
    note: 'tukiasunto; Tukiasema is a hard negative',
  },
  {
    q: 'lukukumi',
    class: 'typo',
    relevant: ['lukukummit'],
    first: 'lukukummit',
    note: 'lukukummi; Kumitehdas is a hard negative',
  },

  // ── ties: many targets match only through the same tag; first matches in its name ──
  {
    q: 'kiertotalous',
    class: 'ties',
    relevant: tagged('themes', 'circular_economy'),
    first: 'kiertotalouskeskus',
    note: 'theme circular_economy; Kiertotalouskeskus (name) first, Cirkulär ekonomi i Åboland (name, sv) next, the rest by tag only',
  },
  {
    q: 'cirkulär ekonomi',
    class: 'ties',
    relevant: tagged('themes', 'circular_economy'),
    first: 'cirkular',
    note: 'theme circular_economy (sv label); Cirkulär ekonomi i Åboland first, Kiertotalouskeskus next, the rest by tag only',
  },
  {
    q: 'osatyökykyiset',
    class: 'ties',
    relevant: union(
      tagged('targetGroups', 'partial_work_ability'),
      tagged('themes', 'partial_work_ability'),
      ['maisemalaiduntajat', 'puutarhatyot', 'mattokutomo'],
    ),
    first: 'osatyokykyiset',
    note: 'target group partial_work_ability; Osatyökykyiset Tekijät (name) first, then those with osatyökykyiset/-isiä in the description, then tag only',
  },
  {
    q: 'maahanmuuttajat',
    class: 'ties',
    relevant: union(tagged('targetGroups', 'immigrants'), ['kierratysompelimo', 'kaupunkioppaat']),
    first: 'maahanmuuttajat',
    note: 'target group immigrants; Maahanmuuttajien Tukipiste (name) first, then maahanmuuttaja- in the description, then tag only',
  },
  {
    q: 'maahanmuuttajat tampere',
    class: 'ties',
    relevant: tagged('targetGroups', 'immigrants', '837'),
    first: 'kaupunkioppaat',
    note: 'immigrants in Tampere: Tarinoiden Tampere (description and name) first, Kaleidoskooppi (tag only) next',
  },
  {
    q: 'pitkäaikaistyöttömät',
    class: 'ties',
    relevant: tagged('targetGroups', 'long_term_unemployed'),
    first: 'pitkaaikaistyottomat',
    note: 'target group long_term_unemployed; Pitkäaikaistyöttömien Yhdistys (name) first, the rest by tag only',
  },
  {
    q: 'långtidsarbetslösa',
    class: 'ties',
    relevant: tagged('targetGroups', 'long_term_unemployed'),
    first: 'langtidsarbetslosa',
    note: 'target group long_term_unemployed (sv label); Långtidsarbetslösas förening (name) first, the rest by tag only',
  },
  {
    q: 'kuntoutujat',
    class: 'ties',
    relevant: union(tagged('targetGroups', 'rehabilitees'), ['klubitalo', 'tukiasunto']),
    first: 'kuntoutujat',
    note: 'target group rehabilitees; Kuntoutujat Kentälle (name) first, then mielenterveyskuntoutujille/-jien in the description, then tag only',
  },
  {
    q: 'kotoutuminen',
    class: 'ties',
    relevant: tagged('themes', 'integration'),
    first: 'kaleidoskooppi',
    note: 'theme integration; Kaleidoskooppi (kotoutumista in the description) first, the rest by tag only',
  },
  {
    q: 'osallisuus',
    class: 'ties',
    relevant: tagged('themes', 'social_inclusion'),
    first: 'osallisuus',
    note: 'theme social_inclusion; Osallisuus Nyt (name) first, the rest by tag only',
  },
  {
    q: 'digitalisaatio',
    class: 'ties',
    relevant: tagged('themes', 'digital'),
    first: 'digitalisaatio',
    note: 'theme digital; Digitalisaatio Kaikille (name) first, Digitalisering i skärgården (name, sv) next, the rest by tag only',
  },
  {
    q: 'digitalisering',
    class: 'ties',
    relevant: tagged('themes', 'digital'),
    first: 'digitalisering',
    note: 'theme digital (sv label); Digitalisering i skärgården (name) first, the rest by tag only',
  },
  {
    q: 'invandrare',
    class: 'ties',
    relevant: tagged('targetGroups', 'immigrants'),
    first: 'invandrarna',
    note: 'target group immigrants (sv label); Invandrarnas kulturförening (name) first, the rest by tag only',
  },
  {
    q: 'vammaiset',
    class: 'ties',
    relevant: union(tagged('targetGroups', 'people_with_disabilities'), ['sporttikaverit']),
    first: 'vammaistaide',
    note: 'target group people_with_disabilities; Vammaisten Taidepaja (name) first, Sporttikaverit (vammaisten in the description) next, the rest by tag only',
  },

  // ── swedish: Swedish inflection (definite, plural, genitive) ──
  {
    q: 'flyktingarna',
    class: 'swedish',
    relevant: pakolainen,
    first: 'flyktingvanner',
    note: 'flykting: plural definite; flyktingar in the description',
  },
  {
    q: 'flyktingar nykarleby',
    class: 'swedish',
    relevant: ['flyktingvanner'],
    first: 'flyktingvanner',
    note: 'with a municipality (Nykarleby = Uusikaarlepyy)',
  },
  {
    q: 'biblioteket',
    class: 'swedish',
    relevant: kirjasto,
    first: 'verktygsbibliotek',
    note: 'bibliotek: definite, inside Verktygsbiblioteket',
  },
  {
    q: 'cirkusen',
    class: 'swedish',
    relevant: sirkus,
    first: 'ungdomscirkus',
    note: 'cirkus: definite',
  },
  {
    q: 'skyddshemmet',
    class: 'swedish',
    relevant: turvakoti,
    first: 'skyddshem',
    note: 'skyddshem: definite',
  },
  {
    q: 'kvinnojouren',
    class: 'swedish',
    relevant: ['kamratstod-jour'],
    first: 'kamratstod-jour',
    note: 'kvinnojour: definite',
  },
  { q: 'kamratstödet', class: 'swedish', relevant: vertaistuki, note: 'kamratstöd: definite' },
  {
    q: 'närståendevårdarna',
    class: 'swedish',
    relevant: omaishoitaja,
    first: 'narstaende',
    note: 'närståendevårdare: plural definite',
  },
  {
    q: 'folkhögskolan',
    class: 'swedish',
    relevant: kansanopisto,
    first: 'folkhogskola',
    note: 'folkhögskola: definite',
  },
  {
    q: 'utvecklingssamarbetet',
    class: 'swedish',
    relevant: kehitysyhteistyo,
    first: 'mocambique',
    note: 'utvecklingssamarbete: definite',
  },
  {
    q: 'ensamförsörjaren',
    class: 'swedish',
    relevant: yksinhuoltaja,
    first: 'ensamforsorjare',
    note: 'ensamförsörjare: definite',
  },
  {
    q: 'asylsökandena',
    class: 'swedish',
    relevant: turvapaikanhakija,
    first: 'asylsokande',
    note: 'asylsökande: plural definite',
  },
  {
    q: 'möbelbankens',
    class: 'swedish',
    relevant: ['mobelbanken'],
    first: 'mobelbanken',
    note: 'genitive of the name word',
  },
  {
    q: 'teckenspråket',
    class: 'swedish',
    relevant: viittomakieli,
    first: 'teckensprak',
    note: 'teckenspråk: definite',
  },
  {
    q: 'minnessjukdomar',
    class: 'swedish',
    relevant: muistisairaus,
    first: 'minnesforening',
    note: 'minnessjukdom: plural',
  },
  {
    q: 'skuldrådgivningen',
    class: 'swedish',
    relevant: velkaneuvonta,
    first: 'skuldradgivning',
    note: 'skuldrådgivning: definite',
  },
  {
    q: 'stödbostäderna',
    class: 'swedish',
    relevant: tukiasunto,
    first: 'stodbostad',
    note: 'stödbostad: plural definite',
  },
  {
    q: 'scoutkåren',
    class: 'swedish',
    relevant: partio,
    first: 'scoutkar',
    note: 'scoutkår: definite',
  },
  { q: 'dövas', class: 'swedish', relevant: kuuro, first: 'teckensprak', note: 'döva: genitive' },
  {
    q: 'härbärgen',
    class: 'swedish',
    relevant: asunnoton,
    first: 'harbarget',
    note: 'härbärge: plural (a shelter for the homeless)',
  },
  {
    q: 'fängelser',
    class: 'swedish',
    relevant: vankila,
    first: 'nystart',
    note: 'fängelse: plural',
  },
  {
    q: 'missbrukets',
    class: 'swedish',
    relevant: paihde,
    first: 'missbruk',
    note: 'missbruk: definite genitive',
  },
  {
    q: 'närradion',
    class: 'swedish',
    relevant: radio,
    first: 'narradio',
    note: 'närradio: definite',
  },
  {
    q: 'vävstugorna',
    class: 'swedish',
    relevant: vavning,
    first: 'vavstuga',
    note: 'vävstuga: plural definite',
  },

  // ── inflection: whole Finnish words, inflected ──
  {
    q: 'omaishoitajien',
    class: 'inflection',
    relevant: omaishoitaja,
    note: 'omaishoitajille, Omaishoitajat',
  },
  {
    q: 'pakolaisten',
    class: 'inflection',
    relevant: pakolainen,
    note: 'pakolaisina, pakolaisille',
  },
  {
    q: 'kehitysyhteistyön',
    class: 'inflection',
    relevant: kehitysyhteistyo,
    note: 'kehitysyhteistyötä',
  },
  {
    q: 'kansanopistossa',
    class: 'inflection',
    relevant: kansanopisto,
    first: 'kansanopisto',
    note: 'kansanopistoa',
  },
  {
    q: 'yksinhuoltajille',
    class: 'inflection',
    relevant: yksinhuoltaja,
    first: 'yksinhuoltajat',
    note: 'exact in the description',
  },
  {
    q: 'velkaneuvontaa',
    class: 'inflection',
    relevant: velkaneuvonta,
    first: 'velkaneuvonta',
    note: 'exact in the description',
  },
  { q: 'vertaistukena', class: 'inflection', relevant: vertaistuki, note: 'vertaistukea' },
  {
    q: 'turvapaikanhakijat',
    class: 'inflection',
    relevant: turvapaikanhakija,
    note: 'turvapaikanhakijoille, turvapaikanhakijoiden',
  },
  {
    q: 'lukukummina',
    class: 'inflection',
    relevant: ['lukukummit'],
    first: 'lukukummit',
    note: 'Lukukummit',
  },
  {
    q: 'muistisairaiden',
    class: 'inflection',
    relevant: muistisairaus,
    first: 'muistiluotsi',
    note: 'muistisairaille',
  },
  {
    q: 'tukiasuntojen',
    class: 'inflection',
    relevant: tukiasunto,
    first: 'tukiasunto',
    note: 'tukiasuntoja',
  },
  {
    q: 'kulttuurikaverin',
    class: 'inflection',
    relevant: ['kulttuurikaverit'],
    first: 'kulttuurikaverit',
    note: 'Kulttuurikaveri; Kulttuurikahvila is a hard negative',
  },
  {
    q: 'yhteisöradion',
    class: 'inflection',
    relevant: radio,
    first: 'lahiradio',
    note: 'yhteisöradiota; sv Närradio',
  },
  {
    q: 'klubitalon',
    class: 'inflection',
    relevant: ['klubitalo'],
    first: 'klubitalo',
    note: 'Klubitalo',
  },
  {
    q: 'kuuroille',
    class: 'inflection',
    relevant: kuuro,
    first: 'kuurot',
    note: 'Kuurojen; sv döva',
  },
  {
    q: 'varamummojen',
    class: 'inflection',
    relevant: ['varamummot'],
    first: 'varamummot',
    note: 'Varamummot',
  },
  {
    q: 'partiolaisille',
    class: 'inflection',
    relevant: partio,
    first: 'meripartio',
    note: 'Partiolaiset; sv Scoutkår',
  },
  {
    q: 'ruokapankkia',
    class: 'inflection',
    relevant: ['ruokapankki'],
    first: 'ruokapankki',
    note: 'Ruokapankki',
  },
  {
    q: 'kansankeittiöt',
    class: 'inflection',
    relevant: ['diakoniakeskus'],
    first: 'diakoniakeskus',
    note: 'kansankeittiössä',
  },
  {
    q: 'asunnottomien',
    class: 'inflection',
    relevant: asunnoton,
    first: 'asunnottomat',
    note: 'asunnottomille; sv hemlösa',
  },
  {
    q: 'mielenterveyskuntoutujien',
    class: 'inflection',
    relevant: ['klubitalo', 'tukiasunto'],
    first: 'klubitalo',
    note: 'exact in Klubitalo Väre; mielenterveyskuntoutujille',
  },
  {
    q: 'perinnerakentajien',
    class: 'inflection',
    relevant: ['perinnerakentajat'],
    first: 'perinnerakentajat',
    note: 'Perinnerakentajat',
  },

  // ── prefix: a word as typed so far (4+ letters) ──
  {
    q: 'omaishoi',
    class: 'prefix',
    relevant: ['omaishoitajat-lahti', 'omaishoito-oy', 'omaishoitajat-oulu'],
    note: 'omaishoitajat, Omaishoidon; Omaisuudenhoito is a hard negative',
  },
  {
    q: 'kehitysy',
    class: 'prefix',
    relevant: ['kaivo', 'kenia'],
    note: 'kehitysyhteistyö-; Seudun Kehitysyhtiö is a hard negative',
  },
  {
    q: 'turvapai',
    class: 'prefix',
    relevant: ['olohuone', 'vastaanottokeskus'],
    note: 'turvapaikanhakija-; Turvapalvelu is a hard negative',
  },
  {
    q: 'viittom',
    class: 'prefix',
    relevant: ['viittomakieliset', 'kuurot', 'kiila'],
    note: 'viittomakieli-; Viittatehdas is a hard negative',
  },
  {
    q: 'vertais',
    class: 'prefix',
    relevant: ['vertaistuki-leski', 'vertaistuki-suru', 'lapsettomat'],
    note: 'vertaistuki-; Vertailu is a hard negative',
  },
  {
    q: 'kierrät',
    class: 'prefix',
    relevant: [
      'tekstiilikierratys',
      'elektroniikka',
      'kierratyskeskus',
      'kierratysompelimo',
      'mattokutomo',
      'purku',
    ],
    note: 'kierrätys-, Kierrätämme, Rakennusosakierrätys; Kierre is a hard negative',
  },
  {
    q: 'yksinhuol',
    class: 'prefix',
    relevant: ['yksinhuoltajat', 'yksinhuoltajat-oulu'],
    note: 'yksinhuoltajille',
  },
  {
    q: 'muistisai',
    class: 'prefix',
    relevant: ['muistiluotsi', 'muistiyhdistys'],
    note: 'muistisairaille; Muistio is a hard negative',
  },
  {
    q: 'närstå',
    class: 'prefix',
    relevant: ['narstaende'],
    first: 'narstaende',
    note: 'Närståendevårdarna',
  },
  {
    q: 'flykti',
    class: 'prefix',
    relevant: ['flyktingvanner', 'flyktinghjalp'],
    note: 'Flyktingvänner; Flygklubben is a hard negative',
  },
  {
    q: 'teckensp',
    class: 'prefix',
    relevant: ['teckensprak'],
    first: 'teckensprak',
    note: 'Teckenspråkiga',
  },
  {
    q: 'skuldrå',
    class: 'prefix',
    relevant: ['skuldradgivning'],
    first: 'skuldradgivning',
    note: 'skuldrådgivning',
  },
  {
    q: 'kansanop',
    class: 'prefix',
    relevant: ['kansanopisto', 'lapinkansanopisto'],
    note: 'Kansanopistosäätiö',
  },
  {
    q: 'folkhög',
    class: 'prefix',
    relevant: ['folkhogskola', 'sydkusten'],
    note: 'folkhögskola',
  },
  {
    q: 'tukiasu',
    class: 'prefix',
    relevant: ['tukiasunto', 'tukikohta'],
    note: 'Tukiasuntosäätiö; Tukiasema is a hard negative',
  },
  {
    q: 'pakolai',
    class: 'prefix',
    relevant: ['pakolaisapu', 'olohuone', 'pakolaisnuoret'],
    note: 'Pakolaisapu, pakolaisille; Pakopeli, Pakkaamo are hard negatives',
  },
  {
    q: 'velkaneu',
    class: 'prefix',
    relevant: ['velkaneuvonta'],
    first: 'velkaneuvonta',
    note: 'Velkaneuvonta',
  },
  {
    q: 'ensamförs',
    class: 'prefix',
    relevant: ['ensamforsorjare'],
    first: 'ensamforsorjare',
    note: 'Ensamförsörjarna; Ensemble is a hard negative',
  },
  {
    q: 'utvecklingss',
    class: 'prefix',
    relevant: ['mocambique', 'nepal'],
    note: 'Utvecklingssamarbete; Utvecklingsbolaget is a hard negative',
  },
  {
    q: 'jobbcoa',
    class: 'prefix',
    relevant: ['kliv', 'jobbcoacherna'],
    note: 'Jobbcoachning',
  },
  {
    q: 'lukukum',
    class: 'prefix',
    relevant: ['lukukummit'],
    first: 'lukukummit',
    note: 'Lukukummit',
  },
  {
    q: 'kulttuurika',
    class: 'prefix',
    relevant: ['kulttuurikaverit'],
    first: 'kulttuurikaverit',
    note: 'Kulttuurikaverit; Kulttuurikahvila is a hard negative',
  },
  {
    q: 'asylsök',
    class: 'prefix',
    relevant: ['asylsokande', 'asylbyra'],
    note: 'Asylsökandes',
  },
  {
    q: 'minness',
    class: 'prefix',
    relevant: ['minnesforening'],
    first: 'minnesforening',
    note: 'minnessjukdom; Minnesota is a hard negative',
  },
];
