import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { helsinkiDate } from '../server/export/dates.js';
import { type Browser, expectNoAxeViolations, openBrowser, watchPageErrors } from './browser.js';
import { api, logInAsCoordinator } from './session.js';

/**
 * A coordinator's round in the browser: a new round of the barometer targeted with a directory
 * address, invitations, the response rate and who has answered, the representative's own list
 * and answering without the link, closing the round; and a version edited as JSON with its
 * checks, preview and diff. Every page passes axe.
 */

const baseUrl = inject('baseUrl');
const stamp = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
const roundName = `Kierros ${stamp}`;
const orgName = `Kierrososuuskunta ${stamp}`;

let coordinator: Browser;
let orgId: string;

const finnish = (daysFromNow: number) => {
  const [y, m, d] = helsinkiDate(new Date(Date.now() + daysFromNow * 86_400_000)).split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
};

beforeAll(async () => {
  coordinator = await openBrowser();
  await logInAsCoordinator(coordinator.context);
  // The coordinator creates the organisation and so represents it.
  const org = await api(coordinator.context, 'POST', '/api/v1/organisations', {
    name: orgName,
    actorTypes: ['social_economy_actor'],
    legalForm: '14',
    municipality: '091',
    acknowledgeSimilar: true,
  });
  expect(org.status, JSON.stringify(org.body)).toBe(201);
  orgId = (org.body as { id: string }).id;
});
afterAll(async () => {
  await coordinator?.close();
});

describe('a coordinator’s round', () => {
  it('is made from the barometer with a directory address, invites, follows the rate and closes', async () => {
    const page = await coordinator.context.newPage();
    const errors = watchPageErrors(page);
    await page.goto(`${baseUrl}/fi/yllapito/kyselyt`);
    await page.getByRole('heading', { level: 1, name: 'Kyselyt' }).waitFor();
    await page.getByRole('link', { name: 'Versio 1', exact: true }).first().waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Uusi kierros', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Uusi kierros' }).waitFor();
    await page.getByRole('textbox', { name: 'Kierroksen nimi suomeksi' }).fill(roundName);
    await page.getByRole('textbox', { name: 'Ensimmäinen vastauspäivä' }).fill(finnish(0));
    await page.getByRole('textbox', { name: 'Viimeinen vastauspäivä' }).fill('31.2.2027');
    await page
      .getByRole('textbox', { name: /Kohdejoukko/ })
      .fill(`${baseUrl}/fi/organisaatiot?q=${stamp}&sort=name`);
    await page.getByRole('button', { name: 'Luo kierros' }).click();
    // A date that does not exist is named in the summary, which takes focus.
    const summary = page.getByRole('link', { name: /Viimeinen vastauspäivä/ });
    await summary.waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('textbox', { name: 'Viimeinen vastauspäivä' }).fill(finnish(30));
    await page.getByRole('button', { name: 'Luo kierros' }).click();

    await page.getByRole('heading', { level: 1, name: roundName }).waitFor();
    await page.getByRole('link', { name: 'Hakemisto löytää nyt 1 organisaation' }).waitFor();
    await page.getByText('Ketään ei ole vielä kutsuttu.').waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Lähetä kutsut' }).click();
    await page.getByText(/Kutsuttiin 1 organisaatio/).waitFor();
    await page.getByText(/0 \/ 1 kutsutusta organisaatiosta/).waitFor();
    const row = page.getByRole('row', { name: new RegExp(orgName) });
    await expect.poll(() => row.textContent()).toContain('Ei aloitettu');
    await expectNoAxeViolations(page);

    // The representative's own list: answering without the e-mailed link.
    const mine = await coordinator.context.newPage();
    await mine.goto(`${baseUrl}/fi/oma-tili/kyselyt`);
    await mine.getByRole('heading', { level: 2, name: `${roundName} – ${orgName}` }).waitFor();
    await expectNoAxeViolations(mine);
    await mine.getByRole('link', { name: 'Vastaa kyselyyn' }).first().click();
    const businessId = mine.getByRole('textbox', { name: 'Y-tunnus' });
    await businessId.waitFor();
    await businessId.fill('2617416-4');
    // SurveyJS takes a text answer when the field is left.
    await businessId.press('Tab');
    await mine.getByText('Vastaukset tallennettu.').waitFor();
    await mine.close();

    await page.reload();
    await page.getByText(/0 \/ 1 kutsutusta organisaatiosta.*aloitettu 1/).waitFor();
    await expect.poll(() => row.textContent()).toContain('Kesken');

    // Reading the organisation's answers: the reason first, for the audit log.
    await row.getByRole('button', { name: `Näytä organisaation ${orgName} vastaukset` }).click();
    const why = page.getByRole('dialog', { name: /Miksi avaat organisaation/ });
    await why.getByRole('button', { name: 'Näytä vastaukset' }).click();
    await why.getByText('Kirjoita syy, vähintään 5 merkkiä.').waitFor();
    await why.getByRole('textbox', { name: 'Syy' }).fill('Vastauksen tarkistus');
    await expectNoAxeViolations(page);
    await why.getByRole('button', { name: 'Näytä vastaukset' }).click();
    await page.getByRole('heading', { name: `Organisaation ${orgName} vastaukset` }).waitFor();
    const shown = page.getByRole('textbox', { name: 'Y-tunnus' });
    await expect.poll(() => shown.inputValue()).toBe('2617416-4');
    await expectNoAxeViolations(page);

    // The representative submits (through the API here); the round counts its classification.
    const roundId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    const access = { roundId, organisationId: orgId };
    const opened = await api(coordinator.context, 'POST', '/api/v1/surveys/answer/open', access);
    const saved = await api(coordinator.context, 'PUT', '/api/v1/surveys/answer', {
      ...access,
      lang: 'fi',
      version: (opened.body as { response: { version: number } }).response.version,
      answers: {
        business_id: '2617416-4',
        legal_family: 'cooperative',
        employees_headcount: 2,
        social_aim_in_statutes: true,
      },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const submitted = await api(coordinator.context, 'POST', '/api/v1/surveys/answer/submit', {
      ...access,
      lang: 'fi',
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    await page.reload();
    const classes = page.getByRole('table', { name: /Yhteiskunnallisen yrityksen määritelmät/ });
    await classes.waitFor();
    await expect
      .poll(() => classes.getByRole('row', { name: /WEF/ }).textContent())
      .toMatch(/WEF:n ja Schwab-säätiön määritelmä.*–/);
    await page.getByRole('cell', { name: /yhteiskunnallinen osuuskunta \(SCOOP\)/ }).waitFor();
    await page.getByRole('button', { name: 'Laske uudelleen nykyisillä säännöillä' }).click();
    await page.getByText('Laskettu uudelleen: 0 uutta tulosta, 0 muuttunutta.').waitFor();
    await expectNoAxeViolations(page);

    // Changing the round: reminders every week from now on.
    await page.getByRole('textbox', { name: /Muistutusväli/ }).fill('7');
    await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
    await page.getByText('Tallennettu.').waitFor();
    await page.getByText('Enintään 7 päivän välein').waitFor();

    await page.getByRole('button', { name: 'Sulje kierros' }).click();
    const dialog = page.getByRole('dialog', { name: 'Suljetaanko kierros nyt?' });
    await dialog.waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Sulje kierros' }).click();
    await page.getByText('Kierros on suljettu.', { exact: true }).waitFor();
    await page.getByRole('definition').filter({ hasText: 'Suljettu' }).waitFor();
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  it('is listed in Swedish and English too', async () => {
    const page = await coordinator.context.newPage();
    await page.goto(`${baseUrl}/sv/administration/enkater`);
    await page.getByRole('link', { name: roundName }).waitFor();
    await expectNoAxeViolations(page);
    await page.goto(`${baseUrl}/en/admin/surveys`);
    await page.getByRole('link', { name: roundName }).click();
    await page.getByRole('heading', { level: 1, name: roundName }).waitFor();
    await expectNoAxeViolations(page);
  });
});

describe('a survey version', () => {
  it('is copied, edited as JSON with its checks and preview, saved, and compared', async () => {
    const page = await coordinator.context.newPage();
    const errors = watchPageErrors(page);
    await page.goto(`${baseUrl}/fi/yllapito/kyselyt`);
    await page.getByRole('button', { name: 'Kopioi versio 1 uudeksi versioksi' }).click();
    await page.getByRole('heading', { level: 1, name: /Kyselyn versio \d+/ }).waitFor();
    const editor = page.getByRole('textbox', { name: 'Kyselyn määrittely (JSON)' });
    await page.getByText(/Ei ongelmia\. \d+ kysymystä on sidottu/).waitFor();
    // The preview in Swedish.
    await page.getByRole('radio', { name: 'svenska' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('textbox', { name: 'FO-nummer' }).waitFor();
    await expectNoAxeViolations(page);

    const definition = JSON.parse(await editor.inputValue());
    const first = definition.pages[0].elements[0];
    first.indicator = 'no_such_indicator';
    await editor.fill(JSON.stringify(definition, null, 2));
    await page.getByText('Määrittelyssä on 1 ongelma:').waitFor();
    await page
      .getByText(/pages\.0\.elements\.0\.indicator.*tuntematon indikaattorikoodi/)
      .waitFor();
    await editor.fill('{ "pages": [');
    await page.getByText(/Teksti ei ole kelvollista JSONia/).waitFor();

    delete first.indicator;
    first.title.fi = `Muutettu ${stamp}`;
    await editor.fill(JSON.stringify(definition, null, 2));
    await page.getByText(/Ei ongelmia/).waitFor();
    await page.getByRole('button', { name: 'Tallenna versio' }).click();
    await page.getByText('Tallennettu.').waitFor();
    await page.getByText(`Muutettu ${stamp}`).first().waitFor();
    await page.getByRole('heading', { level: 2, name: 'Muutokset' }).waitFor();
    await expectNoAxeViolations(page);
    // The editor in Swedish and English, its preview in the page's language.
    const [, id, number] =
      new URL(page.url()).pathname.match(/kyselyt\/([^/]+)\/versiot\/(\d+)/) ?? [];
    for (const [path, label] of [
      [`/sv/administration/enkater/${id}/versioner/${number}`, 'FO-nummer'],
      [`/en/admin/surveys/${id}/versions/${number}`, 'Business ID'],
    ] as const) {
      await page.goto(`${baseUrl}${path}`);
      // Drawn by the server, then checked by the browser: the check and the changes are there.
      await page.getByText(/^(Inga problem|No problems)\. 44 /).waitFor();
      await page.locator('main li code', { hasText: /^indicator$/ }).waitFor();
      await page.getByRole('textbox', { name: label }).waitFor();
      await expectNoAxeViolations(page);
    }
    expect(errors).toEqual([]);
    // A long journey (26 s alone on the CI machine), with four axe scans: room for a busy machine.
  }, 150_000);
});

describe('a public round', () => {
  it('is made by a coordinator and answered anonymously by keyboard in any language', async () => {
    const text = (fi: string) => ({ fi, sv: `${fi} (sv)`, en: `${fi} (en)` });
    const survey = await api(coordinator.context, 'POST', '/api/v1/surveys', {
      name: text(`Palaute ${stamp}`),
      definition: {
        pages: [
          {
            name: 'feedback',
            elements: [
              {
                type: 'rating',
                name: 'overall',
                title: text('Kuinka hyödyllinen tilaisuus oli?'),
                isRequired: true,
                rateMin: 1,
                rateMax: 5,
              },
              { type: 'comment', name: 'comments', title: text('Terveiset järjestäjille') },
            ],
          },
        ],
      },
    });
    expect(survey.status, JSON.stringify(survey.body)).toBe(201);

    const page = await coordinator.context.newPage();
    await page.goto(`${baseUrl}/fi/yllapito/kyselyt`);
    await page.getByRole('link', { name: `Uusi kierros kyselystä Palaute ${stamp}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Uusi kierros' }).waitFor();
    await page.getByText(`Palaute ${stamp}, versio 1`).first().waitFor();
    await page.getByRole('radio', { name: /Kuka tahansa osoitteen saanut/ }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('textbox', { name: 'Kierroksen nimi suomeksi' }).fill(`Palaute ${stamp}`);
    await page.getByRole('textbox', { name: 'Ensimmäinen vastauspäivä' }).fill(finnish(0));
    await page.getByRole('textbox', { name: 'Viimeinen vastauspäivä' }).fill(finnish(7));
    expect(await page.getByRole('textbox', { name: /Kohdejoukko/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Luo kierros' }).click();
    await page.getByRole('heading', { level: 1, name: `Palaute ${stamp}` }).waitFor();
    const address = await page.getByRole('link', { name: /\/fi\/kyselyt\// }).textContent();
    expect(await page.getByRole('button', { name: 'Lähetä kutsut' }).count()).toBe(0);
    await expectNoAxeViolations(page);
    // The address to a pasted list: duplicates and what is no address are reported.
    const list = page.getByRole('textbox', { name: 'Sähköpostiosoitteet' });
    await list.fill(
      `eka.${stamp}@example.fi, toka.${stamp}@example.fi\neka.${stamp}@example.fi\nei-osoite`,
    );
    await page.getByRole('radio', { name: 'svenska' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Lähetä', exact: true }).click();
    await page.getByText('Lähetettiin 2 viestiä. Aiemmin lähetetty: 0.').waitFor();
    await page
      .getByText(`Listalla useammin kuin kerran (lähetettiin kerran): eka.${stamp}@example.fi.`)
      .waitFor();
    await page.getByText('rivi 3: ei-osoite').waitFor();
    expect(await list.inputValue()).toBe('ei-osoite');
    await expectNoAxeViolations(page);

    const visitor = await openBrowser();
    try {
      const answer = await visitor.context.newPage();
      const errors = watchPageErrors(answer);
      await answer.goto(address ?? '');
      await answer.getByText(/Vastaat nimettömästi/).waitFor();
      const four = answer.getByRole('radio', { name: '4' });
      await four.waitFor();
      await expectNoAxeViolations(answer);
      await four.focus();
      await answer.keyboard.press('Space');
      await answer.getByRole('textbox', { name: 'Terveiset järjestäjille' }).focus();
      await answer.keyboard.type('<b>Kiitos</b> päivästä');
      await answer.keyboard.press('Tab');
      await answer.getByText('Vastaukset tallennettu.').waitFor();
      const complete = answer.getByRole('button', { name: 'Valmis' });
      await complete.focus();
      await answer.keyboard.press('Enter');
      await answer.getByText('Kiitos! Vastauksesi on lähetetty.').waitFor();
      await expectNoAxeViolations(answer);
      // The same browser in Swedish: its answers are already in.
      await answer.goto((address ?? '').replace('/fi/kyselyt/', '/sv/enkater/'));
      await answer.getByText('Tack! Dina svar har skickats.').waitFor();
      await expectNoAxeViolations(answer);
      expect(errors).toEqual([]);
    } finally {
      await visitor.close();
    }
    await page.reload();
    await page.getByText(/Vastaamisen on aloittanut 1, ja 1 on lähettänyt/).waitFor();
    // The results: the rating's choices counted, the written answer as text, the file to download.
    await page.getByRole('heading', { level: 2, name: 'Tulokset' }).waitFor();
    const rating = page.getByRole('table', {
      name: 'Vastausten jakauma: Kuinka hyödyllinen tilaisuus oli?',
    });
    await expect(rating.getByRole('row').nth(4).textContent()).resolves.toBe('41100\u00a0%');
    await page.getByText('<b>Kiitos</b> päivästä', { exact: true }).waitFor();
    expect(await page.locator('main b').count()).toBe(0);
    await expect(
      page.getByRole('link', { name: 'Excel (XLSX)' }).getAttribute('href'),
    ).resolves.toContain('/results/export?format=xlsx&lang=fi');
    await expectNoAxeViolations(page);
    await page.goto(
      page.url().replace('/fi/yllapito/kyselykierrokset/', '/en/admin/survey-rounds/'),
    );
    await page.getByRole('heading', { level: 2, name: 'Results' }).waitFor();
    await page.getByText('1 submitted response.').waitFor();
    await expectNoAxeViolations(page);
  });
});
