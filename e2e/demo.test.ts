// The demo registry as an evaluator meets it: `npm run demo:load` on a fresh embedded database,
// the server started on it, every page saying it is demo data, and `npm run demo:unload`. This
// file runs its own server and data folder: the other browser tests never see demo data.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagePath } from '../common/routes.js';
import { runTool } from '../server/test/cli.js';
import { type Started, startServer } from '../server/test/process.js';
import { type Browser, expectNoAxeViolations, openBrowser, watchPageErrors } from './browser.js';

const label = { fi: 'Esittelyaineisto', sv: 'Demodata', en: 'Demo data' } as const;
const phone = { width: 390, height: 844 };

let dataDir: string;
let server: Started | undefined;
let browser: Browser;
let phoneBrowser: Browser;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'kudos-e2e-demo-'));
  const loaded = await runTool('server/demo-cli.ts', ['load'], { DATA_DIR: dataDir });
  expect(loaded.code, loaded.stderr).toBe(0);
  expect(loaded.stdout).toContain('300 organisations');
  expect(loaded.stdout).toContain('60 projects');
  server = await startServer({ DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
  browser = await openBrowser();
  phoneBrowser = await openBrowser({ viewport: phone });
});
afterAll(async () => {
  await browser?.close();
  await phoneBrowser?.close();
  if (server) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  await rm(dataDir, { recursive: true, force: true });
});

describe('demo data', () => {
  it.each(['fi', 'sv', 'en'] as const)('is announced on every page in %s', async (lang) => {
    const page = await browser.context.newPage();
    const problems = watchPageErrors(page);
    for (const id of ['home', 'organisations', 'regions'] as const) {
      await page.goto(`${server?.url}${pagePath(id, lang)}`);
      const notice = page.getByRole('complementary', { name: label[lang] });
      await notice.getByText('npm run demo:unload').waitFor();
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page);
    }
    // The directory is full of them; each one's own page says it is made up.
    await page.goto(`${server?.url}${pagePath('organisations', lang)}`);
    await page.locator('main h2 a, main h3 a').first().click();
    await page
      .getByText(
        {
          fi: 'Kuvitteellinen organisaatio',
          sv: 'Påhittad organisation',
          en: 'A made-up organisation',
        }[lang],
      )
      .waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps the notice small on a 390 px phone', async () => {
    const page = await phoneBrowser.context.newPage();
    await page.goto(`${server?.url}${pagePath('home', 'fi')}`);
    const notice = page.getByRole('complementary', { name: label.fi });
    await notice.getByText('npm run demo:unload').waitFor();
    const box = await notice.boundingBox();
    expect(box?.height ?? Number.POSITIVE_INFINITY).toBeLessThan(phone.height / 5);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(phone.width);
    await page.close();
  });

  it('is removed with one command', async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    server = undefined;
    const unloaded = await runTool('server/demo-cli.ts', ['unload'], { DATA_DIR: dataDir });
    expect(unloaded.code, unloaded.stderr).toBe(0);
    expect(unloaded.stdout).toMatch(/demo data removed: .*300 organisations/);
    expect(unloaded.stdout).toContain('60 projects');
  });
});
