import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { csrfHeader } from '../common/limits.js';
import { type Browser, expectNoAxeViolations, openBrowser, watchPageErrors } from './browser.js';
import { waitForMailLink } from './mail.js';
import { api, logIn, logInAsCoordinator } from './session.js';

const baseUrl = inject('baseUrl');
const tag = `etusivutesti${Date.now()}`;

let visitor: Browser;
beforeAll(async () => {
  const coordinator = await openBrowser();
  await logInAsCoordinator(coordinator.context);
  const res = await api(coordinator.context, 'POST', '/api/v1/organisations', {
    name: `Etusivun Osuuskunta ${tag}`,
    legalForm: '14',
    actorTypes: ['social_economy_actor'],
    municipality: '837',
    acknowledgeSimilar: true,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  await coordinator.close();
  visitor = await openBrowser();
});
afterAll(() => visitor?.close());

describe('the front page', () => {
  it('shows the registry as it is, the latest additions and how to propose', async () => {
    const page = await visitor.context.newPage();
    const problems = watchPageErrors(page);
    await page.goto(`${baseUrl}/fi`);
    const main = page.locator('main');
    // Live figures from the registry, and the organisation just added among the latest.
    await main.getByText(/^\d[\d\s]* organisaatio(ta)? \d+ maakunnassa$/).waitFor();
    await main.getByRole('heading', { name: 'Viimeksi lisätyt' }).waitFor();
    await main.getByRole('link', { name: `Etusivun Osuuskunta ${tag}` }).waitFor();
    // A visitor is shown the way in, and comes back to the proposal form after logging in.
    const login = main.getByRole('link', { name: 'Kirjaudu sisään ehdottaaksesi organisaatiota' });
    expect(await login.getAttribute('href')).toBe(
      `/fi/kirjaudu?${new URLSearchParams({ next: '/fi/organisaatiot/uusi' })}`,
    );
    await main.getByRole('link', { name: 'Ei vielä tiliä? Rekisteröidy' }).waitFor();
    // Built areas are links; the main menu has the same areas.
    await main.getByRole('link', { name: 'Organisaatiot' }).first().waitFor();
    const menu = page.getByRole('navigation', { name: 'Päävalikko' });
    await menu.getByRole('link', { name: 'Organisaatiot' }).waitFor();
    await menu.getByRole('link', { name: 'Maakunnat' }).waitFor();
    // Every built module, from app/modules.ts: networks are one of them.
    await main.getByRole('link', { name: 'Verkostot' }).first().waitFor();
    await menu.getByRole('link', { name: 'Verkostot' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('searches straight into the directory', async () => {
    const page = await visitor.context.newPage();
    await page.goto(`${baseUrl}/sv`);
    await page.getByRole('textbox', { name: 'Sök i katalogen' }).fill(`Etusivun ${tag}`);
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/sv/organisationer');
    expect(new URL(page.url()).searchParams.get('q')).toBe(`Etusivun ${tag}`);
    await page.getByRole('link', { name: `Etusivun Osuuskunta ${tag}` }).waitFor();
    await page.close();
  });

  it("lists a member's own organisations on the account page", async () => {
    const member = await openBrowser();
    const page = await member.context.newPage();
    const email = `oma-${tag}@example.org`;
    const password = 'syksyn lehdet putoavat hiljaa';
    const baseRequest = { headers: { [csrfHeader]: '1', origin: baseUrl } };
    const registered = await member.context.request.post(`${baseUrl}/api/v1/auth/register`, {
      ...baseRequest,
      data: { name: 'Oma Jäsen', email, password, lang: 'fi' },
    });
    expect(registered.status(), await registered.text()).toBeLessThan(300);
    await page.goto(await waitForMailLink(email, 'Vahvista'));
    await page.getByText('Sähköpostiosoitteesi on vahvistettu').first().waitFor();
    await logIn(member.context, email, password);
    const proposal = await api(member.context, 'POST', '/api/v1/organisations', {
      name: `Oma Ehdotus ${tag}`,
      legalForm: '14',
      actorTypes: ['social_economy_actor'],
      municipality: '091',
      acknowledgeSimilar: true,
    });
    expect(proposal.status, JSON.stringify(proposal.body)).toBe(201);

    await page.goto(`${baseUrl}/fi/oma-tili`);
    const section = page.locator('section', {
      has: page.getByRole('heading', { name: 'Omat organisaatiot' }),
    });
    await section.getByRole('link', { name: `Oma Ehdotus ${tag}` }).waitFor();
    expect(await section.textContent()).toContain('omistaja, odottaa hyväksyntää');
    await expectNoAxeViolations(page);
    await member.close();
  });
});
