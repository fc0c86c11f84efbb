import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pagePath } from '../common/routes.js';
import { type Browser, expectNoAxeViolations, openBrowser, watchPageErrors } from './browser.js';
import { waitForMailLink } from './mail.js';
import { api, logIn, logInAsCoordinator } from './session.js';

const baseUrl = inject('baseUrl');
// The e2e server is shared by every test file: names carry a word of this run only.
const tag = `kudostesti${Date.now()}`;

const organisations = {
  helsinki: {
    name: `Osuuskunta Tuulikello ${tag}`,
    legalForm: '14',
    actorTypes: ['social_economy_actor'],
    municipality: '091',
    themes: ['culture'],
    website: 'https://tuulikello.example.org',
    description: { fi: 'Tuulikello järjestää kulttuuritapahtumia ja työllistää nuoria.' },
  },
  tampere: {
    name: `Tampereen Työpaja ${tag}`,
    legalForm: '6',
    actorTypes: ['association'],
    municipality: '837',
    themes: ['employment'],
    // Only in Swedish: the Finnish page shows it marked as Swedish.
    description: { sv: 'Verkstaden sysselsätter långtidsarbetslösa i Tammerfors.' },
  },
  vaasa: {
    name: `Vaasan Kahvila ${tag}`,
    legalForm: '16',
    actorTypes: ['company'],
    municipality: '905',
    streetAddress: 'Hovioikeudenpuistikko 1',
    postalCode: '65100',
    themes: ['culture', 'food'],
    description: { fi: 'Kahvila, jossa työskentelee osatyökykyisiä.' },
  },
};
const ids: Record<keyof typeof organisations, string> = { helsinki: '', tampere: '', vaasa: '' };

let visitor: Browser;
let coordinator: Browser;

beforeAll(async () => {
  coordinator = await openBrowser();
  await logInAsCoordinator(coordinator.context);
  for (const key of Object.keys(organisations) as (keyof typeof organisations)[]) {
    const res = await api(coordinator.context, 'POST', '/api/v1/organisations', {
      ...organisations[key],
      acknowledgeSimilar: true,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.state).toBe('published');
    ids[key] = res.body.id;
  }
  visitor = await openBrowser();
});

afterAll(async () => {
  await visitor?.close();
  await coordinator?.close();
});

const count = (page: Page, text: string) => page.getByText(text, { exact: true }).waitFor();

// Suomi.fi draws its own box over the input: a reader clicks the label, and so does the test.
const tick = (page: Page, name: string | RegExp) =>
  page.locator('label', { hasText: name }).click();

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('the organisation directory, signed out', () => {
  it('searches by text, filters, keeps it all in the address and goes back', async () => {
    const page = await visitor.context.newPage();
    const problems = watchPageErrors(page);
    await page.goto(`${baseUrl}${pagePath('organisations', 'fi')}`);
    await page.getByRole('heading', { level: 1, name: 'Organisaatiot' }).waitFor();
    expect(await page.title()).toBe('Organisaatiot – Kudos');
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
    // Signed out, there is nothing to propose or import.
    expect(await page.getByRole('link', { name: 'Ehdota uutta organisaatiota' }).count()).toBe(0);

    await page.getByLabel('Hae organisaatioita').fill(tag);
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await count(page, '3 organisaatiota');
    expect(new URL(page.url()).searchParams.get('q')).toBe(tag);
    // The button pressed keeps focus; the count is announced from a status region instead.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hae');
    for (const o of Object.values(organisations)) {
      await page.getByRole('link', { name: o.name }).waitFor();
    }
    // A description only in Swedish is shown, marked as Swedish for screen readers.
    const swedish = page.getByText(organisations.tampere.description.sv);
    expect(await swedish.getAttribute('lang')).toBe('sv');
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);

    // A filter applies at once, and focus stays on the box that was ticked.
    await page.getByRole('button', { name: /^Maakunta/ }).click();
    const uusimaa = page.getByRole('checkbox', { name: 'Uusimaa (1)' });
    await uusimaa.focus();
    await page.keyboard.press('Space');
    await count(page, '1 organisaatio');
    expect(new URL(page.url()).searchParams.get('region')).toBe('01');
    expect(await focusedId(page)).toBe('filter-region-01');
    expect(await page.getByRole('link', { name: organisations.tampere.name }).count()).toBe(0);

    // Other regions stay choosable, counted as if Uusimaa were not chosen.
    await tick(page, 'Pirkanmaa (1)');
    await count(page, '2 organisaatiota');
    const url = new URL(page.url());
    expect(url.search).toContain('region=01,06');
    expect(url.searchParams.get('q')).toBe(tag);
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);

    // Another kind of filter narrows further and sends the page back to 1.
    await page.getByRole('button', { name: /^Teema/ }).click();
    await tick(page, /^Kulttuuri/);
    await count(page, '1 organisaatio');
    expect(new URL(page.url()).searchParams.get('theme')).toBe('culture');

    // The downloads carry the same search.
    const csv = await page.getByRole('link', { name: 'CSV (koneluettava)' }).getAttribute('href');
    expect(csv).toBe(
      `/api/v1/organisations/export?format=csv&lang=fi&q=${tag}&region=01,06&theme=culture`,
    );
    const excel = await page.getByRole('link', { name: 'CSV Exceliin (puolipisteet)' });
    expect(await excel.getAttribute('href')).toBe(
      `/api/v1/organisations/export?format=excel-csv&lang=fi&q=${tag}&region=01,06&theme=culture`,
    );

    await page.goBack();
    await count(page, '2 organisaatiota');
    expect(new URL(page.url()).searchParams.get('theme')).toBeNull();
    await page.goBack();
    await count(page, '1 organisaatio');
    expect(new URL(page.url()).searchParams.get('region')).toBe('01');
    expect(await page.getByRole('checkbox', { name: /^Pirkanmaa/ }).isChecked()).toBe(false);

    // Sorting is part of the address too.
    await page.goto(`${baseUrl}/fi/organisaatiot?q=${tag}&sort=name`);
    await count(page, '3 organisaatiota');
    const names = await page.locator('main h3').allTextContents();
    expect(names).toEqual([
      organisations.helsinki.name,
      organisations.tampere.name,
      organisations.vaasa.name,
    ]);

    // Nothing found: said so, with the way out.
    await page.goto(`${baseUrl}/fi/organisaatiot?q=${tag}&region=21`);
    await page.getByText('Hakuehdoilla ei löytynyt organisaatioita.').waitFor();
    await page.getByRole('link', { name: 'Tyhjennä haku ja rajaukset' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);

    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens an organisation from the results', async () => {
    const page = await visitor.context.newPage();
    const problems = watchPageErrors(page);
    await page.goto(`${baseUrl}/fi/organisaatiot?q=${tag}&region=01`);
    await page.getByRole('link', { name: organisations.helsinki.name }).click();
    await page.getByRole('heading', { level: 1, name: organisations.helsinki.name }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/fi/organisaatiot/${ids.helsinki}`);
    expect(await page.title()).toBe(`${organisations.helsinki.name} – Kudos`);

    const main = page.locator('main');
    await main.getByText('Osuuskunta', { exact: true }).first().waitFor();
    expect(await main.getByRole('link', { name: 'Uusimaa' }).getAttribute('href')).toBe(
      '/fi/alueet/01',
    );
    const website = main.getByRole('link', { name: organisations.helsinki.website });
    expect(await website.getAttribute('rel')).toBe('noopener nofollow');
    // Nothing told about the criteria: one sentence instead of four "not known" boxes.
    await page.getByRole('heading', { name: 'Yhteiskunnallisen yrityksen määritelmät' }).waitFor();
    await main.getByText('Määritelmiä ei voi vielä arvioida', { exact: false }).waitFor();
    expect(
      await page.getByRole('heading', { name: 'EU:n toiminnallinen määritelmä' }).count(),
    ).toBe(0);
    await page.getByRole('link', { name: 'Muutoshistoria' }).waitFor();
    expect(await page.getByRole('link', { name: 'Muokkaa tietoja' }).count()).toBe(0);
    await page
      .getByRole('link', { name: 'Kirjaudu sisään pyytääksesi edustajan oikeuksia' })
      .waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);

    // Back in the directory, the search is as it was.
    await page.goBack();
    await count(page, '1 organisaatio');
    expect(new URL(page.url()).searchParams.get('region')).toBe('01');
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each(['fi', 'sv', 'en'] as const)(
    'shows an organisation page in %s with one h1, its own title and no axe violations',
    async (lang) => {
      const page = await visitor.context.newPage();
      const problems = watchPageErrors(page);
      await page.goto(`${baseUrl}${pagePath('organisation', lang, { id: ids.vaasa })}`);
      await page.getByRole('heading', { level: 1, name: organisations.vaasa.name }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.title()).toBe(`${organisations.vaasa.name} – Kudos`);
      // The address ends with the postal code and the town, named in the page's language.
      const town = lang === 'sv' ? 'Vasa' : 'Vaasa';
      await page
        .locator('main dd', { hasText: `Hovioikeudenpuistikko 1, 65100 ${town}` })
        .waitFor();
      await expectNoAxeViolations(page);
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it('shows the definitions that can be judged, and names the others in one line', async () => {
    const res = await api(coordinator.context, 'POST', '/api/v1/organisations', {
      name: `Työpaja Kiikari ${tag}`,
      legalForm: '16',
      actorTypes: ['company'],
      municipality: '091',
      criteria: { employees: 10, disadvantagedEmployees: 5 },
      acknowledgeSimilar: true,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const page = await visitor.context.newPage();
    await page.goto(`${baseUrl}${pagePath('organisation', 'fi', { id: res.body.id })}`);
    await page
      .getByRole('heading', { level: 3, name: 'Työllistävä yhteiskunnallinen yritys' })
      .waitFor();
    await page.getByText('Täyttää määritelmän', { exact: true }).waitFor();
    await page.getByText(/^Ei tiedossa: .*ESEM-seurannan määritelmä/).waitFor();
    expect(await page.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('answers an unknown organisation with the not-found page', async () => {
    const page = await visitor.context.newPage();
    await page.goto(
      `${baseUrl}${pagePath('organisation', 'fi', { id: '00000000-0000-4000-8000-000000000000' })}`,
    );
    await page.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' }).waitFor();
    await page.goto(`${baseUrl}${pagePath('organisation', 'fi', { id: 'not-an-id' })}`);
    await page.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' }).waitFor();
    await page.close();
  });

  it('lists organisations on the region page with a link to the directory', async () => {
    const page = await visitor.context.newPage();
    await page.goto(`${baseUrl}${pagePath('region', 'fi', { code: '15' })}`);
    await page.getByRole('heading', { level: 2, name: 'Organisaatiot', exact: true }).waitFor();
    await page.getByText(/^Maakunnassa on \d+ julkaistu/).waitFor();
    const all = page.getByRole('link', {
      name: 'Näytä kaikki maakunnan organisaatiot hakemistossa',
    });
    expect(await all.getAttribute('href')).toBe('/fi/organisaatiot?region=15');
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
    await all.click();
    await page.getByRole('checkbox', { name: /^Pohjanmaa/ }).waitFor({ state: 'attached' });
    expect(await page.getByRole('checkbox', { name: /^Pohjanmaa/ }).isChecked()).toBe(true);
    await page.close();
  });
});

/** The "is your organisation missing?" part below the results, in each language. */
const proposeTexts = {
  fi: {
    heading: 'Puuttuuko organisaatiosi?',
    login: 'Kirjaudu sisään ehdottaaksesi organisaatiota',
    register: 'Ei vielä tiliä? Rekisteröidy',
    form: 'Ehdota organisaatiota',
  },
  sv: {
    heading: 'Saknas din organisation?',
    login: 'Logga in för att föreslå en organisation',
    register: 'Inget konto ännu? Registrera dig',
    form: 'Föreslå en organisation',
  },
  en: {
    heading: 'Is your organisation missing?',
    login: 'Log in to propose an organisation',
    register: 'No account yet? Register',
    form: 'Propose an organisation',
  },
} as const;

/** The part below the results of a directory that has organisations. */
async function proposePart(page: Page, lang: keyof typeof proposeTexts) {
  await page.goto(`${baseUrl}${pagePath('organisations', lang)}?q=${tag}`);
  const heading = page.getByRole('heading', { level: 2, name: proposeTexts[lang].heading });
  await heading.waitFor();
  return page.locator('section', { has: heading });
}

describe('proposing an organisation from the directory', () => {
  it('shows a signed-out visitor the way in below the results, never a bare login prompt', async () => {
    const page = await visitor.context.newPage();
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const part = await proposePart(page, lang);
      const texts = proposeTexts[lang];
      // The results come first: the part stands after the list.
      const list = page.getByRole('link', { name: organisations.helsinki.name });
      const listBottom = await list.evaluate((el) => el.getBoundingClientRect().bottom);
      const partTop = await part.evaluate((el) => el.getBoundingClientRect().top);
      expect(partTop).toBeGreaterThan(listBottom);
      // Logging in comes back to the proposal form.
      expect(await part.getByRole('link', { name: texts.login }).getAttribute('href')).toBe(
        `${pagePath('login', lang)}?${new URLSearchParams({ next: pagePath('organisationNew', lang) })}`,
      );
      expect(await part.getByRole('link', { name: texts.register }).getAttribute('href')).toBe(
        pagePath('register', lang),
      );
      expect(await part.getByRole('link', { name: texts.form, exact: true }).count()).toBe(0);
    }
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('gives a signed-in member the form itself', async () => {
    const member = await openBrowser();
    await newPerson(member, `ehdottaja-${tag}@example.org`, 'kevään ensimmäinen leskenlehti');
    const page = await member.context.newPage();
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const part = await proposePart(page, lang);
      const texts = proposeTexts[lang];
      expect(
        await part.getByRole('link', { name: texts.form, exact: true }).getAttribute('href'),
      ).toBe(pagePath('organisationNew', lang));
      expect(await part.getByRole('link', { name: texts.login }).count()).toBe(0);
    }
    await expectNoAxeViolations(page);
    await member.close();
  });
});

describe('the organisation directory, signed in as a coordinator', () => {
  it('offers proposing and importing, and the actions on a profile', async () => {
    const page = await coordinator.context.newPage();
    const problems = watchPageErrors(page);
    await page.goto(`${baseUrl}${pagePath('organisations', 'fi')}`);
    await page.getByRole('link', { name: 'Ehdota uutta organisaatiota' }).waitFor();
    await page.getByRole('link', { name: 'Tuo organisaatioita tiedostosta' }).waitFor();

    await page.goto(`${baseUrl}${pagePath('organisation', 'fi', { id: ids.tampere })}`);
    await page.getByRole('heading', { level: 1, name: organisations.tampere.name }).waitFor();
    expect(await page.getByRole('link', { name: 'Muokkaa tietoja' }).getAttribute('href')).toBe(
      pagePath('organisationEdit', 'fi', { id: ids.tampere }),
    );
    await page.getByRole('link', { name: 'Edustajat' }).waitFor();
    // Already its representative (it was created here), so there is nothing to ask for.
    expect(await page.getByRole('button', { name: 'Pyydä edustajan oikeuksia' }).count()).toBe(0);
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Vahvista, että tiedot ovat ajan tasalla' }).click();
    await page.getByText(/^Kiitos! Tiedot on vahvistettu ajantasaisiksi/).waitFor();
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
    await page.close();
  });
});

/** A verified person with no role in any organisation, made through the API and the e-mailed link. */
async function newPerson(browser: Browser, email: string, password: string) {
  await api(browser.context, 'POST', '/api/v1/auth/register', {
    email,
    password,
    name: 'Elina Edustaja',
  });
  const link = await waitForMailLink(email, 'Vahvista sähköpostiosoitteesi');
  const token = new URL(link).searchParams.get('token');
  const verified = await api(browser.context, 'POST', '/api/v1/auth/verify', { token });
  expect(verified.status).toBe(200);
  await logIn(browser.context, email, password);
}

describe('asking to represent an organisation', () => {
  it('sends the request once and says when one is already waiting', async () => {
    const person = await openBrowser();
    try {
      await newPerson(
        person,
        `edustaja.${Date.now()}@example.org`,
        'kevään ensimmäinen leskenlehti',
      );
      const page = await person.context.newPage();
      const problems = watchPageErrors(page);
      await page.goto(`${baseUrl}${pagePath('organisation', 'fi', { id: ids.helsinki })}`);
      await page.getByRole('heading', { name: 'Edustatko tätä organisaatiota?' }).waitFor();
      expect(await page.getByRole('link', { name: 'Muokkaa tietoja' }).count()).toBe(0);
      await page.getByLabel(/^Viesti moderoijalle/).fill('Olen osuuskunnan puheenjohtaja.');
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Pyydä edustajan oikeuksia' }).click();
      await page.getByText('Pyyntö on lähetetty').waitFor();
      await expectNoAxeViolations(page);

      await page.reload();
      await page.getByRole('button', { name: 'Pyydä edustajan oikeuksia' }).click();
      await page
        .getByText('Sinulla on jo käsittelyä odottava pyyntö tälle organisaatiolle.')
        .waitFor();
      await expectNoAxeViolations(page);
      // The refusal is expected; nothing else may go wrong.
      expect(problems.filter((m) => !m.includes('409'))).toEqual([]);

      // What this person proposes waits for a moderator, and its page says so.
      const proposed = await api(person.context, 'POST', '/api/v1/organisations', {
        name: `Lähiruokapiiri ${tag}`,
        actorTypes: ['association'],
        municipality: '091',
        acknowledgeSimilar: true,
      });
      expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
      expect(proposed.body.state).toBe('pending');
      await page.goto(`${baseUrl}${pagePath('organisation', 'fi', { id: proposed.body.id })}`);
      await page.getByText('Odottaa hyväksyntää').waitFor();
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page);
      await page.close();
    } finally {
      await person.close();
    }
  });
});
