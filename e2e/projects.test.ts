import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Lang } from '../common/languages.js';
import { csrfHeader } from '../common/limits.js';
import { pagePath } from '../common/routes.js';
import { type Browser, expectNoAxeViolations, openBrowser, watchPageErrors } from './browser.js';
import { waitForMailLink } from './mail.js';
import { api, logIn, logInAsCoordinator } from './session.js';

const baseUrl = inject('baseUrl');
const stamp = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;

let coordinator: Browser;
let reader: Browser;
const ids = { lead: '', partner: '', project: '' };
const title = `Polkuhanke ${stamp}`;

async function createOrganisation(name: string) {
  const res = await api(coordinator.context, 'POST', '/api/v1/organisations', {
    name,
    actorTypes: ['social_economy_actor'],
    municipality: '837',
    acknowledgeSimilar: true,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return (res.body as { id: string }).id;
}

beforeAll(async () => {
  coordinator = await openBrowser();
  reader = await openBrowser();
  await logInAsCoordinator(coordinator.context);
  ids.lead = await createOrganisation(`Polun vetäjä ry ${stamp}`);
  ids.partner = await createOrganisation(`Polun kumppani osuuskunta ${stamp}`);
  const res = await api(coordinator.context, 'POST', '/api/v1/projects', {
    title: { fi: title, sv: `Stigprojekt ${stamp}`, en: `Path project ${stamp}` },
    description: { fi: 'Kehittää työllistymisen polkuja osatyökykyisille.' },
    status: 'running',
    startDate: '2025-02-01',
    endDate: '2099-12-31',
    fundingProgramme: 'esf_plus',
    budget: 480000,
    regions: ['06'],
    partners: [
      { organisationId: ids.lead, role: 'lead' },
      { organisationId: ids.partner, role: 'co_implementer' },
    ],
    goals: [5, 4],
    eura: { code: `S3${stamp.slice(-5)}` },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  ids.project = (res.body as { id: string }).id;
});
afterAll(async () => {
  await coordinator?.close();
  await reader?.close();
});

const headings: Record<Lang, { list: string; title: string; partners: string }> = {
  fi: { list: 'Hankkeet', title, partners: 'Toteuttajat ja rahoittajat' },
  sv: { list: 'Projekt', title: `Stigprojekt ${stamp}`, partners: 'Genomförare och finansiärer' },
  en: { list: 'Projects', title: `Path project ${stamp}`, partners: 'Partners and funders' },
};

describe('projects for readers', () => {
  it.each(['fi', 'sv', 'en'] as const)(
    'the list finds the project by words of its title, and its page shows the partners (%s)',
    async (lang) => {
      const page = await reader.context.newPage();
      const problems = watchPageErrors(page);
      await page.goto(`${baseUrl}${pagePath('projects', lang)}`);
      await page.getByRole('heading', { level: 1, name: headings[lang].list }).waitFor();
      await expectNoAxeViolations(page);

      // Search by words of the title with the filter form, by keyboard.
      const search = page.getByRole('textbox').first();
      await search.fill(stamp);
      await search.press('Enter');
      await page.waitForURL(/[?&]q=/);
      const link = page.getByRole('link', { name: headings[lang].title });
      await link.waitFor();
      // The search as a file for Excel, in the reader's language, with this search's one project.
      const xlsx = page.getByRole('link', { name: 'Excel (XLSX)' });
      // The links follow the search once the page has taken the new address.
      await expect.poll(() => xlsx.getAttribute('href')).toContain(`format=xlsx&lang=${lang}&q=`);
      const href = (await xlsx.getAttribute('href')) ?? '';
      const file = await reader.context.request.get(
        `${baseUrl}${href.replace('format=xlsx', 'format=json')}`,
      );
      expect(file.status()).toBe(200);
      expect(((await file.json()) as { items: unknown[] }).items).toHaveLength(1);
      await link.click();
      await page.getByRole('heading', { level: 1, name: headings[lang].title }).waitFor();
      await page.getByRole('heading', { level: 2, name: headings[lang].partners }).waitFor();
      await page.getByRole('link', { name: `Polun kumppani osuuskunta ${stamp}` }).waitFor();
      await expectNoAxeViolations(page);
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it('a partner’s page lists the project, and the project page links back to it', async () => {
    const page = await reader.context.newPage();
    await page.goto(`${baseUrl}${pagePath('organisation', 'fi', { id: ids.partner })}`);
    await page.getByRole('heading', { level: 2, name: 'Hankkeet' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Käynnissä ja tulossa' }).waitFor();
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('link', { name: `Polun vetäjä ry ${stamp}` }).click();
    await page.getByRole('heading', { level: 1, name: `Polun vetäjä ry ${stamp}` }).waitFor();
    await page.close();
  });

  it('the server draws a project page with its title and schema.org Project, and 404 for none', async () => {
    const res = await fetch(`${baseUrl}${pagePath('project', 'en', { id: ids.project })}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`<title>Path project ${stamp} – Kudos</title>`);
    const jsonLd = html.match(/<script type="application\/ld\+json">(.*?)<\/script>/)?.[1];
    expect(JSON.parse(jsonLd ?? '{}')).toMatchObject({
      '@type': 'Project',
      name: `Path project ${stamp}`,
      member: expect.arrayContaining([
        expect.objectContaining({ name: `Polun vetäjä ry ${stamp}` }),
      ]),
    });
    const missing = await fetch(
      `${baseUrl}${pagePath('project', 'fi', { id: '00000000-0000-4000-8000-000000000000' })}`,
    );
    expect(missing.status).toBe(404);
  });
});

describe('a representative proposes a project with the form', () => {
  let member: Browser;
  const password = 'hankkeen syksyinen ilta';
  const email = `hankevetaja.${stamp}@example.org`;
  const projectTitle = `Lomakehanke ${stamp}`;
  let memberOrg = '';

  beforeAll(async () => {
    member = await openBrowser();
    const res = await member.context.request.post(`${baseUrl}/api/v1/auth/register`, {
      headers: { [csrfHeader]: '1', origin: baseUrl },
      data: { email, password, name: 'Heli Hankevetäjä', lang: 'fi' },
    });
    expect(res.status(), await res.text()).toBe(202);
    const page = await member.context.newPage();
    await page.goto(await waitForMailLink(email, 'Vahvista'));
    await page.getByText('Sähköpostiosoitteesi on vahvistettu').first().waitFor();
    await page.close();
    await logIn(member.context, email, password);
    // The member's own organisation, approved by the coordinator.
    const org = await api(member.context, 'POST', '/api/v1/organisations', {
      name: `Lomakkeen vetäjä ry ${stamp}`,
      actorTypes: ['social_economy_actor'],
      municipality: '091',
      acknowledgeSimilar: true,
    });
    expect(org.status).toBe(201);
    memberOrg = (org.body as { id: string }).id;
    const list = await api(coordinator.context, 'GET', '/api/v1/moderation/requests');
    const request = (
      list.body as { items: { id: string; organisation: { id: string } }[] }
    ).items.find((r) => r.organisation.id === memberOrg);
    const approved = await api(
      coordinator.context,
      'POST',
      `/api/v1/moderation/requests/${request?.id}`,
      {
        decision: 'approve',
      },
    );
    expect(approved.status).toBe(200);
  });
  afterAll(() => member?.close());

  const textbox = (page: Page, name: string | RegExp) => page.getByRole('textbox', { name });

  it('fills the form, adds a partner by searching, fixes what is missing and sends', async () => {
    const page = await member.context.newPage();
    const problems = watchPageErrors(page);
    await page.goto(`${baseUrl}${pagePath('projects', 'fi')}`);
    await page.getByRole('link', { name: 'Ehdota uutta hanketta' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ehdota hanketta' }).waitFor();
    // The member's organisation is the lead already.
    await page.getByText(`Lomakkeen vetäjä ry ${stamp}`).first().waitFor();
    await expectNoAxeViolations(page);

    // Sent empty: the summary takes focus and names the title and the regions.
    await page.getByRole('button', { name: 'Lähetä hanke' }).click();
    const summary = page.getByRole('heading', { name: /korjattav/ });
    await summary.waitFor();
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('link', { name: /^Nimi suomeksi:/ }).waitFor();
    await page.getByRole('link', { name: /^Maakunnat:/ }).waitFor();

    await textbox(page, /^Nimi suomeksi/).fill(projectTitle);
    await textbox(page, /^Alkamispäivä/).fill('1.3.2026');
    await textbox(page, /^Päättymispäivä/).fill('28.2.2028');
    // By keyboard: the boxes are drawn by their labels, which take the pointer's clicks.
    await page.getByRole('checkbox', { name: 'Uusimaa' }).focus();
    await page.keyboard.press('Space');
    await textbox(page, /^Hae organisaatiota/).fill(`Polun kumppani osuuskunta ${stamp}`);
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await page.getByRole('button', { name: `Lisää Polun kumppani osuuskunta ${stamp}` }).click();
    await page.getByRole('button', { name: 'Lähetä hanke' }).click();
    await page.getByText('Hanke-ehdotus lähetetty').waitFor();
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a coordinator approves it on the moderation page; the partner’s page lists it; the lead edits it', async () => {
    const moderation = await coordinator.context.newPage();
    await moderation.goto(`${baseUrl}${pagePath('moderation', 'fi')}`);
    await moderation.getByRole('heading', { level: 2, name: 'Hanke-ehdotukset' }).waitFor();
    await moderation.getByRole('heading', { level: 3, name: projectTitle }).waitFor();
    await expectNoAxeViolations(moderation);
    await moderation.getByRole('button', { name: `Hyväksy: ${projectTitle}` }).click();
    await moderation.getByText(`Hanke ${projectTitle} on julkaistu.`).waitFor();
    await moderation.close();
    const published = await api(
      reader.context,
      'GET',
      `/api/v1/projects?q=${encodeURIComponent(projectTitle)}`,
    );
    const request = { project: (published.body as { items: { id: string }[] }).items[0] };
    expect(request.project).toBeDefined();

    const page = await member.context.newPage();
    await page.goto(`${baseUrl}${pagePath('organisation', 'fi', { id: ids.partner })}`);
    await page.getByRole('link', { name: projectTitle }).click();
    await page.getByRole('heading', { level: 1, name: projectTitle }).waitFor();
    await page.getByRole('link', { name: 'Muokkaa hanketta' }).click();
    await page.getByRole('heading', { level: 1, name: 'Muokkaa hanketta' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('radio', { name: 'Käynnissä' }).focus();
    await page.keyboard.press('Space');
    // Saving refetches the project; the form and its message stay.
    const refetched = page.waitForResponse(
      (r) =>
        r.request().method() === 'GET' &&
        /^\/api\/v1\/projects\/[0-9a-f-]{36}$/.test(new URL(r.url()).pathname),
    );
    await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
    await refetched;
    await page.getByText('Muutokset tallennettu.').waitFor();
    const after = await api(member.context, 'GET', `/api/v1/projects/${request.project?.id}`);
    expect(after.body).toMatchObject({ status: 'running', version: 2 });

    // The logo goes on its own, beside the form; the project page shows it.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
      'base64',
    );
    await page
      .locator('#logo-file')
      .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('button', { name: 'Tallenna logo' }).click();
    await page.getByText('Logo on tallennettu.').waitFor();
    await expectNoAxeViolations(page);
    await page.goto(`${baseUrl}${pagePath('project', 'fi', { id: request.project?.id ?? '' })}`);
    await page.getByRole('img', { name: `Hankkeen ${projectTitle} logo` }).waitFor();

    // Every partner's page lists it: the lead's too.
    await page.goto(`${baseUrl}${pagePath('organisation', 'fi', { id: memberOrg })}`);
    await page.getByRole('link', { name: projectTitle }).waitFor();
    // The region's page counts it among the running projects and leads to them.
    await page.goto(`${baseUrl}${pagePath('region', 'fi', { code: '01' })}`);
    await page.getByRole('link', { name: /^Käynnissä: \d+ hanke/ }).click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'running');
    expect(new URL(page.url()).searchParams.get('region')).toBe('01');
    const search = page.getByRole('textbox').first();
    await search.fill(stamp);
    await search.press('Enter');
    await page.getByRole('link', { name: projectTitle }).waitFor();
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('a coordinator reads the history and puts the first version back', async () => {
    const found = await api(
      reader.context,
      'GET',
      `/api/v1/projects?q=${encodeURIComponent(projectTitle)}`,
    );
    const id = (found.body as { items: { id: string }[] }).items[0]?.id ?? '';
    const page = await coordinator.context.newPage();
    await page.goto(`${baseUrl}${pagePath('project', 'fi', { id })}`);
    await page.getByRole('link', { name: 'Muutoshistoria' }).click();
    await page.getByRole('heading', { level: 2, name: 'Versio 2: muokattu' }).waitFor();
    await page.getByRole('cell', { name: 'Käynnissä' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Palauta versio 1' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Palautus tallennetaan uutena versiona').waitFor();
    await dialog.getByRole('button', { name: 'Palauta versio 1' }).click();
    await page.getByText(/Versio 1 on palautettu/).waitFor();
    const after = await api(reader.context, 'GET', `/api/v1/projects/${id}`);
    expect(after.body).toMatchObject({ status: 'planned', version: 3 });
    await page.close();
  });
});
