import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type BrowserContext, chromium, type Page, type Response } from 'playwright-core';
import { expect } from 'vitest';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Debian's Chromium, never a downloaded browser. Without the background-networking flags it keeps
// trying to reach the internet, which this machine's closed network refuses.
const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh browser profile per test file. */
export async function openBrowser(
  options: {
    locale?: string;
    viewport?: { width: number; height: number };
    /** false: the pages as the server sends them, before (or without) the app's code. */
    javaScriptEnabled?: boolean;
  } = {},
): Promise<Browser> {
  const profile = await mkdtemp(path.join(tmpdir(), 'kudos-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: flags,
    locale: options.locale ?? 'fi-FI',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  if (options.javaScriptEnabled ?? true) {
    const newPage = context.newPage.bind(context);
    context.newPage = async () => waitForTheApp(await newPage());
  }
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A page that arrives drawn by the server looks finished before the app has taken it over, and a
 * button pressed in between does nothing. The pages' goto and reload wait for the app's mark
 * (app.tsx) after loading, as a reader would wait for the page to respond; `waitUntil: 'commit'`
 * opts out, for tests that look at the page before that.
 */
function waitForTheApp(page: Page): Page {
  const ready = async (response: Response | null) => {
    if (response?.headers()['content-type']?.startsWith('text/html')) {
      await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    }
    return response;
  };
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    return options?.waitUntil === 'commit' ? response : ready(response);
  };
  const reload = page.reload.bind(page);
  page.reload = async (options) => {
    const response = await reload(options);
    return options?.waitUntil === 'commit' ? response : ready(response);
  };
  return page;
}

/** Scans the page with axe for WCAG 2.1 A and AA rules and fails with a readable list. */
export async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * Collects Content-Security-Policy violations, page errors and failed requests (a visitor's pages
 * make none: "who is signed in" answers 200 for nobody too), which must never happen.
 */
export function watchPageErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  return problems;
}
