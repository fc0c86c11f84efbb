import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createOrg, search } from '../../test/organisations.js';

/** A small registry in Finnish and Swedish for the relevance set below. */
const registry = [
  {
    name: 'Osuuskunta Tuulikello',
    legalForm: '14',
    municipality: '091',
    themes: ['culture', 'employment'],
    description: { fi: 'Työosuuskunta, joka työllistää nuoria muusikoita.' },
  },
  {
    name: 'Yrityspalvelut Oy',
    legalForm: '16',
    municipality: '837',
    actorTypes: ['company'],
    description: { fi: 'Tarjoamme kirjanpitopalveluja pienille yrityksille.' },
  },
  {
    name: 'Kierrätyskeskus Kiertokapula',
    legalForm: '16',
    municipality: '109',
    themes: ['circular_economy'],
    targetGroups: ['long_term_unemployed'],
    description: {
      fi: 'Kierrätyksen ja uudelleenkäytön keskus, joka työllistää pitkäaikaistyöttömiä.',
    },
  },
  {
    name: 'Vammaisten työpaja ry',
    legalForm: '6',
    municipality: '564',
    targetGroups: ['people_with_disabilities'],
    description: { fi: 'Yhdistyksen työpajassa vammaiset henkilöt tekevät puutöitä.' },
  },
  {
    name: 'Andelslaget Gröna Händer',
    legalForm: '14',
    municipality: '905',
    themes: ['food', 'partial_work_ability'],
    criteria: { partialWorkAbilityEmployees: 3, employees: 8, disadvantagedEmployees: 4 },
    description: {
      sv: 'Ett socialt företag som odlar ekologiska grönsaker och sysselsätter personer med partiell arbetsförmåga.',
    },
  },
  {
    name: 'Stiftelsen för Kulturarbete sr',
    legalForm: '18',
    municipality: '499',
    themes: ['culture'],
    description: { sv: 'Stiftelsen stödjer kulturföreningar i Österbotten.' },
  },
  {
    name: 'Föreningen Unga Vuxna rf',
    legalForm: '6',
    municipality: '091',
    targetGroups: ['young_people'],
    description: { sv: 'Föreningen ordnar verksamhet för unga vuxna i Helsingfors.' },
  },
  {
    name: 'Nuorten Ystävät säätiö',
    legalForm: '18',
    municipality: '564',
    targetGroups: ['young_people'],
    description: { fi: 'Säätiö tukee nuorten asumista ja työllistymistä.' },
  },
  {
    name: 'Ruokaosuuskunta Lähiruoka',
    legalForm: '14',
    municipality: '179',
    themes: ['food'],
    description: { fi: 'Osuuskunnan jäsenet myyvät lähiruokaa torilla.' },
  },
  {
    name: 'Maahanmuuttajien kotoutumisyhdistys ry',
    legalForm: '6',
    municipality: '853',
    themes: ['integration'],
    description: {
      fi: 'Yhdistyksen tavoitteena on maahanmuuttajien kotoutuminen ja työllistyminen.',
    },
  },
  {
    name: 'Hoivaosuuskunta Lämpö',
    legalForm: '14',
    municipality: '297',
    themes: ['care'],
    targetGroups: ['older_people'],
    description: { fi: 'Hoivapalveluja ikääntyneille; osuuskunnan omistavat sen työntekijät.' },
  },
  {
    name: 'Työllistämisen tuki säätiö',
    legalForm: '18',
    municipality: '091',
    actorTypes: ['funder'],
    description: { fi: 'Säätiö rahoittaa yhteiskunnallisten yritysten työllistämishankkeita.' },
  },
  {
    name: 'Digiapu Oy',
    legalForm: '16',
    municipality: '049',
    themes: ['digital'],
    description: { fi: 'Yritys opettaa ikäihmisille digitaitoja.' },
  },
  {
    name: 'Ympäristöyhdistys Puhdas Järvi ry',
    legalForm: '6',
    municipality: '398',
    themes: ['environment'],
    description: { fi: 'Järvien kunnostus ja vesiensuojelu Päijät-Hämeessä.' },
  },
  {
    name: 'Sosiaalinen yritys Kumppanuus Oy',
    legalForm: '16',
    municipality: '837',
    description: {
      fi: 'Yrityksen voitosta yli puolet käytetään yhteiskunnalliseen tavoitteeseen.',
    },
    criteria: {
      socialAimInStatutes: true,
      profitDistributedPercent: 20,
      ownershipAndDistributionPublished: true,
    },
    recognitions: [{ type: 'social_enterprise_mark', validUntil: '2099-12-31' }],
  },
  {
    name: 'Arbetsintegrerande Företaget Ab',
    legalForm: '16',
    municipality: '598',
    description: { sv: 'Arbetsintegrerande socialt företag i Jakobstad.' },
  },
  {
    name: 'Kulttuuriosuuskunta Kaiku',
    legalForm: '14',
    municipality: '853',
    themes: ['culture'],
    description: { fi: 'Kulttuurialan freelancerien osuuskunta.' },
  },
  {
    name: 'Asumisen tuki ry',
    legalForm: '6',
    municipality: '091',
    themes: ['housing'],
    description: { fi: 'Tukee asunnottomien asumista.' },
  },
  {
    name: 'Lasten ja perheiden yhdistys ry',
    legalForm: '6',
    municipality: '092',
    targetGroups: ['families'],
    description: { fi: 'Perheiden hyvinvointia tukeva yhdistys.' },
  },
  {
    name: 'Kahvila Kohtaamo',
    legalForm: '0',
    municipality: '167',
    description: { fi: 'Vapaaehtoisten pyörittämä kahvila kirjaston yhteydessä.' },
  },
];

/**
 * The relevance set: what people type (inflected forms, Swedish, missing accents, typos, place
 * names, tags) and which organisations must be found. `first` must rank at the top.
 */
const relevance: { q: string; expect: string[]; first?: string; not?: string[] }[] = [
  {
    q: 'yritys',
    expect: ['Yrityspalvelut Oy', 'Sosiaalinen yritys Kumppanuus Oy', 'Digiapu Oy'],
    first: 'Sosiaalinen yritys Kumppanuus Oy',
  },
  { q: 'yrityksen', expect: ['Sosiaalinen yritys Kumppanuus Oy', 'Yrityspalvelut Oy'] },
  { q: 'yritysten', expect: ['Työllistämisen tuki säätiö', 'Sosiaalinen yritys Kumppanuus Oy'] },
  {
    q: 'osuuskunta',
    expect: [
      'Osuuskunta Tuulikello',
      'Ruokaosuuskunta Lähiruoka',
      'Hoivaosuuskunta Lämpö',
      'Kulttuuriosuuskunta Kaiku',
    ],
    first: 'Osuuskunta Tuulikello',
  },
  { q: 'osuuskunnan', expect: ['Ruokaosuuskunta Lähiruoka', 'Hoivaosuuskunta Lämpö'] },
  { q: 'osuukunta', expect: ['Osuuskunta Tuulikello'], first: 'Osuuskunta Tuulikello' },
  {
    q: 'kierrätys',
    expect: ['Kierrätyskeskus Kiertokapula'],
    first: 'Kierrätyskeskus Kiertokapula',
  },
  { q: 'kierrätyksen', expect: ['Kierrätyskeskus Kiertokapula'] },
  { q: 'kierratys', expect: ['Kierrätyskeskus Kiertokapula'] },
  { q: 'vammaiset', expect: ['Vammaisten työpaja ry'] },
  { q: 'vammaisten', expect: ['Vammaisten työpaja ry'], first: 'Vammaisten työpaja ry' },
  { q: 'säätiö', expect: ['Nuorten Ystävät säätiö', 'Työllistämisen tuki säätiö'] },
  { q: 'säätiön', expect: ['Nuorten Ystävät säätiö', 'Työllistämisen tuki säätiö'] },
  { q: 'saatio', expect: ['Nuorten Ystävät säätiö'] },
  { q: 'nuoret', expect: ['Nuorten Ystävät säätiö'] },
  { q: 'nuorten', expect: ['Nuorten Ystävät säätiö'], first: 'Nuorten Ystävät säätiö' },
  { q: 'työllistäminen', expect: ['Työllistämisen tuki säätiö'] },
  { q: 'maahanmuuttajat', expect: ['Maahanmuuttajien kotoutumisyhdistys ry'] },
  { q: 'kotoutuminen', expect: ['Maahanmuuttajien kotoutumisyhdistys ry'] },
  { q: 'hoiva', expect: ['Hoivaosuuskunta Lämpö'], first: 'Hoivaosuuskunta Lämpö' },
  { q: 'lähiruoka', expect: ['Ruokaosuuskunta Lähiruoka'], first: 'Ruokaosuuskunta Lähiruoka' },
  { q: 'lahiruoka', expect: ['Ruokaosuuskunta Lähiruoka'] },
  { q: 'ympäristö', expect: ['Ympäristöyhdistys Puhdas Järvi ry'] },
  { q: 'yhdistys', expect: ['Lasten ja perheiden yhdistys ry', 'Vammaisten työpaja ry'] },
  { q: 'perheiden', expect: ['Lasten ja perheiden yhdistys ry'] },
  { q: 'kahvila', expect: ['Kahvila Kohtaamo'], first: 'Kahvila Kohtaamo' },
  { q: 'osuuskunta tampere', expect: [], not: ['Osuuskunta Tuulikello'] },
  {
    q: 'osuuskunta helsinki',
    expect: ['Osuuskunta Tuulikello'],
    not: ['Hoivaosuuskunta Lämpö', 'Kulttuuriosuuskunta Kaiku'],
  },
  { q: 'yhdistys turku', expect: ['Maahanmuuttajien kotoutumisyhdistys ry'] },
  { q: 'Hämeenlinna', expect: ['Kierrätyskeskus Kiertokapula'] },
  // Swedish
  { q: 'förening', expect: ['Föreningen Unga Vuxna rf'], first: 'Föreningen Unga Vuxna rf' },
  { q: 'föreningen', expect: ['Föreningen Unga Vuxna rf'] },
  { q: 'andelslag', expect: ['Andelslaget Gröna Händer'], first: 'Andelslaget Gröna Händer' },
  { q: 'stiftelse', expect: ['Stiftelsen för Kulturarbete sr'] },
  { q: 'socialt företag', expect: ['Andelslaget Gröna Händer', 'Arbetsintegrerande Företaget Ab'] },
  { q: 'företaget', expect: ['Arbetsintegrerande Företaget Ab'] },
  { q: 'arbetsintegrerande', expect: ['Arbetsintegrerande Företaget Ab'] },
  { q: 'grönsaker', expect: ['Andelslaget Gröna Händer'] },
  { q: 'Vasa', expect: ['Andelslaget Gröna Händer'] },
  { q: 'Helsingfors', expect: ['Föreningen Unga Vuxna rf', 'Osuuskunta Tuulikello'] },
  // Tags in all three languages
  { q: 'kiertotalous', expect: ['Kierrätyskeskus Kiertokapula'] },
  { q: 'circular economy', expect: ['Kierrätyskeskus Kiertokapula'] },
  { q: 'kultur', expect: ['Stiftelsen för Kulturarbete sr', 'Kulttuuriosuuskunta Kaiku'] },
  { q: 'cooperative', expect: ['Osuuskunta Tuulikello', 'Andelslaget Gröna Händer'] },
  { q: 'rahoittaja', expect: ['Työllistämisen tuki säätiö'] },
];

let t: TestApp;
const idOf = new Map<string, string>();
beforeAll(async () => {
  t = await buildTestApp();
  const coordinator = await signUp(t, { role: 'coordinator' });
  for (const o of registry) {
    const created = await createOrg(t, coordinator.cookie, {
      actorTypes: ['social_economy_actor'],
      ...o,
    } as never);
    idOf.set(o.name, created.id);
  }
  // A proposal waiting for approval never shows in the directory.
  const member = await signUp(t);
  await createOrg(t, member.cookie, {
    name: 'Odottava Osuuskunta Tuulikello',
    municipality: '091',
  });
}, 60_000);
afterAll(() => t.close());

const names = (result: { items: { name: string }[] }) => result.items.map((i) => i.name);

describe('relevance set', () => {
  it('has at least 30 Finnish and Swedish queries', () => {
    expect(relevance.length).toBeGreaterThanOrEqual(30);
  });

  it.each(relevance)('$q', async ({ q, expect: expected, first, not }) => {
    const result = await search(t, `q=${encodeURIComponent(q)}&pageSize=50&facets=false`);
    const found = names(result);
    for (const name of expected) expect(found, `"${q}" should find ${name}`).toContain(name);
    if (first) expect(found[0], `"${q}" should rank ${first} first`).toBe(first);
    for (const name of not ?? [])
      expect(found, `"${q}" should not find ${name}`).not.toContain(name);
    expect(found).not.toContain('Odottava Osuuskunta Tuulikello');
  });
});

describe('filters, facets, sorting and pages', () => {
  it('filters by region and family and counts the facets over the result', async () => {
    const result = await search(t, 'region=01&family=association');
    expect(names(result).sort()).toEqual(
      ['Asumisen tuki ry', 'Föreningen Unga Vuxna rf', 'Lasten ja perheiden yhdistys ry'].sort(),
    );
    expect(result.total).toBe(3);
    expect(result.facets.municipality).toEqual(
      expect.arrayContaining([
        { value: '091', count: 2 },
        { value: '092', count: 1 },
      ]),
    );
    expect(result.facets.family).toEqual([{ value: 'association', count: 3 }]);
  });

  it('combines text with filters; several values of one filter are alternatives', async () => {
    const result = await search(t, 'q=osuuskunta&region=02,11');
    expect(names(result).sort()).toEqual(['Hoivaosuuskunta Lämpö', 'Kulttuuriosuuskunta Kaiku']);
    const both = await search(t, 'theme=food&theme=culture&legalForm=14');
    expect(names(both).sort()).toEqual(
      [
        'Andelslaget Gröna Händer',
        'Kulttuuriosuuskunta Kaiku',
        'Osuuskunta Tuulikello',
        'Ruokaosuuskunta Lähiruoka',
      ].sort(),
    );
  });

  it('filters and counts every value of a multi-valued field, not only the first', async () => {
    // Osuuskunta Tuulikello has the themes culture and employment, in that order.
    expect(names(await search(t, 'theme=employment'))).toContain('Osuuskunta Tuulikello');
    const culture = await search(t, 'theme=culture');
    expect(culture.facets.theme).toEqual(
      expect.arrayContaining([{ value: 'employment', count: 1 }]),
    );
    const all = await search(t, '');
    const pwa = all.facets.theme.find((f: { value: string }) => f.value === 'partial_work_ability');
    expect(pwa).toEqual({ value: 'partial_work_ability', count: 1 });
  });

  it('filters by definitions met, recognitions and partial work ability', async () => {
    expect(names(await search(t, 'meets=finnish_mark'))).toEqual([
      'Sosiaalinen yritys Kumppanuus Oy',
    ]);
    expect(names(await search(t, 'recognition=social_enterprise_mark'))).toEqual([
      'Sosiaalinen yritys Kumppanuus Oy',
    ]);
    const pwa = await search(t, 'partialWorkAbility=true');
    expect(names(pwa)).toEqual(['Andelslaget Gröna Händer']);
    const all = await search(t, '');
    expect(all.facets.partialWorkAbility).toEqual([{ value: 'true', count: 1 }]);
    expect(all.facets.meets).toEqual(
      expect.arrayContaining([
        { value: 'finnish_mark', count: 1 },
        { value: 'work_integration', count: 1 },
      ]),
    );
  });

  it('sorts by name (Finnish order) or by last update, and pages', async () => {
    const byName = await search(t, 'sort=name&pageSize=5');
    expect(byName.total).toBe(registry.length);
    expect(byName.items).toHaveLength(5);
    expect(names(byName)[0]).toBe('Andelslaget Gröna Händer');
    const page4 = await search(t, 'sort=name&pageSize=5&page=4');
    expect(page4.items).toHaveLength(5);
    const beyond = await search(t, 'sort=name&pageSize=5&page=5');
    expect(beyond.items).toEqual([]);
    const byUpdate = await search(t, 'sort=updated&pageSize=1');
    expect(names(byUpdate)).toEqual(['Kahvila Kohtaamo']);
  });

  it('treats punctuation-only queries as no match and rejects bad parameters', async () => {
    expect((await search(t, `q=${encodeURIComponent('%&!')}`)).total).toBe(0);
    const bad = await t.app.inject({ url: '/api/v1/organisations?region=1&sort=random&page=0' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('invalid_request');
    const injection = await search(t, `q=${encodeURIComponent("'; drop table organisation; --")}`);
    expect(injection.total).toBe(0);
    expect((await search(t, '')).total).toBe(registry.length);
  });

  it('shows region counts of published organisations on the regions API', async () => {
    const res = await t.app.inject({ url: '/api/v1/regions' });
    const uusimaa = res.json().items.find((r: { code: string }) => r.code === '01');
    expect(uusimaa.counts.organisations).toBe(6);
    const detail = await t.app.inject({ url: '/api/v1/regions/15' });
    expect(detail.json().counts.organisations).toBe(3);
  });
});

describe('hostile and odd queries', () => {
  it('answers 200 with sensible results or 400 with a clear message, never 500', async () => {
    const long = await t.app.inject({
      url: `/api/v1/organisations?q=${encodeURIComponent('osuuskunta '.repeat(100))}`,
    });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.code).toBe('invalid_request');
    expect(JSON.stringify(long.json().error.details)).toContain('q');
    for (const q of [
      'osuuskunta & kulttuuri | !ruoka',
      'osu:* & (kaiku',
      '"osuuskunta kaiku',
      "'kaiku'",
      'ja ja ja',
      'och i på',
      '🙂 osuuskunta 🙂',
      'Осуускунта култтуури',
      'osuuskunta中文kaiku',
      '\\\\ %% __',
      'a'.repeat(200),
    ]) {
      const res = await t.app.inject({
        url: `/api/v1/organisations?q=${encodeURIComponent(q)}&facets=true`,
      });
      expect(res.statusCode, q).toBe(200);
    }
    // Operators are text, not syntax: the words still find what they name.
    expect(names(await search(t, `q=${encodeURIComponent('osuuskunta & kulttuuri')}`))).toContain(
      'Kulttuuriosuuskunta Kaiku',
    );
    expect(names(await search(t, `q=${encodeURIComponent('"kaiku')}`))).toEqual([
      'Kulttuuriosuuskunta Kaiku',
    ]);
    // Stop words alone are words; with others they are dropped.
    expect((await search(t, `q=${encodeURIComponent('kahvila ja')}`)).total).toBe(1);
  });
});

describe('type-ahead suggestions', () => {
  const suggest = async (q: string, lang = 'fi') => {
    const res = await t.app.inject({
      url: `/api/v1/organisations/suggestions?q=${encodeURIComponent(q)}&lang=${lang}`,
    });
    expect(res.statusCode, q).toBe(200);
    return res.json().items as { kind: string; label: string; id?: string; lang?: string }[];
  };

  it('offers organisations whose name words start like the text, and glossary terms', async () => {
    const items = await suggest('kulttuuri');
    expect(items.filter((i) => i.kind === 'organisation').map((i) => i.label)).toContain(
      'Kulttuuriosuuskunta Kaiku',
    );
    const typed = await suggest('osuusk');
    expect(typed[0]).toMatchObject({ kind: 'organisation' });
    expect(typed.map((i) => i.label)).toContain('Osuuskunta Tuulikello');
    // Names only: a word of a description does not make a suggestion.
    expect((await suggest('kirjanpit')).filter((i) => i.kind === 'organisation')).toEqual([]);
    // The last word is a prefix, the others whole words.
    expect((await suggest('osuuskunta tuu')).map((i) => i.label)).toEqual([
      'Osuuskunta Tuulikello',
    ]);
    const terms = (await suggest('vapaaeh')).filter((i) => i.kind === 'term');
    expect(terms[0]).toMatchObject({ label: 'vapaaehtoinen', lang: 'fi' });
    const sv = (await suggest('frivill', 'sv')).filter((i) => i.kind === 'term');
    expect(sv.map((i) => i.label)).toContain('frivillig');
    expect((await suggest('Odottava')).map((i) => i.label)).not.toContain(
      'Odottava Osuuskunta Tuulikello',
    );
  });

  it('rejects an empty or overlong text and an unknown language', async () => {
    for (const q of ['q=', `q=${'a'.repeat(101)}`, 'q=abc&lang=de']) {
      const res = await t.app.inject({ url: `/api/v1/organisations/suggestions?${q}` });
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.code).toBe('invalid_request');
    }
  });
});
