// Synthetic organisations for the benchmark: Finnish-looking names and descriptions (some Swedish),
// every region, skewed like Finland's population (Uusimaa about a third), as an import CSV the way
// Finnish Excel saves it (semicolons, UTF-8 with a byte order mark). Deterministic: one seed, one file.
import { businessIdFor, chooser, random, regionShares } from '../server/synthetic.js';

export { random };

/** Name words and fields of the generated organisations (the soak's searches use them). */
export const words = [
  'Kivi',
  'Tuuli',
  'Koivu',
  'Järvi',
  'Lähde',
  'Kumppani',
  'Silta',
  'Aalto',
  'Kajo',
  'Helmi',
  'Pihlaja',
  'Kataja',
  'Ruska',
  'Virta',
  'Kallio',
  'Honka',
  'Majakka',
  'Kehrä',
  'Pajukko',
  'Sointu',
  'Ankkuri',
  'Tähti',
  'Oras',
  'Verso',
  'Kaste',
  'Lumo',
  'Aura',
  'Kipinä',
  'Satama',
  'Niitty',
  'Saari',
  'Metsä',
  'Polku',
  'Sisu',
  'Toivo',
  'Kaiku',
  'Lyhty',
  'Kehto',
  'Uoma',
  'Pilvi',
];
export const fields = [
  'Työ',
  'Hoiva',
  'Kierrätys',
  'Kulttuuri',
  'Ruoka',
  'Asumis',
  'Nuoriso',
  'Liikunta',
  'Koulutus',
  'Ympäristö',
  'Kotoutumis',
  'Digi',
  'Palvelu',
  'Kunto',
  'Käsityö',
];
const forms = [
  { code: '14', pattern: (w: string, f: string) => `${f}osuuskunta ${w}`, weight: 0.18 },
  { code: '14', pattern: (w: string) => `Osuuskunta ${w}`, weight: 0.07 },
  { code: '6', pattern: (w: string, f: string) => `${f}yhdistys ${w} ry`, weight: 0.3 },
  { code: '6', pattern: (w: string) => `${w}-seura ry`, weight: 0.08 },
  { code: '18', pattern: (w: string, f: string) => `${f}säätiö ${w} sr`, weight: 0.07 },
  { code: '16', pattern: (w: string, f: string) => `${w} ${f}palvelut Oy`, weight: 0.18 },
  { code: '16', pattern: (w: string) => `Yhteiskunnallinen yritys ${w} Oy`, weight: 0.04 },
  { code: '14', pattern: (w: string) => `Andelslaget ${w}`, weight: 0.03 },
  { code: '6', pattern: (w: string) => `Föreningen ${w} rf`, weight: 0.03 },
  { code: '0', pattern: (w: string) => `Vapaaehtoisryhmä ${w}`, weight: 0.02 },
];
const services = [
  'tarjoaa työllistymistä tukevia palveluja',
  'järjestää kuntouttavaa työtoimintaa',
  'kierrättää huonekaluja ja tekstiilejä',
  'tuottaa hoivapalveluja ikääntyneille',
  'pyörittää kahvilaa ja lounasravintolaa',
  'järjestää kulttuuritapahtumia ja kursseja',
  'tukee nuorten koulutusta ja työllistymistä',
  'auttaa maahanmuuttajia kotoutumaan',
  'kunnostaa asuntoja ja ympäristöä',
  'opettaa digitaitoja ja neuvoo asioinnissa',
];
const targets = [
  'osatyökykyisille',
  'pitkäaikaistyöttömille',
  'nuorille',
  'ikääntyneille',
  'maahanmuuttajille',
  'lapsiperheille',
  'koko kunnan asukkaille',
];
const themeCodes = [
  'employment',
  'partial_work_ability',
  'social_inclusion',
  'wellbeing',
  'education',
  'environment',
  'circular_economy',
  'culture',
  'housing',
  'local_development',
  'integration',
  'food',
  'care',
  'digital',
];
const actorTypes = [
  'company',
  'social_economy_actor',
  'association',
  'funder',
  'educational_institution',
];
const tolCodes = ['88', '87', '56', '47', '85', '90', '93', '38', '81', '94', '62', '10'];

const header =
  'Nimi;Y-tunnus;Yritysmuoto;Kunta;Toimijatyyppi;Teemat;SDG;Toimiala;Perustamisvuosi;Kuvaus';

/**
 * `count` organisations as CSV text. `municipalities` maps region codes to their municipality
 * codes (from the reference data). Another `seed` and `firstBusinessNumber` give a second file
 * whose rows are all new to a registry imported from the first.
 */
export function generateCsv(
  count: number,
  municipalities: Map<string, string[]>,
  { seed = 2026, firstBusinessNumber = 1_000_000 } = {},
): string {
  const rnd = random(seed);
  const { pick, weighted } = chooser(rnd);
  const regions = Object.entries(regionShares)
    .filter(([code]) => municipalities.has(code))
    .map(([code, weight]) => ({ weight, value: code }));
  const formItems = forms.map((f) => ({ weight: f.weight, value: f }));
  const lines = [header];
  const seen = new Set<string>();
  let nextId = firstBusinessNumber;
  for (let i = 0; i < count; i++) {
    const form = weighted(formItems);
    let name = form.pattern(pick(words), pick(fields));
    // Names repeat across Finland; numbering keeps them apart as real registers do.
    if (seen.has(name)) name = `${name} ${i}`;
    seen.add(name);
    const region = weighted(regions);
    const municipality = pick(municipalities.get(region) as string[]);
    let businessId = '';
    if (form.code !== '0' && rnd() < 0.7) {
      let id: string | undefined;
      do id = businessIdFor(nextId++);
      while (!id);
      businessId = id;
    }
    const themes = [pick(themeCodes), pick(themeCodes)].filter((t, j, a) => a.indexOf(t) === j);
    const description = `${name.split(' ')[0]} ${pick(services)} ${pick(targets)}. Toiminta on alkanut vuonna ${1950 + Math.floor(rnd() * 75)}, ja tavoitteena on ${pick(['yhteisöllisyys', 'kestävä kehitys', 'hyvinvointi', 'työllisyys'])} paikkakunnalla.`;
    lines.push(
      [
        name,
        businessId,
        form.code,
        municipality,
        pick(actorTypes),
        themes.join(','),
        String(1 + Math.floor(rnd() * 17)),
        pick(tolCodes),
        String(1950 + Math.floor(rnd() * 75)),
        description,
      ].join(';'),
    );
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/**
 * Numbered variants of one name in one municipality (`${name} ${from}` … `${name} ${to}`), in the
 * columns of `generateCsv`: a municipality crowded with similar names.
 */
export function numberedNamesCsv(name: string, from: number, to: number, municipality: string) {
  const lines = [header];
  for (let i = from; i <= to; i++) lines.push(`${name} ${i};;16;${municipality};company;;;;;`);
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
