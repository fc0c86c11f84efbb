// The organisations of the demo registry (`npm run demo:load`): made up for the purpose, never
// real ones. Names, descriptions and classifications read like a Finnish directory's (cooperatives,
// associations, foundations, social enterprises; Swedish ones where Swedish is spoken), spread over
// every region and many municipalities. No business IDs (any valid one may belong to someone), no
// people, no phone numbers; websites and addresses are under the reserved `.example` domain.

import type { OrganisationInput } from '../../../common/schemas/organisations.js';
import { chooser, random, regionShares } from '../../synthetic.js';

type Texts = { fi: string; sv: string; en: string };
type NamePattern = [legalForm: string, pattern: string];

interface Activity {
  /** Finnish and Swedish names; `{w}` is the organisation's own word. */
  names: { fi: NamePattern[]; sv: NamePattern[] };
  /** What the organisation does, after its name ("Kierrätysyhdistys Verso ry ottaa vastaan …"). */
  does: Texts;
  themes: string[];
  targetGroups: string[];
  actorTypes?: string[];
  tol: string | null;
  icnp: string;
  sdg: number[];
  /** It employs people facing barriers (work-integration criteria). */
  integratesWork?: boolean;
}

const activities: Activity[] = [
  {
    names: {
      fi: [
        ['14', 'Kierrätysosuuskunta {w}'],
        ['6', 'Kierrätysyhdistys {w} ry'],
        ['16', 'Kierrätyspalvelu {w} Oy'],
      ],
      sv: [
        ['14', 'Återbruksandelslaget {w}'],
        ['6', 'Återbruksföreningen {w} rf'],
      ],
    },
    does: {
      fi: 'ottaa vastaan huonekaluja, tekstiilejä ja kodintavaroita, korjaa ne ja myy ne edelleen omassa kierrätysmyymälässään. Työ- ja työkokeilupaikkoja tarjotaan pitkäaikaistyöttömille.',
      sv: 'tar emot möbler, textilier och husgeråd, reparerar dem och säljer dem vidare i sin egen återbruksbutik. Långtidsarbetslösa erbjuds arbete och arbetsprövning.',
      en: 'collects furniture, textiles and household goods, repairs them and sells them on in its own second-hand shop. It offers jobs and work trials to the long-term unemployed.',
    },
    themes: ['circular_economy', 'environment', 'employment'],
    targetGroups: ['long_term_unemployed'],
    tol: '47',
    icnp: 'E',
    sdg: [8, 12],
    integratesWork: true,
  },
  {
    names: {
      fi: [
        ['14', 'Ruokaosuuskunta {w}'],
        ['6', 'Kahvilayhdistys {w} ry'],
        ['16', 'Lounaskahvila {w} Oy'],
      ],
      sv: [
        ['14', 'Andelslaget {w}'],
        ['16', 'Lunchkafé {w} Ab'],
      ],
    },
    does: {
      fi: 'pitää lounaskahvilaa, jossa osatyökykyiset työskentelevät keittiössä ja salissa palkallisissa työsuhteissa.',
      sv: 'driver ett lunchkafé där personer med partiell arbetsförmåga arbetar i kök och sal i avlönade anställningar.',
      en: 'runs a lunch café where people with partial work ability work in the kitchen and dining room in paid jobs.',
    },
    themes: ['food', 'partial_work_ability', 'employment'],
    targetGroups: ['partial_work_ability'],
    tol: '56',
    icnp: 'D',
    sdg: [8, 10],
    integratesWork: true,
  },
  {
    names: {
      fi: [
        ['14', 'Hoivaosuuskunta {w}'],
        ['16', 'Hoivapalvelut {w} Oy'],
        ['18', 'Palvelutalosäätiö {w} sr'],
      ],
      sv: [
        ['14', 'Omsorgsandelslaget {w}'],
        ['18', 'Stiftelsen {w} sr'],
      ],
    },
    does: {
      fi: 'tuottaa kotihoidon ja kotiin vietävän avun palveluja ikääntyneille ja tukee heidän omaisiaan.',
      sv: 'ger hemvård och hjälp i hemmet åt äldre och stöder deras anhöriga.',
      en: 'provides home care and help at home for older people and supports their families.',
    },
    themes: ['care', 'wellbeing'],
    targetGroups: ['older_people'],
    tol: '88',
    icnp: 'D',
    sdg: [3],
  },
  {
    names: {
      fi: [
        ['6', 'Työpajayhdistys {w} ry'],
        ['18', 'Nuorisosäätiö {w} sr'],
        ['16', 'Valmennus {w} Oy'],
      ],
      sv: [['6', 'Verkstadsföreningen {w} rf']],
    },
    does: {
      fi: 'järjestää nuorten työpajatoimintaa puu-, metalli- ja mediapajoissa ja auttaa nuoria löytämään opiskelu- tai työpaikan.',
      sv: 'ordnar verkstäder för unga i trä, metall och media och hjälper unga att hitta en studie- eller arbetsplats.',
      en: 'runs youth workshops in woodwork, metalwork and media and helps young people find a place to study or work.',
    },
    themes: ['education', 'employment'],
    targetGroups: ['young_people'],
    tol: '85',
    icnp: 'B',
    sdg: [4, 8],
    integratesWork: true,
  },
  {
    names: {
      fi: [
        ['6', 'Monikulttuurinen yhdistys {w} ry'],
        ['14', 'Tulkkiosuuskunta {w}'],
      ],
      sv: [['6', 'Mångkulturella föreningen {w} rf']],
    },
    does: {
      fi: 'auttaa maahan muuttaneita kotoutumaan: kielikahviloita, neuvontaa asioinnissa sekä tulkkausta ja tukea työnhakuun.',
      sv: 'hjälper inflyttade att integreras: språkkaféer, rådgivning, tolkning och stöd i jobbsökandet.',
      en: 'helps people who have moved to Finland to settle in: language cafés, advice, interpreting and support in finding work.',
    },
    themes: ['integration', 'social_inclusion'],
    targetGroups: ['immigrants'],
    tol: '88',
    icnp: 'F',
    sdg: [10, 16],
  },
  {
    names: {
      fi: [
        ['6', 'Kulttuuriyhdistys {w} ry'],
        ['14', 'Kulttuuriosuuskunta {w}'],
        ['18', 'Kulttuurisäätiö {w} sr'],
      ],
      sv: [
        ['6', 'Kulturföreningen {w} rf'],
        ['18', 'Kulturstiftelsen {w} sr'],
      ],
    },
    does: {
      fi: 'järjestää konsertteja, teatteria ja taidekursseja kaikenikäisille ja vie kulttuuria myös kylien kokoontumistiloihin.',
      sv: 'ordnar konserter, teater och konstkurser för alla åldrar och tar kulturen också till byarnas samlingslokaler.',
      en: 'organises concerts, theatre and art courses for all ages and takes culture to village halls too.',
    },
    themes: ['culture', 'social_inclusion'],
    targetGroups: ['everyone'],
    tol: '90',
    icnp: 'A',
    sdg: [11],
  },
  {
    names: {
      fi: [
        ['6', 'Liikuntaseura {w} ry'],
        ['14', 'Liikuntaosuuskunta {w}'],
      ],
      sv: [['6', 'Idrottsföreningen {w} rf']],
    },
    does: {
      fi: 'tarjoaa matalan kynnyksen liikuntaryhmiä ja ohjausta ihmisille, joille tavallinen kuntosali ei sovi.',
      sv: 'erbjuder motionsgrupper och handledning med låg tröskel för dem som inte trivs på ett vanligt gym.',
      en: 'offers easy-access exercise groups and coaching for people for whom an ordinary gym does not work.',
    },
    themes: ['wellbeing', 'social_inclusion'],
    targetGroups: ['people_with_disabilities', 'rehabilitees'],
    tol: '93',
    icnp: 'A',
    sdg: [3],
  },
  {
    names: {
      fi: [
        ['18', 'Asumissäätiö {w} sr'],
        ['6', 'Asumispalveluyhdistys {w} ry'],
      ],
      sv: [['18', 'Bostadsstiftelsen {w} sr']],
    },
    does: {
      fi: 'vuokraa kohtuuhintaisia asuntoja ja tarjoaa asumisen tukea asunnottomuutta kokeneille.',
      sv: 'hyr ut bostäder till skäligt pris och ger boendestöd åt personer som varit bostadslösa.',
      en: 'lets affordable homes and offers housing support to people who have experienced homelessness.',
    },
    themes: ['housing', 'social_inclusion'],
    targetGroups: ['rehabilitees'],
    tol: '68',
    icnp: 'F',
    sdg: [1, 11],
  },
  {
    names: {
      fi: [
        ['6', 'Digitukiyhdistys {w} ry'],
        ['14', 'IT-osuuskunta {w}'],
        ['16', 'Digiapu {w} Oy'],
      ],
      sv: [['6', 'Digistödsföreningen {w} rf']],
    },
    does: {
      fi: 'opettaa digitaitoja ja neuvoo verkkoasioinnissa kirjastoissa ja kylätaloilla; neuvojina on koulutettuja vapaaehtoisia.',
      sv: 'lär ut digitala färdigheter och ger råd om e-tjänster på bibliotek och bygdegårdar; rådgivarna är utbildade frivilliga.',
      en: 'teaches digital skills and helps people use online services in libraries and village halls, with trained volunteers as advisers.',
    },
    themes: ['digital', 'education'],
    targetGroups: ['older_people'],
    tol: '85',
    icnp: 'B',
    sdg: [4, 10],
  },
  {
    names: {
      fi: [
        ['6', 'Kyläyhdistys {w} ry'],
        ['14', 'Kyläosuuskunta {w}'],
      ],
      sv: [
        ['6', 'Byaföreningen {w} rf'],
        ['14', 'Andelslaget {w}'],
      ],
    },
    does: {
      fi: 'kehittää kylän palveluja yhdessä asukkaiden kanssa: ylläpitää kylätaloa, kyläkauppaa ja kuljetuspalvelua.',
      sv: 'utvecklar byns tjänster tillsammans med invånarna: sköter bygdegården, bybutiken och en transporttjänst.',
      en: "develops the village's services together with its residents: runs the village hall, the village shop and a transport service.",
    },
    themes: ['local_development'],
    targetGroups: ['rural_residents'],
    tol: '94',
    icnp: 'F',
    sdg: [11],
  },
  {
    names: {
      fi: [
        ['6', 'Luonnonhoitoyhdistys {w} ry'],
        ['14', 'Ympäristöosuuskunta {w}'],
        ['16', 'Ympäristöpalvelut {w} Oy'],
      ],
      sv: [['6', 'Naturvårdsföreningen {w} rf']],
    },
    does: {
      fi: 'hoitaa perinnemaisemia, torjuu vieraslajeja ja työllistää kausityöntekijöitä luonnonhoitotöihin.',
      sv: 'sköter vårdbiotoper, bekämpar invasiva arter och sysselsätter säsongsarbetare i naturvård.',
      en: 'looks after traditional landscapes, removes invasive species and employs seasonal workers in nature management.',
    },
    themes: ['environment', 'employment'],
    targetGroups: ['long_term_unemployed'],
    tol: '81',
    icnp: 'E',
    sdg: [13, 15],
    integratesWork: true,
  },
  {
    names: {
      fi: [
        ['14', 'Lähiruokaosuuskunta {w}'],
        ['14', 'Osuuskunta {w}'],
        ['16', 'Lähiruoka {w} Oy'],
      ],
      sv: [
        ['14', 'Andelslaget {w}'],
        ['16', 'Närmat {w} Ab'],
      ],
    },
    does: {
      fi: 'välittää lähiruokaa tuottajilta suoraan kotitalouksille ja kouluille ja pitää tuottajien yhteistä myymälää.',
      sv: 'förmedlar närproducerad mat direkt från producenter till hushåll och skolor och driver producenternas gemensamma butik.',
      en: 'sells local food directly from producers to households and schools and runs a shop shared by the producers.',
    },
    themes: ['food', 'local_development'],
    targetGroups: ['organisations'],
    tol: '10',
    icnp: 'F',
    sdg: [2, 12],
  },
  {
    names: {
      fi: [
        ['6', 'Työvalmennusyhdistys {w} ry'],
        ['18', 'Työllistämissäätiö {w} sr'],
        ['16', 'Työvalmennus {w} Oy'],
      ],
      sv: [['6', 'Arbetsverkstaden {w} rf']],
    },
    does: {
      fi: 'järjestää kuntouttavaa työtoimintaa ja työkokeiluja puutyöpajassa ja pesulassa; jokaiselle tehdään oma suunnitelma.',
      sv: 'ordnar arbetsverksamhet i rehabiliteringssyfte och arbetsprövning i en snickeriverkstad och ett tvätteri, med en egen plan för var och en.',
      en: 'offers rehabilitative work and work trials in a woodwork shop and a laundry, with a plan made for each person.',
    },
    themes: ['employment', 'partial_work_ability', 'wellbeing'],
    targetGroups: ['rehabilitees', 'partial_work_ability'],
    tol: '88',
    icnp: 'D',
    sdg: [8],
    integratesWork: true,
  },
  {
    names: {
      fi: [
        ['6', 'Perheyhdistys {w} ry'],
        ['6', 'Perhekeskus {w} ry'],
      ],
      sv: [['6', 'Familjeföreningen {w} rf']],
    },
    does: {
      fi: 'tukee lapsiperheiden arkea: perhekahvila, vertaisryhmät ja lastenhoitoapua.',
      sv: 'stöder barnfamiljernas vardag: familjekafé, kamratstödsgrupper och barnvårdshjälp.',
      en: 'supports families with children in everyday life: a family café, peer groups and help with childcare.',
    },
    themes: ['wellbeing', 'social_inclusion'],
    targetGroups: ['families'],
    tol: '88',
    icnp: 'D',
    sdg: [3, 10],
  },
  {
    names: {
      fi: [
        ['18', 'Säätiö {w} sr'],
        ['18', 'Yhteisösäätiö {w} sr'],
      ],
      sv: [['18', 'Stiftelsen {w} sr']],
    },
    does: {
      fi: 'myöntää avustuksia ja apurahoja paikallisille yhdistyksille ja yhteiskunnallisille yrityksille.',
      sv: 'delar ut bidrag och stipendier till lokala föreningar och samhällsföretag.',
      en: 'awards grants to local associations and social enterprises.',
    },
    themes: ['local_development'],
    targetGroups: ['organisations'],
    actorTypes: ['funder'],
    tol: '64',
    icnp: 'H',
    sdg: [17],
  },
  {
    names: {
      fi: [
        ['0', 'Yhteisöpuutarha {w}'],
        ['6', 'Kaupunkiviljelijät {w} ry'],
      ],
      sv: [['0', 'Stadsodlarna {w}']],
    },
    does: {
      fi: 'pitää yhteisöpuutarhaa, jossa kuka tahansa voi viljellä, ja jakaa sadon alueen asukkaille.',
      sv: 'sköter en gemensam trädgård där vem som helst kan odla och delar skörden med invånarna.',
      en: 'keeps a community garden where anyone can grow food and shares the harvest with local residents.',
    },
    themes: ['environment', 'food', 'social_inclusion'],
    targetGroups: ['everyone'],
    tol: null,
    icnp: 'E',
    sdg: [2, 11],
  },
];

const wordsFi = [
  'Verso',
  'Kajo',
  'Ankkuri',
  'Majakka',
  'Pihlaja',
  'Kataja',
  'Kipinä',
  'Lyhty',
  'Sointu',
  'Aalto',
  'Silta',
  'Lähde',
  'Niitty',
  'Kaste',
  'Oras',
  'Tuike',
  'Ruska',
  'Virta',
  'Kehrä',
  'Helmi',
  'Uoma',
  'Kaarna',
  'Kumpu',
  'Saarni',
  'Tyrni',
  'Mesi',
  'Kide',
  'Vaahtera',
  'Salava',
  'Pursi',
  'Liekki',
  'Kompassi',
  'Tähkä',
  'Sarastus',
  'Karpalo',
  'Tervas',
  'Kuulas',
  'Kuura',
  'Lumme',
  'Paju',
];
const wordsSv = [
  'Fyren',
  'Ankaret',
  'Bryggan',
  'Vågen',
  'Lotsen',
  'Ljuset',
  'Kompassen',
  'Holmen',
  'Gläntan',
  'Sjöbris',
  'Rönnen',
  'Skäret',
  'Linden',
  'Tärnan',
  'Vinden',
  'Källan',
  'Tallen',
  'Udden',
];

/** Sentences that may follow the description; `{year}` is the founding year. */
const moreSentences: Texts[] = [
  {
    fi: 'Toiminta alkoi vuonna {year} paikallisten asukkaiden aloitteesta.',
    sv: 'Verksamheten började år {year} på initiativ av invånare på orten.',
    en: 'The work began in {year} on the initiative of local residents.',
  },
  {
    fi: 'Mahdollinen ylijäämä käytetään toiminnan kehittämiseen.',
    sv: 'Ett eventuellt överskott används för att utveckla verksamheten.',
    en: 'Any surplus goes into developing the work.',
  },
  {
    fi: 'Teemme yhteistyötä kunnan, seurakunnan ja paikallisten yritysten kanssa.',
    sv: 'Vi samarbetar med kommunen, församlingen och lokala företag.',
    en: 'We work with the municipality, the parish and local businesses.',
  },
  {
    fi: 'Vapaaehtoiset ovat tervetulleita mukaan.',
    sv: 'Frivilliga är välkomna att delta.',
    en: 'Volunteers are welcome to join us.',
  },
  {
    fi: 'Toimitilamme ovat esteettömät, ja ne sijaitsevat hyvien kulkuyhteyksien varrella.',
    sv: 'Våra lokaler är tillgängliga och har goda förbindelser.',
    en: 'Our premises are accessible and easy to reach by public transport.',
  },
  {
    fi: 'Järjestämme kerran kuukaudessa avoimen tilaisuuden, jossa toimintaan voi tutustua.',
    sv: 'En gång i månaden ordnar vi ett öppet möte där man kan bekanta sig med verksamheten.',
    en: 'Once a month we hold an open event where anyone can come and see what we do.',
  },
  {
    fi: 'Toimintaa rahoittavat omat tulot, kunnan ostopalvelut ja hankerahoitus.',
    sv: 'Verksamheten finansieras med egna intäkter, kommunens köptjänster och projektmedel.',
    en: 'The work is funded by our own income, services bought by the municipality and project grants.',
  },
];

const governanceModels = [
  'one_member_one_vote',
  'stakeholder_board',
  'employee_or_beneficiary_participation',
] as const;

export interface DemoMunicipality {
  code: string;
  regionCode: string;
  /** How likely an organisation is to be here within its region (a size proxy). */
  weight: number;
}

export interface DemoOrganisation {
  data: OrganisationInput;
  /** Days since it was added (the demo registry looks like it has grown over time). */
  ageDays: number;
}

/** Regions where Swedish names are common, and how common. */
const swedishShare: Record<string, number> = { '21': 1, '15': 0.5, '01': 0.08, '02': 0.1 };

const slugOf = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/**
 * `count` organisations, the same ones for the same seed: at least three in each region that has
 * municipalities, the rest spread like Finland's population.
 */
export function generateDemoOrganisations(
  count: number,
  municipalities: readonly DemoMunicipality[],
  seed = 2026,
): DemoOrganisation[] {
  const rnd = random(seed);
  const { pick, weighted, chance, between } = chooser(rnd);
  const byRegion = new Map<string, { weight: number; value: string }[]>();
  for (const m of municipalities) {
    byRegion.set(m.regionCode, [
      ...(byRegion.get(m.regionCode) ?? []),
      { weight: m.weight, value: m.code },
    ]);
  }
  // Weights within a region add up to one, as `weighted` expects.
  for (const list of byRegion.values()) {
    const total = list.reduce((sum, i) => sum + i.weight, 0);
    for (const i of list) i.weight /= total;
  }
  const regions = [...byRegion.keys()].sort();
  const shareTotal = regions.reduce((sum, r) => sum + (regionShares[r] ?? 0.01), 0);
  const regionItems = regions.map((r) => ({
    weight: (regionShares[r] ?? 0.01) / shareTotal,
    value: r,
  }));

  const used = new Set<string>();
  const out: DemoOrganisation[] = [];
  for (let i = 0; i < count; i++) {
    // Three in each region first, in any of its municipalities; then by population.
    const first = i < regions.length * 3;
    const regionCode = first ? (regions[i % regions.length] as string) : weighted(regionItems);
    const places = byRegion.get(regionCode) ?? [];
    const municipality = first ? pick(places).value : weighted(places);
    const activity = pick(activities);
    const swedish = chance(swedishShare[regionCode] ?? 0) && activity.names.sv.length > 0;
    let legalForm = '';
    let name = '';
    let word = '';
    // A name is tried a few times before it gets a number, as registers number repeated names.
    for (let attempt = 0; attempt < 8 && (name === '' || used.has(name)); attempt++) {
      [legalForm, name] = pick(swedish ? activity.names.sv : activity.names.fi);
      word = pick(swedish ? wordsSv : wordsFi);
      name = fill(name, { w: word });
    }
    if (used.has(name)) name = `${name} ${i}`;
    used.add(name);
    const parallel = swedish ? undefined : activity.names.sv.find(([form]) => form === legalForm);
    const nameSv = parallel && chance(regionCode === '15' || regionCode === '01' ? 0.5 : 0.1);

    const foundedYear = legalForm === '16' ? between(1995, 2024) : between(1950, 2024);
    const extras = [...new Set([pick(moreSentences), pick(moreSentences)])].slice(0, between(1, 2));
    const describe = (lang: keyof Texts) =>
      [
        `${name} ${activity.does[lang]}`,
        ...extras.map((s) => fill(s[lang], { year: String(foundedYear) })),
      ].join(' ');
    const description: OrganisationInput['description'] = swedish
      ? { sv: describe('sv'), ...(chance(0.4) ? { fi: describe('fi') } : {}) }
      : {
          fi: describe('fi'),
          ...(chance(0.2) ? { sv: describe('sv') } : {}),
          ...(chance(0.3) ? { en: describe('en') } : {}),
        };

    const business = legalForm === '14' || legalForm === '16';
    const known = chance(0.8);
    const employees = legalForm === '0' ? 0 : between(business ? 2 : 0, business ? 45 : 15);
    const integrating = activity.integratesWork === true && employees > 0;
    const socialAim = legalForm !== '0' && chance(business ? 0.75 : 0.9);
    const criteria: OrganisationInput['criteria'] = known
      ? {
          socialAimInStatutes: socialAim,
          impactPriority: socialAim ? between(1, 2) : between(2, 4),
          tradingIncomeBand: business
            ? pick(['50-74', '75-100', '75-100'] as const)
            : pick(['0', '1-24', '25-49'] as const),
          profitDistributedPercent: business ? pick([0, 0, 10, 30]) : 0,
          distributionCapInStatutes: business ? chance(0.6) : null,
          assetLockInStatutes: legalForm === '18' ? true : chance(0.5),
          controlledByPublicBody: false,
          governanceModel: pick(governanceModels),
          ownershipAndDistributionPublished: chance(0.7),
          employees,
          disadvantagedEmployees: integrating ? Math.ceil(employees * 0.4) : null,
          partialWorkAbilityEmployees: integrating ? Math.ceil(employees * 0.3) : null,
        }
      : {};

    const recognitions: OrganisationInput['recognitions'] = [];
    if (business && socialAim && chance(0.3)) {
      const since = between(Math.max(foundedYear, 2012), 2025);
      recognitions.push({
        type: 'social_enterprise_mark',
        since: `${since}-0${between(1, 9)}-01`,
        validUntil: `${Math.max(since + 3, 2027)}-12-31`,
      });
    }
    if (socialAim && chance(0.12)) recognitions.push({ type: 'arvo_member' });
    if (integrating && foundedYear <= 2015 && chance(0.15)) {
      recognitions.push({
        type: 'wise_register',
        since: `${between(Math.max(foundedYear, 2004), 2015)}-01-01`,
        validUntil: '2023-06-30',
      });
    }

    const slug = slugOf(name);
    const actorTypes = [
      ...(business ? ['company', 'social_economy_actor'] : ['social_economy_actor']),
      ...(legalForm === '6' || legalForm === '0' ? ['association'] : []),
      ...(activity.actorTypes ?? []),
    ];
    out.push({
      data: {
        name,
        nameSv: nameSv && parallel ? fill(parallel[1], { w: word }) : null,
        legalForm,
        actorTypes,
        municipality,
        website: chance(0.65) ? `https://${slug}.demo.kudos.example/` : null,
        email: chance(0.4) ? `info@${slug}.demo.kudos.example` : null,
        description,
        industry: activity.tol ? { code: activity.tol } : null,
        icnpSection: activity.icnp,
        themes: activity.themes.filter((_, j) => j === 0 || chance(0.7)),
        sdgGoals: activity.sdg,
        targetGroups: activity.targetGroups,
        foundedYear,
        status: weighted([
          { weight: 0.95, value: 'active' as const },
          { weight: 0.04, value: 'inactive' as const },
          { weight: 0.01, value: 'closed' as const },
        ]),
        criteria,
        recognitions,
      },
      ageDays: between(0, 400),
    });
  }
  return out;
}
