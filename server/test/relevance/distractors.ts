/**
 * Distractors of the directory-search relevance set: at least 2 000 ordinary organisations of the
 * kind a Finnish registry is full of (cafés, cleaning firms, sports clubs, housing companies,
 * village associations, consultancies, choirs, home-care firms, water cooperatives…), among which
 * the sought organisations of `targets.ts` must be found.
 *
 * How they were made: the pools below (municipalities, villages, surnames, fancy names, activities
 * with their name patterns, legal forms and description sentences in Finnish and Swedish) were
 * written by hand for this file, as an ordinary registry looks, and committed before the queries of
 * `queries.ts` were written; nothing here is derived from the queries or the targets. A seeded PRNG
 * (mulberry32) picks from the pools, so the corpus is the same on every run. Common words (kahvila,
 * siivous, seura, yhdistys, förening, asunto, palvelu…) therefore occur hundreds of times, as they do
 * in a real registry. The queries were then chosen so that no distractor legitimately answers them;
 * where a distractor shares only letters with a query word (an unrelated word), it stays, as in a
 * real registry.
 *
 * Tags: ordinary organisations carry only general themes (culture, wellbeing, housing, local
 * development, food, care, education, environment) and general target groups (everyone, older
 * people, children and families, young people, rural residents, businesses); they do not state the
 * social-economy themes and target groups (employment, partial work ability, circular economy,
 * integration, digitalisation, social inclusion; immigrants, long-term unemployed, people with
 * disabilities, rehabilitees), so a query matching those tags is answered by targets only.
 */
import { random as prng } from '../../synthetic.js';
import type { OrgInput } from './targets.js';

/** [code, Finnish name, Finnish genitive, Swedish name or null]. */
type Place = [string, string, string, string | null];

const finnishPlaces: Place[] = [
  ['091', 'Helsinki', 'Helsingin', 'Helsingfors'],
  ['049', 'Espoo', 'Espoon', 'Esbo'],
  ['092', 'Vantaa', 'Vantaan', 'Vanda'],
  ['837', 'Tampere', 'Tampereen', 'Tammerfors'],
  ['853', 'Turku', 'Turun', 'Åbo'],
  ['564', 'Oulu', 'Oulun', 'Uleåborg'],
  ['179', 'Jyväskylä', 'Jyväskylän', null],
  ['297', 'Kuopio', 'Kuopion', null],
  ['398', 'Lahti', 'Lahden', 'Lahtis'],
  ['609', 'Pori', 'Porin', 'Björneborg'],
  ['167', 'Joensuu', 'Joensuun', null],
  ['405', 'Lappeenranta', 'Lappeenrannan', 'Villmanstrand'],
  ['109', 'Hämeenlinna', 'Hämeenlinnan', 'Tavastehus'],
  ['743', 'Seinäjoki', 'Seinäjoen', null],
  ['698', 'Rovaniemi', 'Rovaniemen', null],
  ['491', 'Mikkeli', 'Mikkelin', 'S:t Michel'],
  ['286', 'Kouvola', 'Kouvolan', null],
  ['285', 'Kotka', 'Kotkan', null],
  ['734', 'Salo', 'Salon', null],
  ['272', 'Kokkola', 'Kokkolan', 'Karleby'],
  ['684', 'Rauma', 'Rauman', 'Raumo'],
  ['205', 'Kajaani', 'Kajaanin', 'Kajana'],
  ['740', 'Savonlinna', 'Savonlinnan', 'Nyslott'],
  ['444', 'Lohja', 'Lohjan', 'Lojo'],
  ['245', 'Kerava', 'Keravan', 'Kervo'],
  ['186', 'Järvenpää', 'Järvenpään', 'Träskända'],
  ['106', 'Hyvinkää', 'Hyvinkään', 'Hyvinge'],
  ['536', 'Nokia', 'Nokian', null],
  ['980', 'Ylöjärvi', 'Ylöjärven', null],
  ['211', 'Kangasala', 'Kangasalan', null],
  ['418', 'Lempäälä', 'Lempäälän', null],
  ['202', 'Kaarina', 'Kaarinan', 'S:t Karins'],
  ['680', 'Raisio', 'Raision', 'Reso'],
  ['529', 'Naantali', 'Naantalin', 'Nådendal'],
  ['915', 'Varkaus', 'Varkauden', null],
  ['140', 'Iisalmi', 'Iisalmen', 'Idensalmi'],
  ['305', 'Kuusamo', 'Kuusamon', null],
  ['240', 'Kemi', 'Kemin', null],
  ['851', 'Tornio', 'Tornion', 'Torneå'],
  ['678', 'Raahe', 'Raahen', 'Brahestad'],
  ['977', 'Ylivieska', 'Ylivieskan', null],
  ['593', 'Pieksämäki', 'Pieksämäen', null],
  ['153', 'Imatra', 'Imatran', null],
  ['430', 'Loimaa', 'Loimaan', null],
  ['061', 'Forssa', 'Forssan', null],
  ['694', 'Riihimäki', 'Riihimäen', null],
  ['908', 'Valkeakoski', 'Valkeakosken', null],
  ['790', 'Sastamala', 'Sastamalan', null],
  ['301', 'Kurikka', 'Kurikan', null],
  ['408', 'Lapua', 'Lapuan', 'Lappo'],
  ['232', 'Kauhajoki', 'Kauhajoen', null],
  ['505', 'Mäntsälä', 'Mäntsälän', null],
  ['543', 'Nurmijärvi', 'Nurmijärven', null],
  ['858', 'Tuusula', 'Tuusulan', 'Tusby'],
  ['257', 'Kirkkonummi', 'Kirkkonummen', 'Kyrkslätt'],
  ['927', 'Vihti', 'Vihdin', 'Vichtis'],
  ['410', 'Laukaa', 'Laukaan', null],
  ['992', 'Äänekoski', 'Äänekosken', null],
  ['249', 'Keuruu', 'Keuruun', null],
  ['182', 'Jämsä', 'Jämsän', null],
  ['422', 'Lieksa', 'Lieksan', null],
  ['260', 'Kitee', 'Kiteen', null],
  ['290', 'Kuhmo', 'Kuhmon', null],
  ['777', 'Suomussalmi', 'Suomussalmen', null],
  ['148', 'Inari', 'Inarin', 'Enare'],
  ['758', 'Sodankylä', 'Sodankylän', null],
];

/** Municipalities where most organisations are Swedish-speaking. */
const swedishPlaces: Place[] = [
  ['905', 'Vaasa', 'Vaasan', 'Vasa'],
  ['499', 'Mustasaari', 'Mustasaaren', 'Korsholm'],
  ['545', 'Närpiö', 'Närpiön', 'Närpes'],
  ['598', 'Pietarsaari', 'Pietarsaaren', 'Jakobstad'],
  ['599', 'Pedersöre', 'Pedersören', 'Pedersöre'],
  ['893', 'Uusikaarlepyy', 'Uudenkaarlepyyn', 'Nykarleby'],
  ['440', 'Luoto', 'Luodon', 'Larsmo'],
  ['288', 'Kruunupyy', 'Kruunupyyn', 'Kronoby'],
  ['946', 'Vöyri', 'Vöyrin', 'Vörå'],
  ['475', 'Maalahti', 'Maalahden', 'Malax'],
  ['287', 'Kristiinankaupunki', 'Kristiinankaupungin', 'Kristinestad'],
  ['710', 'Raasepori', 'Raaseporin', 'Raseborg'],
  ['078', 'Hanko', 'Hangon', 'Hangö'],
  ['149', 'Inkoo', 'Inkoon', 'Ingå'],
  ['753', 'Sipoo', 'Sipoon', 'Sibbo'],
  ['434', 'Loviisa', 'Loviisan', 'Lovisa'],
  ['445', 'Parainen', 'Paraisten', 'Pargas'],
  ['322', 'Kemiönsaari', 'Kemiönsaaren', 'Kimitoön'],
  ['478', 'Maarianhamina', 'Maarianhaminan', 'Mariehamn'],
  ['170', 'Jomala', 'Jomalan', 'Jomala'],
  ['060', 'Finström', 'Finströmin', 'Finström'],
  ['235', 'Kauniainen', 'Kauniaisten', 'Grankulla'],
  ['280', 'Korsnäs', 'Korsnäsin', 'Korsnäs'],
];

/** [nominative, genitive] of Finnish villages and parts of town. */
const villages: [string, string][] = [
  ['Hirvilahti', 'Hirvilahden'],
  ['Kuivaniemi', 'Kuivaniemen'],
  ['Kalliola', 'Kalliolan'],
  ['Niemenkylä', 'Niemenkylän'],
  ['Ahola', 'Aholan'],
  ['Mäkikylä', 'Mäkikylän'],
  ['Rantakylä', 'Rantakylän'],
  ['Haapaniemi', 'Haapaniemen'],
  ['Koivukylä', 'Koivukylän'],
  ['Vuorela', 'Vuorelan'],
  ['Pajulahti', 'Pajulahden'],
  ['Lehtimäki', 'Lehtimäen'],
  ['Suovanlahti', 'Suovanlahden'],
  ['Jokikylä', 'Jokikylän'],
  ['Ruukki', 'Ruukin'],
  ['Kirkonkylä', 'Kirkonkylän'],
  ['Alakylä', 'Alakylän'],
  ['Yläkylä', 'Yläkylän'],
  ['Hakkila', 'Hakkilan'],
  ['Kaukola', 'Kaukolan'],
  ['Lammi', 'Lammin'],
  ['Myllykylä', 'Myllykylän'],
  ['Tervala', 'Tervalan'],
  ['Honkajoki', 'Honkajoen'],
  ['Salmi', 'Salmen'],
  ['Rautio', 'Raution'],
  ['Kivijärvi', 'Kivijärven'],
  ['Sorsakoski', 'Sorsakosken'],
  ['Luhtaanmäki', 'Luhtaanmäen'],
  ['Viitaniemi', 'Viitaniemen'],
  ['Karhula', 'Karhulan'],
  ['Väärinmaja', 'Väärinmajan'],
  ['Kolkanpää', 'Kolkanpään'],
  ['Kotajärvi', 'Kotajärven'],
  ['Vesanka', 'Vesangan'],
  ['Ristinummi', 'Ristinummen'],
  ['Hietalahti', 'Hietalahden'],
  ['Mustalampi', 'Mustalammen'],
];

const swedishVillages = [
  'Sundom',
  'Replot',
  'Övermark',
  'Bergö',
  'Molpe',
  'Tölby',
  'Karperö',
  'Vexala',
  'Kvevlax',
  'Petalax',
  'Oravais',
  'Jeppo',
  'Purmo',
  'Snappertuna',
  'Västankvarn',
  'Pellinge',
  'Bromarv',
  'Tenala',
  'Degerby',
  'Särkisalo',
  'Nagu',
  'Houtskär',
  'Esse',
  'Terjärv',
];

/** [nominative, genitive] of Finnish surnames. */
const surnames: [string, string][] = [
  ['Virtanen', 'Virtasen'],
  ['Korhonen', 'Korhosen'],
  ['Mäkinen', 'Mäkisen'],
  ['Nieminen', 'Niemisen'],
  ['Mäkelä', 'Mäkelän'],
  ['Hämäläinen', 'Hämäläisen'],
  ['Laine', 'Laineen'],
  ['Heikkinen', 'Heikkisen'],
  ['Koskinen', 'Koskisen'],
  ['Järvinen', 'Järvisen'],
  ['Lehtonen', 'Lehtosen'],
  ['Lehtinen', 'Lehtisen'],
  ['Saarinen', 'Saarisen'],
  ['Salminen', 'Salmisen'],
  ['Heinonen', 'Heinosen'],
  ['Niemi', 'Niemen'],
  ['Heikkilä', 'Heikkilän'],
  ['Kinnunen', 'Kinnusen'],
  ['Salonen', 'Salosen'],
  ['Turunen', 'Turusen'],
  ['Laitinen', 'Laitisen'],
  ['Tuominen', 'Tuomisen'],
  ['Rantanen', 'Rantasen'],
  ['Karjalainen', 'Karjalaisen'],
  ['Jokinen', 'Jokisen'],
  ['Mattila', 'Mattilan'],
  ['Savolainen', 'Savolaisen'],
  ['Lahtinen', 'Lahtisen'],
  ['Ahonen', 'Ahosen'],
  ['Hiltunen', 'Hiltusen'],
  ['Leinonen', 'Leinosen'],
  ['Miettinen', 'Miettisen'],
  ['Pitkänen', 'Pitkäsen'],
  ['Räsänen', 'Räsäsen'],
  ['Aaltonen', 'Aaltosen'],
  ['Manninen', 'Mannisen'],
  ['Ojala', 'Ojalan'],
  ['Kallio', 'Kallion'],
  ['Peltonen', 'Peltosen'],
  ['Seppälä', 'Seppälän'],
];

const swedishSurnames = [
  'Lindholm',
  'Björklund',
  'Sjöberg',
  'Nyström',
  'Holmberg',
  'Lindqvist',
  'Eriksson',
  'Johansson',
  'Forsman',
  'Strand',
  'Backman',
  'Granqvist',
  'Åkerlund',
  'Wikström',
  'Söderberg',
  'Blomqvist',
  'Sundström',
  'Ekholm',
];

const fancyFi = [
  'Aurora',
  'Kielo',
  'Lumo',
  'Tähti',
  'Kaamos',
  'Kompassi',
  'Majakka',
  'Helmi',
  'Kaneli',
  'Mansikka',
  'Ilona',
  'Sointu',
  'Tuike',
  'Vire',
  'Utu',
  'Kuura',
  'Hohde',
  'Kajo',
  'Ruska',
  'Kide',
  'Lyhty',
  'Pihlaja',
  'Kataja',
  'Kanerva',
  'Satama',
  'Tuulensuu',
  'Kultakala',
  'Pilvi',
  'Sini',
  'Lumme',
  'Aalto',
  'Virta',
  'Kaste',
  'Usva',
  'Siru',
  'Ankkuri',
  'Kipinä',
  'Kuutamo',
  'Mustikka',
  'Onni',
  'Saaga',
  'Tuisku',
  'Hilla',
  'Kaisla',
];

const fancySv = [
  'Solros',
  'Fyren',
  'Ankaret',
  'Blåklint',
  'Linnea',
  'Norrsken',
  'Vågen',
  'Stjärnan',
  'Björken',
  'Lönnen',
  'Kompassen',
  'Måsen',
  'Svalan',
  'Regnbågen',
  'Sjöbris',
  'Havsörn',
  'Vinden',
  'Glimten',
];

const fancyEn = [
  'Nordic',
  'Arctic',
  'Blue',
  'Bright',
  'Clear',
  'North',
  'Pine',
  'Polar',
  'Silver',
  'Smart',
  'Summit',
  'Core',
  'Nova',
  'Fjord',
  'Aurora',
  'Granite',
];

/**
 * One kind of ordinary organisation. Placeholders in the texts: {P} place, {Pg} its genitive, {Ps}
 * its Swedish name, {S}/{Sg} surname and its genitive, {Ss} Swedish surname, {F}/{Fs}/{Fe} fancy
 * names, {V}/{Vg} village and genitive, {Vs} Swedish village, {X}/{Xs} a pick from `x`/`xs`, {N} a
 * number, {YY} two digits of a year.
 */
interface Kind {
  weight: number;
  legalForms: string[];
  actorTypes: string[][];
  themes: string[][];
  targetGroups: string[][];
  fiNames: string[];
  svNames: string[];
  fi: string[];
  sv: string[];
  en?: string[];
  x?: string[];
  xs?: string[];
  /** Sub-kinds with their own names and sentences (then the four lists above are empty). */
  variants?: Variant[];
}

interface Variant {
  fiNames: string[];
  svNames: string[];
  fi: string[];
  sv: string[];
}

const company = [['company'], ['company'], []];
const association = [['association'], ['association'], []];

const kinds: Kind[] = [
  {
    // cafés and restaurants
    weight: 10,
    legalForms: ['16', '16', '26', '13', '5'],
    actorTypes: company,
    themes: [[], [], ['food']],
    targetGroups: [[], [], ['everyone']],
    fiNames: [],
    svNames: [],
    fi: [],
    sv: [],
    variants: [
      {
        fiNames: ['Kahvila {F}', 'Café {F}', 'Kahvila {F} {P}', '{Sg} Kahvila', 'Kotileipomo {F}'],
        svNames: ['Café {Fs}', 'Kafé {Fs}', 'Café {Ss}'],
        fi: [
          'Kahvila tarjoilee kahvia, leivonnaisia ja kevyitä lounaita.',
          'Pieni perheyritys {Pg} keskustassa.',
          'Tilausleivonnaiset juhliin ja kokouksiin.',
          'Korvapuustit ja karjalanpiirakat paistetaan paikan päällä.',
        ],
        sv: [
          'Kaféet serverar kaffe, bakverk och lätta luncher.',
          'Ett litet familjeföretag i centrum av {Ps}.',
          'Beställningsbakverk till fester och möten.',
        ],
      },
      {
        fiNames: [
          'Ravintola {F}',
          'Lounasravintola {F} Oy',
          'Kahvila-ravintola {F} Oy',
          'Ravintola {F} {P}',
          'Lounaskahvila {S}',
          '{Pg} Kahvimestarit Oy',
        ],
        svNames: ['Restaurang {Fs} Ab', 'Lunchrestaurang {Fs}'],
        fi: [
          'Lounasta arkisin klo 10.30–14, viikonloppuisin brunssi.',
          'Ravintolassa on {N} asiakaspaikkaa ja kesäterassi.',
          'Kotiruokaa ja päivittäin vaihtuva keittolounas.',
          'Pitopalvelu häihin, muistotilaisuuksiin ja yritysjuhliin.',
        ],
        sv: [
          'Lunch vardagar kl. 10.30–14, brunch på veckoslut.',
          'Restaurangen har {N} platser och sommarterrass.',
          'Husmanskost och dagens soppa.',
        ],
      },
      {
        fiNames: ['Pizzeria {F}', 'Grilli {F}', 'Kebab-Pizzeria {F}'],
        svNames: ['Pizzeria {Fs}', 'Grill {Fs}'],
        fi: ['Pizzat, kebabit ja hampurilaiset myös kotiinkuljetuksena.', 'Avoinna myöhään.'],
        sv: ['Pizza, kebab och hamburgare, även hemkörning.'],
      },
    ],
  },
  {
    // cleaning firms
    weight: 8,
    legalForms: ['16', '26', '26', '5', '13'],
    actorTypes: company,
    themes: [[]],
    targetGroups: [[], ['organisations']],
    fiNames: [
      'Siivouspalvelu {S}',
      '{Sg} Siivous Oy',
      'Siivousliike {F} Oy',
      'Puhdistuspalvelu {F}',
      'Kotisiivous {S}',
      'Ikkunanpesu {S}',
      'Siivous {F} {P}',
      '{Pg} Siivouspalvelu Oy',
      'Toimitilasiivous {S} Oy',
    ],
    svNames: ['Städservice {Ss} Ab', 'Städfirma {Fs}', 'Städ {Ss}'],
    fi: [
      'Koti- ja toimistosiivousta {Pg} alueella.',
      'Ylläpitosiivous, muuttosiivous ja ikkunanpesu yrityksille ja kotitalouksille.',
      'Palvelut ovat kotitalousvähennyskelpoisia.',
      'Porraskäytävien siivous taloyhtiöille.',
      'Suursiivoukset, kevätsiivoukset ja mattopesut.',
    ],
    sv: [
      'Hem- och kontorsstädning i {Ps} med omnejd.',
      'Flyttstädning, fönstertvätt och trappstädning.',
      'Tjänsterna berättigar till hushållsavdrag.',
    ],
  },
  {
    // sports clubs
    weight: 12,
    legalForms: ['6'],
    actorTypes: association,
    themes: [[], [], ['wellbeing']],
    targetGroups: [[], ['young_people'], ['everyone']],
    x: [
      'Urheiluseura',
      'Palloseura',
      'Hiihtoseura',
      'Pesäpalloseura',
      'Jalkapalloseura',
      'Salibandyseura',
      'Uimaseura',
      'Voimistelijat',
      'Yleisurheilijat',
      'Ampujat',
      'Hiihtäjät',
      'Tennisseura',
      'Ratsastusseura',
      'Golfseura',
      'Suunnistajat',
      'Kuntoilijat',
      'Karateseura',
      'Painiseura',
      'Keilailijat',
      'Lentopalloseura',
      'Koripalloseura',
      'Jääkiekkoseura',
    ],
    xs: [
      'Idrottsförening',
      'Bollklubb',
      'Skidklubb',
      'Simsällskap',
      'Skytteförening',
      'Friidrottsklubb',
      'Ridklubb',
      'Innebandyklubb',
      'Gymnastikförening',
    ],
    fiNames: ['{Pg} {X} ry', '{F} Juniorit ry', '{Vg} Urheilijat ry', '{Vg} {X} ry'],
    svNames: ['{Ps} {Xs} rf', 'IF {Fs} rf', 'IK {Fs} rf', '{Vs} {Xs} rf'],
    fi: [
      'Seura järjestää harjoituksia ja kilpailuja kaikenikäisille.',
      'Junioritoimintaa, kuntoliikuntaa ja aikuisten harrastesarjoja.',
      'Harjoitukset pidetään {Pg} urheilukentällä ja liikuntahallissa.',
      'Seuran jäsenmäärä on noin {N}.',
      'Seura on perustettu vuonna 19{YY}.',
      'Kesäisin järjestämme liikuntaleirejä.',
    ],
    sv: [
      'Föreningen ordnar träningar och tävlingar för alla åldrar.',
      'Juniorverksamhet, motion och seriespel.',
      'Träningarna hålls i idrottshallen i {Ps}.',
      'Föreningen grundades år 19{YY}.',
    ],
  },
  {
    // housing companies
    weight: 14,
    legalForms: ['16'],
    actorTypes: [[]],
    themes: [[], [], ['housing']],
    targetGroups: [[]],
    x: [
      'Koivukuja',
      'Männistö',
      'Rantapuisto',
      'Kuusikko',
      'Vaahterarinne',
      'Kirkkokatu 12',
      'Puistokatu 5',
      'Satamakatu 3',
      'Harjuntie 8',
      'Tammela',
      'Aleksanterinkatu 20',
      'Niittykumpu',
      'Lehtola',
      'Kalliorinne',
      'Mäntyrinne',
      'Kivikko',
      'Kotiranta',
      'Koulukatu 9',
      'Rinnetie 4',
      'Kuusitie 11',
      'Sammalkallio',
      'Pohjoisranta',
      'Linnankatu 14',
    ],
    xs: [
      'Strandvägen 4',
      'Kyrkoesplanaden',
      'Solbacken',
      'Granbacken',
      'Björkhagen',
      'Skolgatan 7',
      'Sjögatan 2',
    ],
    fiNames: ['Asunto Oy {Pg} {X}', 'As Oy {P} {X}', 'Kiinteistö Oy {Pg} {X}', 'Asunto Oy {F}'],
    svNames: ['Bostads Ab {Fs}', 'Fastighets Ab {Ps} {Xs}', 'Bostads Ab {Xs}'],
    fi: [
      'Asunto-osakeyhtiö, jossa on {N} asuntoa.',
      'Taloyhtiön isännöinti on ulkoistettu.',
      'Kerrostalo on rakennettu vuonna 19{YY}.',
      'Rivitaloyhtiö {Pg} alueella.',
      'Yhtiössä tehtiin putkiremontti vuonna 20{Y2}.',
    ],
    sv: [
      'Bostadsaktiebolag med {N} bostäder.',
      'Höghuset byggdes år 19{YY}.',
      'Radhusbolag i {Ps}.',
    ],
  },
  {
    // village and local associations
    weight: 8,
    legalForms: ['6'],
    actorTypes: association,
    themes: [['local_development'], []],
    targetGroups: [['rural_residents'], []],
    fiNames: [
      '{Vg} kyläyhdistys ry',
      '{Vg} kylätoimikunta ry',
      '{Vg} Maamiesseura ry',
      '{Vg} Nuorisoseura ry',
      '{Vg} kyläseura ry',
      '{Vg} Kotiseutuyhdistys ry',
    ],
    svNames: [
      '{Vs} byaförening rf',
      '{Vs} Ungdomsförening rf',
      '{Vs} hembygdsförening rf',
      'Byarådet i {Vs} rf',
    ],
    fi: [
      'Yhdistys ylläpitää kylätaloa ja järjestää kyläjuhlia.',
      'Kylän yhteisten asioiden hoitaminen ja viihtyvyyden lisääminen.',
      'Talkoilla kunnostetaan uimarantaa ja latuja.',
      'Kylätalon voi vuokrata juhliin.',
      'Juhannuskokko ja joulumyyjäiset ovat vuoden kohokohdat.',
    ],
    sv: [
      'Föreningen upprätthåller byagården och ordnar byafester.',
      'Vi sköter byns gemensamma angelägenheter.',
      'Byagården kan hyras för fester.',
      'Midsommarfest och julbasar varje år.',
    ],
  },
  {
    // consultancies
    weight: 7,
    legalForms: ['16', '16', '26'],
    actorTypes: company,
    themes: [[]],
    targetGroups: [[], ['organisations']],
    fiNames: [
      '{S} Consulting Oy',
      '{Fe} Partners Oy',
      'Konsultointi {S}',
      'Johdon konsultointi {F} Oy',
      '{Fe} Advisory Oy',
      'Konsulttitoimisto {S}',
      '{Sg} Konsultit Oy',
    ],
    svNames: ['Konsultbyrå {Ss} Ab', '{Ss} Consulting Ab'],
    fi: [
      'Liikkeenjohdon konsultointia pk-yrityksille.',
      'Strategiatyö, muutosjohtaminen ja hankehallinto.',
      'Palvelemme asiakkaita koko Suomessa.',
      'Valmennusta esihenkilöille ja johtoryhmille.',
      'Hankintakonsultointi ja kilpailutukset.',
    ],
    sv: [
      'Företagsledningskonsultering för små och medelstora företag.',
      'Strategi, förändringsledning och projektledning.',
    ],
    en: ['Management consulting for small and medium-sized companies.'],
  },
  {
    // choirs, theatres, art societies
    weight: 8,
    legalForms: ['6'],
    actorTypes: association,
    themes: [['culture'], ['culture'], []],
    targetGroups: [[], ['everyone']],
    fiNames: [
      '{Pg} Mieskuoro ry',
      '{Pg} Kamarikuoro ry',
      '{Pg} Teatteri ry',
      '{Pg} Taideyhdistys ry',
      '{Pg} Kuvataiteilijat ry',
      'Kansantanssiryhmä {F} ry',
      '{Pg} Harmonikkakerho ry',
      'Elokuvakerho {F} ry',
      '{Pg} Kirjallisuusseura ry',
      'Musiikkiyhdistys {F} ry',
      '{Pg} Kesäteatteri ry',
      '{Vg} Soittokunta ry',
    ],
    svNames: [
      '{Ps} Manskör rf',
      'Teaterföreningen {Fs} rf',
      'Konstföreningen i {Ps} rf',
      'Musikföreningen {Fs} rf',
      'Folkdanslaget {Fs} rf',
      'Sångföreningen {Fs} rf',
    ],
    fi: [
      'Kuoro harjoittelee viikoittain ja esiintyy konserteissa.',
      'Yhdistys järjestää näyttelyitä, konsertteja ja kursseja.',
      'Kesäteatteri esittää vuosittain uuden näytelmän.',
      'Toiminta on avointa kaikille kulttuurista kiinnostuneille.',
      'Uusia laulajia otetaan mukaan syksyisin.',
    ],
    sv: [
      'Kören övar varje vecka och uppträder på konserter.',
      'Föreningen ordnar utställningar, konserter och kurser.',
      'Sommarteatern sätter upp en ny pjäs varje år.',
    ],
  },
  {
    // elderly care and home-care firms
    weight: 6,
    legalForms: ['16', '16', '26', '13'],
    actorTypes: company,
    themes: [['care'], ['care', 'wellbeing']],
    targetGroups: [['older_people']],
    fiNames: [
      'Hoivakoti {F} Oy',
      'Kotihoito {S}',
      'Hoivapalvelut {F} Oy',
      '{Sg} Kotipalvelu',
      'Palvelukoti {F}',
      'Hoitokoti {F}',
      'Senioripalvelu {F} Oy',
      'Kotihoito {F} {P}',
    ],
    svNames: ['Hemvård {Fs} Ab', 'Servicehem {Fs}', 'Äldreboende {Fs} Ab', 'Hemtjänst {Ss}'],
    fi: [
      'Ympärivuorokautista hoivaa ikäihmisille kodinomaisessa ympäristössä.',
      'Kotihoitoa, siivousta ja asiointiapua ikääntyneille {Pg} alueella.',
      'Palvelut myös palvelusetelillä.',
      'Hoivakodissa on {N} asukaspaikkaa.',
      'Sairaanhoitajan palvelut kotiin.',
    ],
    sv: [
      'Dygnet runt-omsorg för äldre i hemlik miljö.',
      'Hemvård och hjälp med ärenden för äldre i {Ps}.',
      'Tjänsterna kan betalas med servicesedel.',
    ],
  },
  {
    // accounting
    weight: 4,
    legalForms: ['16', '26', '13'],
    actorTypes: company,
    themes: [[]],
    targetGroups: [[], ['organisations']],
    fiNames: [
      'Tilitoimisto {S} Oy',
      'Tilipalvelu {F}',
      '{Sg} Tilitoimisto',
      'Kirjanpito {F} Oy',
      'Taloushallinto {F} Oy',
    ],
    svNames: ['Bokföringsbyrå {Ss} Ab', 'Redovisning {Fs} Ab'],
    fi: [
      'Kirjanpito, palkanlaskenta ja veroilmoitukset yrityksille ja yhdistyksille.',
      'Auktorisoitu tilitoimisto.',
      'Sähköinen taloushallinto ja tilinpäätökset.',
    ],
    sv: [
      'Bokföring, löneräkning och bokslut för företag och föreningar.',
      'Auktoriserad redovisningsbyrå.',
    ],
  },
  {
    // construction and renovation
    weight: 8,
    legalForms: ['16', '16', '26', '5', '13'],
    actorTypes: company,
    themes: [[]],
    targetGroups: [[]],
    fiNames: [],
    svNames: [],
    fi: [],
    sv: [],
    variants: [
      {
        fiNames: [
          'Rakennus {S} Oy',
          'Rakennuspalvelu {F}',
          'Kirvesmiespalvelu {S}',
          '{Pg} Rakennustyö Oy',
        ],
        svNames: ['Byggservice {Ss} Ab'],
        fi: [
          'Uudisrakentaminen ja saneeraukset omakoti- ja rivitaloihin.',
          'Kattoremontit, terassit ja julkisivut.',
          'Toimimme {Pg} talousalueella.',
        ],
        sv: ['Nybyggen och renoveringar av egnahemshus.', 'Takrenoveringar och terrasser.'],
      },
      {
        fiNames: ['Remonttipalvelu {S}', 'Laatoitus {S}', 'Kylpyhuoneremontit {F} Oy'],
        svNames: ['Kakel och bad {Ss}'],
        fi: ['Kylpyhuoneremontit, laatoitus ja vedeneristys.', 'Pienremontit kotitalouksille.'],
        sv: ['Badrumsrenoveringar och kakelarbeten.'],
      },
      {
        fiNames: ['Putkiasennus {S} Oy', 'Sähköasennus {S}', 'LVI-{S} Oy', 'Sähkö-{S} Oy'],
        svNames: ['Rör {Ss} Ab', 'Elmontage {Ss} Ab'],
        fi: [
          'Sähkö- ja LVI-asennukset kotitalouksille ja yrityksille.',
          'Maalämpöpumput ja ilmalämpöpumput asennettuna.',
        ],
        sv: ['El- och VVS-installationer.', 'Installation av värmepumpar.'],
      },
      {
        fiNames: ['{Sg} Maalaus', 'Maalausliike {S}'],
        svNames: ['Målerifirma {Ss}'],
        fi: ['Sisä- ja ulkomaalaukset ammattitaidolla.', 'Tapetoinnit ja julkisivumaalaukset.'],
        sv: ['Inom- och utomhusmålning.'],
      },
      {
        fiNames: ['Maanrakennus {S} Oy', 'Kaivinkonepalvelu {S}'],
        svNames: ['Schaktning {Ss} Ab'],
        fi: ['Maanrakennustyöt, pihat ja salaojitukset.', 'Kaivinkonetyöt ja lumityöt.'],
        sv: ['Schaktningsarbeten och gårdsplaner.'],
      },
    ],
  },
  {
    // hairdressers and beauty
    weight: 5,
    legalForms: ['26', '26', '16', '5'],
    actorTypes: company,
    themes: [[]],
    targetGroups: [[]],
    fiNames: [],
    svNames: [],
    fi: [],
    sv: [],
    variants: [
      {
        fiNames: ['Parturi-Kampaamo {F}', 'Kampaamo {F}', 'Hiusstudio {F}', 'Parturi {S}'],
        svNames: ['Frisersalong {Fs}'],
        fi: [
          'Hiustenleikkaukset, värjäykset ja kampaukset naisille ja miehille.',
          'Ajanvaraus verkossa.',
        ],
        sv: ['Klippning, färgning och frisyrer.', 'Tidsbokning på nätet.'],
      },
      {
        fiNames: ['Kauneushoitola {F}', 'Kynsistudio {F}'],
        svNames: ['Skönhetssalong {Fs}'],
        fi: ['Kasvohoidot, kynsihoidot ja ripsienpidennykset.', 'Ajanvaraus verkossa.'],
        sv: ['Ansiktsbehandlingar och nagelvård.'],
      },
      {
        fiNames: ['Hierontapalvelu {S}', 'Hieronta {F}'],
        svNames: ['Massage {Ss}'],
        fi: ['Klassista hierontaa ja urheiluhierontaa.', 'Lahjakortit hierontaan.'],
        sv: ['Klassisk massage och idrottsmassage.'],
      },
    ],
  },
  {
    // car repair and transport
    weight: 6,
    legalForms: ['16', '26', '13', '5'],
    actorTypes: company,
    themes: [[]],
    targetGroups: [[]],
    fiNames: [],
    svNames: [],
    fi: [],
    sv: [],
    variants: [
      {
        fiNames: ['Autokorjaamo {S}', 'Autohuolto {F} Oy', 'Rengaspalvelu {S}'],
        svNames: ['Bilverkstad {Ss}', 'Bilservice {Fs} Ab'],
        fi: [
          'Henkilöautojen huollot, korjaukset ja katsastuskorjaukset.',
          'Rengasvaihdot ja rengashotelli.',
        ],
        sv: ['Service och reparationer av personbilar.', 'Däckbyte och däckhotell.'],
      },
      {
        fiNames: [
          'Kuljetus {S} Oy',
          'Muuttopalvelu {F} Oy',
          'Kuljetusliike {S} Oy',
          'Hinauspalvelu {S}',
        ],
        svNames: ['Transport {Ss} Ab'],
        fi: [
          'Kuljetukset, muutot ja tavarankuljetukset {Pg} alueella.',
          'Kappaletavarakuljetukset ja hinaukset.',
        ],
        sv: ['Transporter och flyttar i {Ps} med omnejd.'],
      },
      {
        fiNames: ['Taksi {S}', 'Taksipalvelu {F}'],
        svNames: ['Taxi {Ss}'],
        fi: ['Taksipalvelut ja sairaankuljetukset.', 'Tilausajot ja koulukyydit.'],
        sv: ['Taxitjänster och beställningskörningar.'],
      },
    ],
  },
  {
    // hunting and fishing
    weight: 4,
    legalForms: ['6', '6', '29'],
    actorTypes: association,
    themes: [[], ['environment']],
    targetGroups: [[], ['rural_residents']],
    fiNames: [
      '{Pg} Metsästysseura ry',
      '{Vg} Metsästysseura ry',
      '{Vg} Erämiehet ry',
      '{Pg} Kalastusseura ry',
      '{Vg} osakaskunta',
    ],
    svNames: ['Jaktföreningen {Fs} rf', '{Vs} jaktförening rf', '{Vs} fiskargille rf'],
    fi: [
      'Seura vuokraa metsästysmaita ja huolehtii riistanhoidosta.',
      'Hirvenmetsästys ja pienriistan metsästys jäsenille.',
      'Kalavesien hoito ja kalastuslupien myynti.',
    ],
    sv: [
      'Föreningen arrenderar jaktmarker och sköter viltvården.',
      'Älgjakt och småviltsjakt för medlemmarna.',
      'Fiskevård och försäljning av fiskekort.',
    ],
  },
  {
    // parents' associations
    weight: 3,
    legalForms: ['6'],
    actorTypes: association,
    themes: [[], ['education']],
    targetGroups: [['families']],
    x: [
      'Keskuskoulun',
      'Mäntylän koulun',
      'Ristinummen koulun',
      'Kirkonkylän koulun',
      'Rantakylän koulun',
      'Yhtenäiskoulun',
      'Lyseon',
      'Koivukylän koulun',
    ],
    fiNames: ['{Pg} {X} vanhempainyhdistys ry', '{Vg} koulun vanhempainyhdistys ry'],
    svNames: ['Hem och skola i {Vs} rf', 'Hem och skola i {Ps} rf'],
    fi: [
      'Vanhempainyhdistys tukee koulun ja kodin yhteistyötä.',
      'Järjestämme diskoja, myyjäisiä ja retkiä.',
    ],
    sv: ['Föreningen stöder samarbetet mellan hem och skola.', 'Vi ordnar discon och utfärder.'],
  },
  {
    // pensioners' associations
    weight: 4,
    legalForms: ['6'],
    actorTypes: association,
    themes: [[], ['wellbeing']],
    targetGroups: [['older_people']],
    fiNames: [
      '{Pg} Eläkeläiset ry',
      '{Pg} Eläkkeensaajat ry',
      '{Pg} Seniorit ry',
      '{Vg} Eläkeläiset ry',
    ],
    svNames: ['{Ps} Pensionärer rf', 'Pensionärsföreningen i {Ps} rf', 'Seniorklubben {Fs} rf'],
    fi: [
      'Yhdistys järjestää jäsenilleen kerhoja, retkiä ja liikuntaa.',
      'Kokoonnumme torstaisin seurakuntatalolla.',
      'Tanssit, teatterimatkat ja kuntosaliryhmä.',
    ],
    sv: [
      'Föreningen ordnar klubbar, resor och motion för medlemmarna.',
      'Vi träffas på torsdagar i församlingshemmet.',
    ],
  },
  {
    // IT, advertising and communications
    weight: 5,
    legalForms: ['16', '16', '26'],
    actorTypes: company,
    themes: [[]],
    targetGroups: [[], ['organisations']],
    fiNames: [
      '{Fe} Solutions Oy',
      '{Fe} Digital Oy',
      '{Fe} Software Oy',
      'Ohjelmistotalo {F} Oy',
      '{Fe} Systems Oy',
      '{Fe} Labs Oy',
      'Mainostoimisto {F} Oy',
      'Viestintätoimisto {F} Oy',
    ],
    svNames: ['{Fe} Solutions Ab', 'Reklambyrå {Fs} Ab'],
    fi: [
      'Ohjelmistokehitystä ja pilvipalveluja yrityksille.',
      'Verkkosivut, verkkokaupat ja hakukoneoptimointi.',
      'Mainonnan suunnittelu, graafinen suunnittelu ja somemarkkinointi.',
    ],
    sv: ['Programutveckling och molntjänster för företag.', 'Webbplatser och webbutiker.'],
    en: [
      'Software development and cloud services for businesses.',
      'Websites, online shops and search engine optimisation.',
    ],
  },
  {
    // farms and gardens
    weight: 4,
    legalForms: ['26', '26', '5', '16'],
    actorTypes: company,
    themes: [[], ['food']],
    targetGroups: [[], ['rural_residents']],
    fiNames: [],
    svNames: [],
    fi: [],
    sv: [],
    variants: [
      {
        fiNames: ['{Sg} tila', '{F} maatila', '{Vg} Maitotila'],
        svNames: ['{Fs} gård', '{Vs} gård'],
        fi: ['Maitotila, jolla on {N} lypsylehmää.', 'Viljanviljely ja urakointi.'],
        sv: ['Mjölkgård med {N} kor.', 'Spannmålsodling och entreprenad.'],
      },
      {
        fiNames: ['Marjatila {S}', 'Luomutila {F}'],
        svNames: ['{Ss}s bärgård'],
        fi: [
          'Mansikan ja vadelman viljelyä; itsepoiminta kesällä.',
          'Kananmunia ja perunoita tilamyymälästä.',
        ],
        sv: ['Odling av jordgubbar och hallon; självplock på sommaren.'],
      },
      {
        fiNames: ['Puutarha {S}', 'Kauppapuutarha {F}'],
        svNames: ['{Ss} Trädgård'],
        fi: ['Kasvihuoneessa viljellään tomaatteja ja kurkkuja.', 'Kesäkukkia ja taimia keväisin.'],
        sv: ['Växthusodling av tomater och gurka.', 'Sommarblommor och plantor på våren.'],
      },
    ],
  },
  {
    // shops
    weight: 5,
    legalForms: ['16', '26', '26', '13'],
    actorTypes: company,
    themes: [[]],
    targetGroups: [[]],
    fiNames: [],
    svNames: [],
    fi: [],
    sv: [],
    variants: [
      {
        fiNames: ['Kukkakauppa {F}', 'Kukka- ja hautauspalvelu {S}'],
        svNames: ['Blomsterhandel {Fs}'],
        fi: ['Leikkokukat, ruukkukasvit ja sidontatyöt.', 'Kukkalähetykset kotimaahan.'],
        sv: ['Snittblommor, krukväxter och binderi.'],
      },
      {
        fiNames: ['Kirjakauppa {F}', 'Lahjapuoti {F}'],
        svNames: ['Bokhandel {Fs}'],
        fi: ['Kirjoja, lehtiä ja lahjatavaroita.', 'Kortit, paperitarvikkeet ja lahjat.'],
        sv: ['Böcker, tidningar och presentartiklar.'],
      },
      {
        fiNames: ['Rautakauppa {S}', '{Pg} Rauta Oy'],
        svNames: ['Järnhandel {Ss}'],
        fi: ['Rautakauppatavarat ja työkalut.', 'Maalit, tapetit ja puutavara.'],
        sv: ['Järnvaror och verktyg.'],
      },
      {
        fiNames: ['Vaateliike {F}', 'Kenkäkauppa {F}', 'Urheiluliike {F}'],
        svNames: ['Klädbutik {Fs}'],
        fi: ['Naisten ja miesten vaatteita ja asusteita.', 'Kengät ja laukut koko perheelle.'],
        sv: ['Kläder och accessoarer för damer och herrar.'],
      },
      {
        fiNames: ['Optikko {F}', 'Optiikka {S}'],
        svNames: ['Optiker {Ss}'],
        fi: ['Silmälasit, piilolinssit ja näöntutkimukset.'],
        sv: ['Glasögon, linser och synundersökningar.'],
      },
    ],
  },
  {
    // health services
    weight: 4,
    legalForms: ['16', '26'],
    actorTypes: company,
    themes: [['wellbeing'], []],
    targetGroups: [[], ['everyone']],
    fiNames: [],
    svNames: [],
    fi: [],
    sv: [],
    variants: [
      {
        fiNames: ['Hammaslääkäriasema {F}', 'Hammaslääkäri {S}'],
        svNames: ['Tandläkare {Ss}'],
        fi: ['Suun terveydenhoitoa koko perheelle.', 'Hammaslääkärin ja suuhygienistin palvelut.'],
        sv: ['Tandvård för hela familjen.'],
      },
      {
        fiNames: ['Fysioterapia {S}', 'Jalkahoitola {F}'],
        svNames: ['Fysioterapi {Fs} Ab'],
        fi: ['Fysioterapiaa ja hierontaa.', 'Jalkojenhoito ja tukipohjalliset.'],
        sv: ['Fysioterapi och massage.'],
      },
      {
        fiNames: ['Lääkärikeskus {F} Oy', 'Työterveys {F} Oy', 'Psykoterapia {S}'],
        svNames: ['Läkarcentralen {Fs} Ab'],
        fi: ['Lääkärin vastaanotot ja laboratoriopalvelut.', 'Työterveyshuolto yrityksille.'],
        sv: ['Läkarmottagning och laboratorietjänster.'],
      },
    ],
  },
  {
    // volunteer fire brigades
    weight: 2,
    legalForms: ['6'],
    actorTypes: association,
    themes: [[]],
    targetGroups: [[], ['young_people']],
    fiNames: ['{Pg} VPK ry', '{Vg} Vapaaehtoinen palokunta ry'],
    svNames: ['{Ps} FBK rf', '{Vs} frivilliga brandkår rf'],
    fi: [
      'Vapaaehtoinen palokunta osallistuu pelastustoimintaan ja ylläpitää nuoriso-osastoa.',
      'Palokuntanuorten harjoitukset tiistaisin.',
    ],
    sv: ['Den frivilliga brandkåren deltar i räddningsverksamheten och har en ungdomsavdelning.'],
  },
  {
    // grant-making and property foundations
    weight: 3,
    legalForms: ['18', '18', '39'],
    actorTypes: [['funder'], []],
    themes: [[], ['culture'], ['education']],
    targetGroups: [[]],
    fiNames: ['{Sg} säätiö sr', 'Säätiö {F} sr', '{Pg} Kulttuurisäätiö sr', '{S} Foundation'],
    svNames: ['Stiftelsen {Ss} sr', 'Kulturstiftelsen i {Ps} sr'],
    fi: [
      'Säätiö jakaa apurahoja tieteelle ja taiteelle.',
      'Säätiö tukee {Pg} alueen opiskelijoita stipendein.',
      'Säätiö omistaa ja ylläpitää kiinteistöjä.',
    ],
    sv: ['Stiftelsen delar ut stipendier för studier.', 'Stiftelsen stöder kulturlivet i {Ps}.'],
  },
  {
    // free churches
    weight: 2,
    legalForms: ['46'],
    actorTypes: [[]],
    themes: [[]],
    targetGroups: [[]],
    fiNames: ['{Pg} Helluntaiseurakunta', '{Pg} Vapaaseurakunta', '{Pg} Adventtiseurakunta'],
    svNames: ['{Ps} Pingstförsamling', '{Ps} Frikyrkoförsamling'],
    fi: ['Seurakunta järjestää jumalanpalveluksia, nuortenilloja ja kerhoja.'],
    sv: ['Församlingen ordnar gudstjänster och klubbar.'],
  },
  {
    // boat clubs
    weight: 2,
    legalForms: ['6'],
    actorTypes: association,
    themes: [[]],
    targetGroups: [[]],
    fiNames: ['{Pg} Pursiseura ry', '{Pg} Venekerho ry', '{Pg} Melojat ry'],
    svNames: ['{Ps} Segelsällskap rf', 'Båtklubben {Fs} rf'],
    fi: ['Seura ylläpitää venesatamaa ja järjestää purjehduskilpailuja.'],
    sv: ['Föreningen upprätthåller en småbåtshamn.'],
  },
  {
    // lawyers
    weight: 2,
    legalForms: ['16', '5'],
    actorTypes: company,
    themes: [[]],
    targetGroups: [[]],
    fiNames: ['Asianajotoimisto {S} Oy', 'Lakiasiaintoimisto {F}', 'Lakitoimisto {S}'],
    svNames: ['Advokatbyrå {Ss} Ab'],
    fi: ['Perhe-, perintö- ja kiinteistöoikeudelliset asiat.', 'Yritysjuridiikka ja sopimukset.'],
    sv: ['Familje-, arvs- och fastighetsrättsliga ärenden.'],
  },
  {
    // real estate
    weight: 3,
    legalForms: ['16', '26'],
    actorTypes: company,
    themes: [[], ['housing']],
    targetGroups: [[]],
    fiNames: [
      'Kiinteistönvälitys {S} Oy',
      'Isännöinti {F} Oy',
      'Kiinteistöhuolto {S} Oy',
      '{Pg} Isännöinti Oy',
    ],
    svNames: ['Fastighetsförmedling {Ss} Ab', 'Disponentbyrå {Fs}'],
    fi: [
      'Asuntojen ja kiinteistöjen välitys ja vuokraus.',
      'Taloyhtiöiden isännöinti ja kiinteistöhuolto.',
    ],
    sv: ['Förmedling och uthyrning av bostäder.'],
  },
  {
    // water, fibre and electricity cooperatives
    weight: 4,
    legalForms: ['14'],
    actorTypes: [[]],
    themes: [[], ['local_development']],
    targetGroups: [['rural_residents'], []],
    fiNames: [
      '{Vg} Vesiosuuskunta',
      '{Pg} Kuituosuuskunta',
      '{Vg} Valokuituosuuskunta',
      '{Vg} Sähköosuuskunta',
      '{Vg} vesihuolto-osuuskunta',
    ],
    svNames: ['{Vs} Vattenandelslag', '{Vs} fiberandelslag'],
    fi: [
      'Osuuskunta toimittaa talousvettä ja hoitaa jätevedet jäsenilleen.',
      'Osuuskunta rakentaa valokuituverkon kylän kotitalouksille.',
      'Vesijohtoverkostoon on liittynyt {N} taloutta.',
    ],
    sv: [
      'Andelslaget levererar hushållsvatten till sina medlemmar.',
      'Andelslaget bygger ett fibernät för byns hushåll.',
    ],
  },
  {
    // private road associations
    weight: 3,
    legalForms: ['0'],
    actorTypes: [[]],
    themes: [[]],
    targetGroups: [[]],
    fiNames: ['{Vg} tiekunta', '{Vg} yksityistien tiekunta'],
    svNames: ['{Vs} väglag'],
    fi: ['Tiekunta huolehtii yksityistien kunnossapidosta ja aurauksesta.'],
    sv: ['Väglaget sköter underhållet och plogningen av den enskilda vägen.'],
  },
  {
    // Martha and service clubs
    weight: 3,
    legalForms: ['6'],
    actorTypes: association,
    themes: [[], ['food']],
    targetGroups: [[]],
    fiNames: ['{Pg} Martat ry', '{Vg} Marttayhdistys ry', 'Lions Club {P}', 'Rotary Club {P}'],
    svNames: ['{Ps} Marthaförening rf', 'Lions Club {Ps}'],
    fi: [
      'Marttayhdistys järjestää kursseja ruoanlaitosta ja kodinhoidosta.',
      'Klubi kerää varoja paikallisiin avustuskohteisiin.',
    ],
    sv: [
      'Marthaföreningen ordnar kurser i matlagning och trädgård.',
      'Klubben samlar in medel för lokala ändamål.',
    ],
  },
  {
    // dogs and horses
    weight: 2,
    legalForms: ['6', '26'],
    actorTypes: association,
    themes: [[]],
    targetGroups: [[]],
    fiNames: ['{Pg} Kennelkerho ry', '{Pg} Seudun Koirakerho ry', 'Ratsastustalli {F}'],
    svNames: ['{Ps} Kennelklubb rf', 'Ridstall {Fs}'],
    fi: ['Koirien koulutusta, näyttelyitä ja agilityä.', 'Tallilla on {N} hevosta.'],
    sv: ['Hundkurser, utställningar och agility.'],
  },
  {
    // private day care
    weight: 2,
    legalForms: ['16', '26'],
    actorTypes: company,
    themes: [['education'], []],
    targetGroups: [['families']],
    fiNames: ['Päiväkoti {F} Oy', 'Leikkikoulu {F}', 'Perhepäiväkoti {F}'],
    svNames: ['Daghemmet {Fs} Ab', 'Lekskolan {Fs}'],
    fi: ['Yksityinen päiväkoti 1–6-vuotiaille.', 'Päiväkodissa on {N} hoitopaikkaa.'],
    sv: ['Privat daghem för barn i åldern 1–6 år.'],
  },
  {
    // tourism
    weight: 3,
    legalForms: ['16', '26', '13'],
    actorTypes: company,
    themes: [[]],
    targetGroups: [[]],
    fiNames: [
      'Lomamökit {F}',
      'Matkailutila {F}',
      'Leirintäalue {F}',
      'Hotelli {F}',
      'Kylpylä {F} Oy',
      'Ohjelmapalvelu {F}',
      'Safarit {F} Oy',
    ],
    svNames: ['Stugby {Fs}', 'Hotell {Fs} Ab', 'Camping {Fs}'],
    fi: [
      'Vuokraamme mökkejä järven rannalla.',
      'Ohjelmapalveluja, saunailtoja ja kokouspaketteja.',
      'Hotellissa on {N} huonetta ja ravintola.',
    ],
    sv: ['Vi hyr ut stugor vid sjön.', 'Hotellet har {N} rum och restaurang.'],
    en: ['Cottages for rent by the lake.'],
  },
  {
    // veterans and reservists
    weight: 2,
    legalForms: ['6'],
    actorTypes: association,
    themes: [[]],
    targetGroups: [[]],
    fiNames: ['{Pg} Sotaveteraanit ry', '{Pg} Reserviläiset ry', '{Pg} Reserviupseerit ry'],
    svNames: ['{Ps} Reservofficerare rf'],
    fi: ['Yhdistys vaalii veteraaniperinnettä ja järjestää ammuntaharjoituksia.'],
    sv: ['Föreningen för vidare veterantraditionen.'],
  },
  {
    // local entrepreneurs' associations
    weight: 2,
    legalForms: ['6'],
    actorTypes: association,
    themes: [[], ['local_development']],
    targetGroups: [['organisations']],
    fiNames: ['{Pg} Yrittäjät ry', '{Vg} Yrittäjät ry'],
    svNames: ['{Ps} Företagare rf'],
    fi: ['Paikallisyhdistys ajaa alueen yrittäjien etuja.'],
    sv: ['Lokalföreningen bevakar företagarnas intressen.'],
  },
  {
    // driving, dance and language schools
    weight: 2,
    legalForms: ['16', '26'],
    actorTypes: company,
    themes: [['education'], []],
    targetGroups: [[]],
    fiNames: [],
    svNames: [],
    fi: [],
    sv: [],
    variants: [
      {
        fiNames: ['Autokoulu {F}', '{Pg} Autokoulu Oy'],
        svNames: ['Trafikskola {Fs}'],
        fi: ['Ajokorttikoulutus henkilöautoon ja moottoripyörään.'],
        sv: ['Körkortsutbildning för bil och motorcykel.'],
      },
      {
        fiNames: ['Tanssikoulu {F}', 'Tanssistudio {F}'],
        svNames: ['Dansskola {Fs}'],
        fi: ['Tanssitunteja lapsille, nuorille ja aikuisille.'],
        sv: ['Danslektioner för alla åldrar.'],
      },
      {
        fiNames: ['Kielikoulu {F} Oy', 'Kielipalvelu {S}'],
        svNames: ['Språkskolan {Fs}'],
        fi: ['Kielikursseja yrityksille ja yksityishenkilöille.', 'Käännöksiä ja tulkkausta.'],
        sv: ['Språkkurser för företag och privatpersoner.'],
      },
    ],
  },
  {
    // residents' and home-owners' associations
    weight: 2,
    legalForms: ['6'],
    actorTypes: association,
    themes: [[], ['local_development']],
    targetGroups: [[]],
    fiNames: ['{Pg} Omakotiyhdistys ry', '{Pg} {X} Asukasyhdistys ry'],
    svNames: ['Egnahemsföreningen i {Ps} rf'],
    x: ['Keskustan', 'Rantakylän', 'Kaukajärven', 'Länsipuolen', 'Itäpuolen', 'Kirkonmäen'],
    fi: [
      'Yhdistys edistää asuinalueen viihtyisyyttä ja järjestää tapahtumia.',
      'Kevätsiivoustalkoot ja pihakirppis joka toukokuu.',
    ],
    sv: ['Föreningen främjar trivseln i bostadsområdet.'],
  },
];

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

function pickKind(rand: Rand): Kind {
  const total = kinds.reduce((s, k) => s + k.weight, 0);
  let r = rand() * total;
  for (const k of kinds) {
    r -= k.weight;
    if (r < 0) return k;
  }
  return kinds[kinds.length - 1] as Kind;
}

function fill(rand: Rand, template: string, kind: Kind, place: Place): string {
  const village = pick(rand, villages);
  const surname = pick(rand, surnames);
  const value = (key: string): string => {
    switch (key) {
      case 'P':
        return place[1];
      case 'Pg':
        return place[2];
      case 'Ps':
        return place[3] ?? place[1];
      case 'S':
        return surname[0];
      case 'Sg':
        return surname[1];
      case 'Ss':
        return pick(rand, swedishSurnames);
      case 'F':
        return pick(rand, fancyFi);
      case 'Fs':
        return pick(rand, fancySv);
      case 'Fe':
        return pick(rand, fancyEn);
      case 'V':
        return village[0];
      case 'Vg':
        return village[1];
      case 'Vs':
        return pick(rand, swedishVillages);
      case 'X':
        return pick(rand, kind.x ?? ['']);
      case 'Xs':
        return pick(rand, kind.xs ?? kind.x ?? ['']);
      case 'N':
        return String(5 + Math.floor(rand() * 150));
      case 'YY':
        return String(10 + Math.floor(rand() * 89));
      case 'Y2':
        return String(Math.floor(rand() * 24)).padStart(2, '0');
      default:
        throw new Error(`unknown placeholder ${key}`);
    }
  };
  return template.replace(/\{(\w+)\}/g, (_, key: string) => value(key));
}

/** One or two distinct sentences of a pool. */
function sentences(rand: Rand, pool: string[], kind: Kind, place: Place): string {
  const first = pick(rand, pool);
  const parts = [first];
  if (pool.length > 1 && rand() < 0.6) {
    const second = pick(rand, pool);
    if (second !== first) parts.push(second);
  }
  return parts.map((s) => fill(rand, s, kind, place)).join(' ');
}

/**
 * The distractor organisations, always the same for the same `count` (default 2 200). Names are
 * unique.
 */
export function distractors(count = 2200): OrgInput[] {
  const rand = prng(20240917);
  const names = new Set<string>();
  const out: OrgInput[] = [];
  let attempts = 0;
  while (out.length < count && attempts < count * 50) {
    attempts++;
    const picked = pickKind(rand);
    const kind = picked.variants ? { ...picked, ...pick(rand, picked.variants) } : picked;
    const swedishArea = rand() < 0.22;
    const place = swedishArea ? pick(rand, swedishPlaces) : pick(rand, finnishPlaces);
    // In Swedish-speaking areas most organisations are Swedish, elsewhere a few.
    const swedish = swedishArea ? rand() < 0.8 : rand() < 0.05;
    const name = fill(rand, pick(rand, swedish ? kind.svNames : kind.fiNames), kind, place);
    if (names.has(name.toLocaleLowerCase('fi'))) continue;
    names.add(name.toLocaleLowerCase('fi'));
    const description: OrgInput['description'] = {};
    if (swedish) {
      description.sv = sentences(rand, kind.sv, kind, place);
      if (rand() < 0.15) description.fi = sentences(rand, kind.fi, kind, place);
    } else {
      description.fi = sentences(rand, kind.fi, kind, place);
      if (rand() < 0.08) description.sv = sentences(rand, kind.sv, kind, place);
    }
    if (kind.en && rand() < 0.3) description.en = sentences(rand, kind.en, kind, place);
    const org: OrgInput = {
      name,
      legalForm: pick(rand, kind.legalForms),
      municipality: place[0],
      actorTypes: pick(rand, kind.actorTypes) as OrgInput['actorTypes'],
      themes: pick(rand, kind.themes) as OrgInput['themes'],
      targetGroups: pick(rand, kind.targetGroups) as OrgInput['targetGroups'],
      description,
    };
    if (rand() < 0.5) org.foundedYear = 1900 + Math.floor(rand() * 124);
    out.push(org);
  }
  return out;
}
