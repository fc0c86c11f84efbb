import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Lang } from '../common/languages.js';
import { pagePath } from '../common/routes.js';
import type { Ecosystem } from '../common/schemas/ecosystems.js';
import { type Browser, expectNoAxeViolations, openBrowser, watchPageErrors } from './browser.js';
import { api, logInAsCoordinator } from './session.js';

const baseUrl = inject('baseUrl');
const stamp = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;

let coordinator: Browser;
let reader: Browser;

// Pirkanmaa, which other files use too: what is checked here is found by this run's names, and
// counts are compared with what the API says.
const names = {
  alfa: `Ekotesti Alfa ry ${stamp}`,
  beta: `Ekotesti Beta osuuskunta ${stamp}`,
  gamma: `Ekotesti Gamma oy ${stamp}`,
  project: `Ekotestin hanke ${stamp}`,
  network: `Ekotestin verkosto ${stamp}`,
};
const ids = { alfa: '', beta: '', gamma: '', project: '', network: '' };

// Kainuu, which no other file uses, has more than the 100 nodes the graph starts with: 60
// organisations in two networks (two links each), 50 in a third (one link each), and the three
// networks. The most connected come first, so 13 of the third network's members are left out
// until it is expanded.
const kainuu = { code: '18', municipality: '205' };
const kainuuNetworks = {
  big: `Kainuun iso verkosto ${stamp}`,
  twin: `Kainuun kaksoisverkosto ${stamp}`,
  other: `Kainuun toinen verkosto ${stamp}`,
};

async function createOrganisation(name: string, municipality: string, extra: object = {}) {
  const res = await api(coordinator.context, 'POST', '/api/v1/organisations', {
    name,
    actorTypes: ['social_economy_actor'],
    municipality,
    acknowledgeSimilar: true,
    ...extra,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return (res.body as { id: string }).id;
}

async function createNetwork(name: string, region: string, members: object[]) {
  const res = await api(coordinator.context, 'POST', '/api/v1/networks', {
    name: { fi: name },
    kind: 'regional',
    regions: [region],
    members,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return (res.body as { id: string }).id;
}

beforeAll(async () => {
  coordinator = await openBrowser();
  reader = await openBrowser();
  await logInAsCoordinator(coordinator.context);

  ids.alfa = await createOrganisation(names.alfa, '837');
  ids.beta = await createOrganisation(names.beta, '837', { legalForm: '14' });
  ids.gamma = await createOrganisation(names.gamma, '837', { actorTypes: ['company'] });
  const project = await api(coordinator.context, 'POST', '/api/v1/projects', {
    title: { fi: names.project, sv: `Ekotestprojekt ${stamp}`, en: `Ecotest project ${stamp}` },
    status: 'running',
    // Started today: the latest of the region's running projects, which the page shows first.
    startDate: new Date().toISOString().slice(0, 10),
    endDate: '2099-12-31',
    regions: ['06'],
    partners: [
      { organisationId: ids.alfa, role: 'lead' },
      { organisationId: ids.beta, role: 'partner' },
    ],
  });
  expect(project.status, JSON.stringify(project.body)).toBe(201);
  ids.project = (project.body as { id: string }).id;
  ids.network = await createNetwork(names.network, '06', [
    { organisationId: ids.alfa, role: 'coordinator' },
    { organisationId: ids.gamma },
  ]);
  const relation = await api(coordinator.context, 'POST', '/api/v1/relations', {
    type: 'funds',
    fromId: ids.alfa,
    toId: ids.gamma,
  });
  expect(relation.status, JSON.stringify(relation.body)).toBe(201);

  const membersOf = async (prefix: string, count: number) => {
    const members: { organisationId: string }[] = [];
    for (let i = 1; i <= count; i += 1) {
      const name = `Kainuun ${prefix} ${String(i).padStart(2, '0')} ${stamp}`;
      members.push({ organisationId: await createOrganisation(name, kainuu.municipality) });
    }
    return members;
  };
  const twice = await membersOf('kaksoisjäsen', 60);
  await createNetwork(kainuuNetworks.big, kainuu.code, twice);
  await createNetwork(kainuuNetworks.twin, kainuu.code, twice);
  await createNetwork(kainuuNetworks.other, kainuu.code, await membersOf('jäsen', 50));
});
afterAll(async () => {
  await coordinator?.close();
  await reader?.close();
});

const regionPage = (lang: Lang, code = '06') => `${baseUrl}${pagePath('region', lang, { code })}`;

/** What the tests look for on the region page, in each language. */
const words = {
  fi: { heading: 'Toimijoiden yhteydet', list: 'Listana', graph: 'Kaaviona', name: 'Pirkanmaa' },
  sv: {
    heading: 'Aktörernas kopplingar',
    list: 'Som lista',
    graph: 'Som diagram',
    name: 'Birkaland',
  },
  en: {
    heading: 'Connections between actors',
    list: 'As a list',
    graph: 'As a graph',
    name: 'Pirkanmaa',
  },
} as const;

/** The section of the graph, which shows it as a list or drawn. */
const graphSection = (page: Page, lang: Lang) =>
  page.locator('section', {
    has: page.getByRole('heading', { level: 2, name: words[lang].heading }),
  });

/** A node of the graph's list: its item, found by its heading. */
const listNode = (page: Page, name: string, lang: Lang = 'fi') =>
  graphSection(page, lang).locator('li', {
    has: page.getByRole('heading', { level: 4, name, exact: true }),
  });

/** The text of an element as it reads, its whitespace made single spaces. */
// biome-ignore lint/performance/useDomNodeTextContent: as rendered, so that a term and its value stay apart
const textOf = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

/** How many nodes are shown of how many, or undefined once none is left out (the note goes). */
async function shownOfTotal(page: Page): Promise<[number, number] | undefined> {
  const note = page.getByText(/^Näkyvissä on \d+ kohdetta/);
  if ((await note.count()) === 0) return undefined;
  const [, shown, total] = (await textOf(note)).match(/(\d+) kohdetta.*?(\d+)\./) ?? [];
  return [Number(shown), Number(total)];
}

describe("a region's ecosystem", () => {
  it('counts the organisations by kind, shows the running project and the network, each leading on', async () => {
    const page = await reader.context.newPage();
    const problems = watchPageErrors(page);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const ecosystem = (await api(reader.context, 'GET', '/api/v1/regions/06/ecosystem'))
      .body as Ecosystem;

    await page.goto(regionPage('fi'));
    await page.getByRole('heading', { level: 2, name: 'Organisaatiot lajeittain' }).waitFor();

    // Each count as the API gives it, the name leading to the directory with both filters.
    const actorTypes = page.getByRole('table', { name: 'Toimijatyypin mukaan' });
    const socialEconomy = ecosystem.organisations.actorType.find(
      (c) => c.value === 'social_economy_actor',
    );
    const row = actorTypes.getByRole('row', { name: /^Yhteisötalouden toimija/ });
    expect(await textOf(row.getByRole('cell').last())).toBe(String(socialEconomy?.count));
    expect(await row.getByRole('link').getAttribute('href')).toBe(
      `${pagePath('organisations', 'fi')}?region=06&actorType=social_economy_actor`,
    );
    const families = page.getByRole('table', { name: 'Yhteisötalouden ryhmän mukaan' });
    const withFamily = ecosystem.organisations.family.filter((c) => c.count > 0);
    expect(withFamily.length).toBeGreaterThan(0);
    // A header row and one row per family with organisations: none with zero.
    expect(await families.getByRole('row').count()).toBe(1 + withFamily.length);

    // Projects by status, each a link to the project list, and the running one.
    const running = ecosystem.projects.status.find((s) => s.value === 'running')?.count ?? 0;
    const runningLink = page.getByRole('link', {
      name: `Käynnissä: ${running} ${running === 1 ? 'hanke' : 'hanketta'}`,
    });
    expect(await runningLink.getAttribute('href')).toBe(
      `${pagePath('projects', 'fi')}?region=06&status=running`,
    );
    const projects = page.locator('section', {
      has: page.getByRole('heading', { level: 2, name: 'Hankkeet' }),
    });
    await projects.getByRole('heading', { level: 4, name: names.project }).waitFor();
    expect(
      await page
        .getByRole('link', { name: 'Näytä kaikki maakunnan hankkeet' })
        .getAttribute('href'),
    ).toBe(`${pagePath('projects', 'fi')}?region=06`);

    // The network, with its members in the region, linking to its page.
    const network = page.getByRole('heading', { level: 3, name: names.network });
    expect(await network.getByRole('link').getAttribute('href')).toBe(
      pagePath('network', 'fi', { id: ids.network }),
    );
    expect(await textOf(page.locator('li', { has: network }))).toContain(
      '2 jäsentä maakunnassa, kaikkiaan 2',
    );

    // The list of the graph is there from the start; the drawing's code is not.
    await listNode(page, names.alfa).waitFor();
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => /graph-view|cytoscape/.test(url))).toEqual([]);

    await row.getByRole('link').click();
    await page.waitForURL(/\/fi\/organisaatiot\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get('region')).toBe('06');
    expect(url.searchParams.get('actorType')).toBe('social_economy_actor');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lists the nodes with their links read from each side, each a link to its page', async () => {
    const page = await reader.context.newPage();
    await page.goto(regionPage('fi'));
    const alfa = listNode(page, names.alfa);
    await alfa.waitFor();
    const alfaText = await textOf(alfa);
    expect(alfaText).toContain(`Hankkeet ${names.project} (päätoteuttaja)`);
    expect(alfaText).toContain(`Verkostot ${names.network} (koordinaattori)`);
    expect(alfaText).toContain(`Rahoittaa ${names.gamma}`);
    expect(await textOf(listNode(page, names.gamma))).toContain(`Rahoittaja ${names.alfa}`);
    const project = await textOf(listNode(page, names.project));
    expect(project).toContain(
      `Toteuttajat ja rahoittajat ${names.alfa} (päätoteuttaja) ${names.beta} (kumppani)`,
    );
    expect(await textOf(listNode(page, names.network))).toContain(
      `Jäsenet ${names.alfa} (koordinaattori) ${names.gamma} (jäsen)`,
    );

    await alfa.getByRole('link', { name: names.project }).click();
    await page.getByRole('heading', { level: 1, name: names.project }).waitFor();
    // The project page shows its region on a small map, a link back to the region's page.
    const map = page.getByRole('group', { name: 'Hankkeen maakunnat kartalla' });
    await map.getByRole('link', { name: 'Pirkanmaa' }).waitFor();
    await expectNoAxeViolations(page);
    await map.getByRole('link', { name: 'Pirkanmaa' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pirkanmaa' }).waitFor();
    await page.close();
  });

  it('expands a node from the list: its hidden links appear, and focus goes to it', async () => {
    const page = await reader.context.newPage();
    await page.goto(regionPage('fi', kainuu.code));
    const other = listNode(page, kainuuNetworks.other);
    await other.waitFor();
    expect(await shownOfTotal(page)).toEqual([100, 113]);
    expect(await textOf(other)).toContain('50 yhteyttä · näkyvissä 37');
    // The networks whose members are all shown have nothing more to show.
    expect(await listNode(page, kainuuNetworks.big).getByRole('button').count()).toBe(0);

    // The button is named by its node too: the list has many.
    const button = other.getByRole('button', { name: /^Näytä kaikki yhteydet/ });
    expect((await button.textContent())?.replace(/\s+/g, ' ')).toBe(
      `Näytä kaikki yhteydet: ${kainuuNetworks.other}`,
    );
    await button.click();
    await page.getByText(`Kohteen ${kainuuNetworks.other} yhteydet näkyvät nyt.`).waitFor();
    await expect.poll(() => shownOfTotal(page)).toBeUndefined();
    expect(await textOf(other)).not.toContain('näkyvissä');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      kainuuNetworks.other,
    );
    await page.close();
  });

  it('is used with the keyboard alone as a graph', async () => {
    const page = await reader.context.newPage();
    const problems = watchPageErrors(page);
    await page.goto(regionPage('fi', kainuu.code));
    await listNode(page, kainuuNetworks.other).waitFor();

    // The view switch is a link that keeps focus where it is.
    await page.getByRole('link', { name: 'Kaaviona' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/view=graph/);
    const graph = page.getByRole('application', { name: 'Yhteyksien kaavio' });
    await graph.waitFor();
    await page.locator('canvas').first().waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Kaaviona');
    expect(await graph.getAttribute('aria-describedby')).toBeTruthy();

    // Tab reaches the graph after the zoom buttons.
    for (let i = 0; i < 6; i += 1) {
      if (await graph.evaluate((el) => el === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    expect(await graph.evaluate((el) => el === document.activeElement)).toBe(true);

    // The arrow keys move the selection in the list's order; the live region says which.
    const status = page.getByRole('status').filter({ hasText: /^(Valittuna|Ei valittua)/ });
    expect(await textOf(status)).toMatch(/^Ei valittua kohdetta/);
    await page.keyboard.press('ArrowDown');
    expect(await textOf(status)).toMatch(
      /^Valittuna: Kainuun kaksoisjäsen \d+ .*, organisaatio, 2 yhteyttä\.$/,
    );
    const first = await textOf(status);
    await page.keyboard.press('ArrowDown');
    expect(await textOf(status)).not.toBe(first);
    await page.keyboard.press('ArrowUp');
    expect(await textOf(status)).toBe(first);
    await page.keyboard.press('End');
    expect(await textOf(status)).toBe(`Valittuna: ${kainuuNetworks.other}, verkosto, 50 yhteyttä.`);
    await page.keyboard.press('ArrowUp');
    expect(await textOf(status)).toBe(`Valittuna: ${kainuuNetworks.twin}, verkosto, 60 yhteyttä.`);
    await page.keyboard.press('ArrowDown');

    // Enter expands the selected node: more nodes are drawn, and focus stays on the graph.
    expect(await shownOfTotal(page)).toEqual([100, 113]);
    await page.keyboard.press('Enter');
    await page.getByText(`Kohteen ${kainuuNetworks.other} yhteydet näkyvät nyt.`).waitFor();
    await expect.poll(() => shownOfTotal(page)).toBeUndefined();
    expect(await graph.evaluate((el) => el === document.activeElement)).toBe(true);
    // The selection stays; Enter again says that all is shown.
    await page.keyboard.press('Enter');
    await page.getByText(`Kohteen ${kainuuNetworks.other} kaikki yhteydet näkyvät jo.`).waitFor();

    // Back to the list: the expansion is kept.
    await page.getByRole('link', { name: 'Listana' }).click();
    await listNode(page, kainuuNetworks.other).waitFor();
    expect(await textOf(listNode(page, kainuuNetworks.other))).not.toContain('näkyvissä');
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each(['fi', 'sv', 'en'] as const)(
    'passes axe with the list and with the graph shown (%s)',
    async (lang) => {
      const page = await reader.context.newPage();
      const problems = watchPageErrors(page);
      await page.goto(regionPage(lang));
      await page.getByRole('heading', { level: 1, name: words[lang].name }).waitFor();
      await page.getByRole('heading', { level: 2, name: words[lang].heading }).waitFor();
      await listNode(page, names.alfa, lang).waitFor();
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page);

      await page.getByRole('link', { name: words[lang].graph }).click();
      await page.locator('canvas').first().waitFor();
      // The graph's address drawn afresh: the server leaves the drawing to the browser.
      await page.reload();
      await page.locator('canvas').first().waitFor();
      await page.getByRole('application').focus();
      await page.keyboard.press('ArrowDown');
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page);
      await page.getByRole('link', { name: words[lang].list }).click();
      await listNode(page, names.alfa, lang).waitFor();
      expect(problems).toEqual([]);
      await page.close();
    },
  );
});

describe('the regions on a map', () => {
  it('leads from the overview map to each region’s page', async () => {
    const page = await reader.context.newPage();
    const problems = watchPageErrors(page);
    await page.goto(`${baseUrl}${pagePath('regions', 'fi')}`);
    const map = page.locator('main figure svg');
    await map.locator('[data-region="18"]').waitFor();
    // Every region leads on; the table beside the map has the same links for the keyboard and
    // screen readers, so the map does not double them.
    expect(await map.locator('[data-region]').count()).toBe(19);
    expect(await map.getAttribute('aria-hidden')).toBe('true');
    expect(await page.getByRole('table').getByRole('link').count()).toBe(19);
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);

    await map.locator('[data-region="18"]').click();
    await page.getByRole('heading', { level: 1, name: 'Kainuu' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(pagePath('region', 'fi', { code: '18' }));

    await page.goto(`${baseUrl}${pagePath('regions', 'sv')}`);
    await page.locator('main figure svg [data-region="06"]').click();
    await page.getByRole('heading', { level: 1, name: 'Birkaland' }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });
});
