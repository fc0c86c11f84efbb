// `npm test`: unit and API integration tests (embedded PGlite, or PostgreSQL when TEST_DATABASE_URL
// is set), then the browser tests when Chromium is installed. Ends with one summary line.
//
// The browser tests run in E2E_PROCESSES processes at once (2 by default; each with its own
// server, database and browser, and its share of the files by e2e/durations.json): a browser test
// waits on the page much of the time, so two of them keep a 2-core machine busy.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const reportDir = `tmp/test-report-${process.pid}`;
mkdirSync(reportDir, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

const vitestArgs = (label, projects, extra = []) => [
  'vitest',
  'run',
  ...projects.flatMap((p) => ['--project', p]),
  ...extra,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${reportDir}/${label}.json`,
];

function count(label, status) {
  const report = `${reportDir}/${label}.json`;
  if (status !== 0) ok = false;
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + r.numTodoTests;
  } else {
    totals.failed += 1;
  }
}

function vitest(label, projects) {
  count(label, spawnSync('npx', vitestArgs(label, projects), { stdio: 'inherit' }).status);
}

/** The projects' files shared out among `n` processes at once, each line marked with its process. */
async function vitestInProcesses(label, projects, n) {
  if (n <= 1) return vitest(label, projects);
  const runs = Array.from({ length: n }, (_, i) => {
    const part = `${label}-${i + 1}`;
    const child = spawn('npx', vitestArgs(part, projects, [`--shard=${i + 1}/${n}`]), {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
    });
    for (const [from, to] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]) {
      let rest = '';
      from.on('data', (chunk) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) to.write(`[${i + 1}/${n}] ${line}\n`);
      });
      from.on('end', () => rest && to.write(`[${i + 1}/${n}] ${rest}\n`));
    }
    return new Promise((resolve) => child.on('close', (status) => resolve([part, status])));
  });
  for (const [part, status] of await Promise.all(runs)) count(part, status);
}

vitest('api', ['unit', 'integration']);

if (existsSync(chromium)) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  if (build.status !== 0) {
    ok = false;
    totals.failed += 1;
  } else {
    const processes = Number(process.env.E2E_PROCESSES ?? 2);
    await vitestInProcesses('browser', ['e2e'], Number.isInteger(processes) ? processes : 2);
  }
} else {
  console.log(
    `\nBrowser tests SKIPPED: Chromium was not found at ${chromium}.\n` +
      'Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu) or set CHROMIUM_PATH, then run `npm test` again.\n',
  );
}

rmSync(reportDir, { recursive: true, force: true });
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
