// `npm test`: unit and API integration tests (embedded PGlite, or PostgreSQL when TEST_DATABASE_URL
// is set), then the browser tests when Chromium is installed. Ends with one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const reportDir = `tmp/test-report-${process.pid}`;
mkdirSync(reportDir, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

function vitest(label, projects) {
  const report = `${reportDir}/${label}.json`;
  const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p])];
  args.push('--reporter=default', '--reporter=json', `--outputFile.json=${report}`);
  const run = spawnSync('npx', args, { stdio: 'inherit' });
  if (run.status !== 0) ok = false;
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + r.numTodoTests;
  } else {
    totals.failed += 1;
  }
}

vitest('api', ['unit', 'integration']);

if (existsSync(chromium)) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  if (build.status !== 0) {
    ok = false;
    totals.failed += 1;
  } else {
    vitest('browser', ['e2e']);
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
