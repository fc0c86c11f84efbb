// `npm run bench:web`: Lighthouse 12.2.3 (pinned: it runs on Node 20) with Debian's Chromium,
// mobile profile (Lighthouse's default: simulated 150 ms round trip, 1.6 Mbps, 4× CPU slowdown),
// on the pages a newcomer meets: the front page, the directory with results, an organisation's page
// and a region's page, in Finnish. The server is the production one (`npm run build` first) on a
// fresh embedded database with the demo registry loaded, so the pages have realistic content.
// Each page is measured BENCH_WEB_RUNS times (default 3, median shown), and the JavaScript of the
// first load is summed from Lighthouse's own network record (bytes as transferred, compressed).
// Prints a table; writes bench/results/<date>-web.json.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from '../server/test/process.js';
import { writeResults } from './setup.js';

const runs = Number(process.env.BENCH_WEB_RUNS ?? 3);
// BENCH_WEB_PAGES=front,region measures only the pages whose names contain one of the words;
// BENCH_WEB_DETAIL=1 also prints each page's scripts, render-blocking requests and main-thread work.
const only = process.env.BENCH_WEB_PAGES?.split(',').filter(Boolean);
const detail = process.env.BENCH_WEB_DETAIL === '1';
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

interface Figures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  scriptKB: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function audit(url: string, port: number): Promise<Figures> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  // A run Lighthouse could not complete (e.g. NO_FCP when the headless browser painted nothing)
  // has no figures: it is measured again, never counted as zero.
  const failure = result.lhr.runtimeError;
  if (failure) throw new Error(`${failure.code}: ${failure.message}`);
  const { categories, audits } = result.lhr;
  if (detail) printDetail(audits);
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  const requests = (audits['network-requests']?.details as { items?: unknown[] } | undefined)
    ?.items as { resourceType?: string; transferSize?: number }[] | undefined;
  const scriptBytes = (requests ?? [])
    .filter((r) => r.resourceType === 'Script')
    .reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcpMs: Math.round(value('first-contentful-paint')),
    lcpMs: Math.round(value('largest-contentful-paint')),
    tbtMs: Math.round(value('total-blocking-time')),
    cls: Number(value('cumulative-layout-shift').toFixed(3)),
    speedIndexMs: Math.round(value('speed-index')),
    scriptKB: Number((scriptBytes / 1024).toFixed(1)),
  };
}

type Audits = Record<string, { numericValue?: number; details?: unknown }>;

/** What a page spends its time and bytes on, for whoever works on making it faster. */
function printDetail(audits: Audits) {
  const items = (id: string) =>
    (audits[id]?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  const file = (url: unknown) => String(url).replace(/^https?:\/\/[^/]+/, '');
  for (const r of items('network-requests')) {
    console.log(
      `  ${String(r.resourceType).padEnd(10)} ${String(Math.round(Number(r.transferSize) / 1024)).padStart(5)} KB  start ${String(Math.round(Number(r.networkRequestTime))).padStart(5)} ms  ${file(r.url)}`,
    );
  }
  for (const r of items('render-blocking-resources')) {
    console.log(`  render-blocking ${file(r.url)} ${Math.round(Number(r.wastedMs))} ms`);
  }
  for (const r of items('bootup-time').slice(0, 8)) {
    console.log(
      `  main thread ${String(Math.round(Number(r.total))).padStart(5)} ms (script ${Math.round(Number(r.scripting))}, parse ${Math.round(Number(r.scriptParseCompile))}) ${file(r.url)}`,
    );
  }
  for (const r of items('mainthread-work-breakdown')) {
    console.log(`  work ${String(r.groupLabel).padEnd(28)} ${Math.round(Number(r.duration))} ms`);
  }
  for (const r of items('long-tasks').slice(0, 10)) {
    console.log(
      `  long task ${Math.round(Number(r.duration))} ms at ${Math.round(Number(r.startTime))} ms ${file(r.url)}`,
    );
  }
}

async function main() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'kudos-bench-web-'));
  const env = { DATA_DIR: dataDir, PATH: process.env.PATH ?? '' };
  const loaded = spawnSync('node', ['--import', 'tsx', 'server/demo-cli.ts', 'load'], {
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
  if (loaded.status !== 0) throw new Error('loading the demo registry failed');
  const server = await startServer(env, { timeoutMs: 120_000 });
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const base = server.url;
    // Pages with content: an organisation and a region that the demo registry fills.
    const search = (await (
      await fetch(`${base}/api/v1/organisations?region=06&pageSize=1&facets=false`)
    ).json()) as { items: { id: string }[] };
    const organisation = search.items[0]?.id;
    if (!organisation) throw new Error('the demo registry has no organisation in Pirkanmaa');
    const pages = {
      'front page': '/fi',
      'directory, search with results': '/fi/organisaatiot?q=osuuskunta',
      'organisation page': `/fi/organisaatiot/${organisation}`,
      'region page': '/fi/alueet/06',
    };
    const results: Record<string, Figures & { runs: Figures[] }> = {};
    for (const [name, pagePath] of Object.entries(pages)) {
      if (only && !only.some((word) => name.includes(word))) continue;
      // One visit first, so the server has loaded the page's code (as a running service has).
      await fetch(`${base}${pagePath}`);
      const measured: Figures[] = [];
      let failures = 0;
      while (measured.length < runs) {
        try {
          measured.push(await audit(`${base}${pagePath}`, chrome.port));
        } catch (err) {
          failures += 1;
          console.log(`  ${name}: a run failed (${(err as Error).message}); measuring again`);
          if (failures > runs) throw err;
        }
      }
      const keys = Object.keys(measured[0] as Figures) as (keyof Figures)[];
      const summary = Object.fromEntries(
        keys.map((key) => [key, median(measured.map((m) => m[key]))]),
      ) as unknown as Figures;
      results[name] = { ...summary, runs: measured };
      console.log(
        `${name.padEnd(32)} perf ${summary.performance} · a11y ${summary.accessibility} · best ${summary.bestPractices} · seo ${summary.seo} · FCP ${summary.fcpMs} ms · LCP ${summary.lcpMs} ms · TBT ${summary.tbtMs} ms · CLS ${summary.cls} · JS ${summary.scriptKB} KB`,
      );
    }
    const file = await writeResults('web', {
      tool: 'lighthouse 12.2.3, mobile profile (simulated throttling), Debian Chromium',
      runsPerPage: runs,
      pages: results,
    });
    console.log(`\nwritten to ${file}`);
  } finally {
    chrome.kill();
    server.child.kill('SIGTERM');
    await server.exited;
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
