import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../db/client.js';
import { signUp } from '../test/accounts.js';
import { type TableChecksums, tableChecksums } from '../test/checksums.js';
import { runTool } from '../test/cli.js';
import { buildDataDirApp } from '../test/data-dir.js';
import { createOrg } from '../test/organisations.js';
import { runServer, type Started, startServer } from '../test/process.js';

const backupCli = 'server/backup/backup-cli.ts';
const restoreCli = 'server/backup/restore-cli.ts';

let base: string;
let source: string;
let server: Started | undefined;
let backupFile: string;

async function checksumsOf(dataDir: string): Promise<TableChecksums> {
  const database = await openPglite(dataDir);
  try {
    return await tableChecksums(database.db);
  } finally {
    await database.close();
  }
}

/** One line on stderr, no stack trace: how a user mistake is reported. */
function expectOneLine(stderr: string, pattern: RegExp) {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'kudos-backup-'));
  source = path.join(base, 'source');
  backupFile = path.join(base, 'out', 'running.tar.gz');
  // An administrator (so the server writes no first-admin link at start) and a few organisations.
  const t = await buildDataDirApp(source);
  const { cookie } = await signUp(t, { role: 'admin' });
  for (const name of ['Osuuskunta Kude', 'Yhdistys Lanka', 'Säätiö Vyyhti']) {
    await createOrg(t, cookie, { name });
  }
  await t.close();
  server = await startServer({ DATA_DIR: source, WEB_DIST: '/nonexistent', MAIL_WORKER: 'false' });
}, 120_000);

afterAll(async () => {
  if (server && server.child.exitCode === null) {
    server.child.kill('SIGKILL');
    await server.exited;
  }
  await rm(base, { recursive: true, force: true });
});

describe('one process per data directory', { timeout: 90_000 }, () => {
  it('stops a second start on the same DATA_DIR with exit code 2 and one line naming the first', async () => {
    const second = runServer({ DATA_DIR: source, PORT: '0', WEB_DIST: '/nonexistent' });
    expect(await second.exited).toBe(2);
    expectOneLine(
      second.output(),
      new RegExp(
        `^kudos: DATA_DIR: .*source is in use by another Kudos process \\(pid ${server?.child.pid}, main\\.ts, since `,
      ),
    );
    // The first one still serves.
    expect((await fetch(`${server?.url}/api/ready`)).status).toBe(200);
  });
});

/** A process that takes DATA_DIR's lock and holds it until its stdin closes. */
function lockInChild(dataDir: string) {
  const code = `
    const { lockDataDir } = await import('./server/backup/data-dir-lock.ts');
    try {
      const lock = await lockDataDir(process.argv[1]);
      console.log('locked');
      process.stdin.resume();
      process.stdin.on('end', () => lock.release().then(() => process.exit(0)));
    } catch (err) {
      console.log(err.constructor.name);
    }`;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', code, dataDir],
    {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  const answered = new Promise<string>((resolve) => {
    child.stdout.on('data', () => {
      if (out.includes('\n')) resolve(out.trim());
    });
  });
  const closed = new Promise((resolve) => child.on('close', resolve));
  return { child, answered, closed };
}

describe('the lock across processes', { timeout: 90_000 }, () => {
  it('goes to exactly one of several processes that find the same stale lock', async () => {
    const dir = path.join(base, 'contended');
    await mkdir(dir);
    await writeFile(
      path.join(dir, 'kudos.lock'),
      JSON.stringify({ pid: 2 ** 22 + 1, hostname: hostname(), since: '', command: 'gone' }),
    );
    const children = [1, 2, 3, 4].map(() => lockInChild(dir));
    const answers = await Promise.all(children.map((c) => c.answered));
    for (const c of children) c.child.stdin?.end();
    await Promise.all(children.map((c) => c.closed));
    expect(answers.filter((a) => a === 'locked')).toHaveLength(1);
    expect(answers.filter((a) => a === 'DataDirLockedError')).toHaveLength(3);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('backup and restore of the embedded database', { timeout: 90_000 }, () => {
  it('serves backups on a control socket that only its user can use', async () => {
    const s = await stat(path.join(source, 'kudos.sock'));
    expect(s.isSocket()).toBe(true);
    expect(s.mode & 0o777).toBe(0o600);
  });

  it('backs up through the running server into a new file, whole or not at all', async () => {
    const run = await runTool(backupCli, ['--out', backupFile], { DATA_DIR: source });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Kudos took a snapshot');
    expect(run.stdout).toContain(`wrote ${backupFile}`);
    expect(((await stat(backupFile)).mode & 0o777).toString(8)).toBe('600');
    expect(await readdir(path.dirname(backupFile))).toEqual(['running.tar.gz']);

    const again = await runTool(backupCli, ['--out', backupFile], { DATA_DIR: source });
    expect(again.code).toBe(2);
    expectOneLine(again.stderr, /already exists; choose another --out$/);
  });

  it('refuses to restore into the DATA_DIR of a running Kudos', async () => {
    const before = await readdir(source);
    const run = await runTool(restoreCli, [backupFile, '--force'], { DATA_DIR: source });
    expect(run.code).toBe(2);
    expectOneLine(
      run.stderr,
      new RegExp(`is in use by Kudos \\(pid ${server?.child.pid}, main\\.ts\\): stop it before`),
    );
    expect(await readdir(source)).toEqual(before);
  });

  it('restores into a fresh DATA_DIR with the rows and content the source had', async () => {
    const target = path.join(base, 'fresh');
    const run = await runTool(restoreCli, [backupFile], { DATA_DIR: target });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ {2}organisation +3$/m);

    // Stopped cleanly, the server leaves neither its socket nor its lock behind.
    server?.child.kill('SIGTERM');
    expect(await server?.exited).toBe(0);
    expect((await readdir(source)).sort()).toEqual(['pglite']);

    const expected = await checksumsOf(source);
    expect(expected['public.organisation']?.rows).toBe(3);
    expect(expected['public.app_user']?.rows).toBe(1);
    expect(await checksumsOf(target)).toEqual(expected);
  });

  it('backs up a stopped Kudos by opening its DATA_DIR', async () => {
    const file = path.join(base, 'out', 'stopped.tar.gz');
    const run = await runTool(backupCli, ['--out', file], { DATA_DIR: source });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Kudos is not running');
    const target = path.join(base, 'from-stopped');
    expect((await runTool(restoreCli, [file], { DATA_DIR: target })).code).toBe(0);
    expect(await checksumsOf(target)).toEqual(await checksumsOf(source));
  });

  it('replaces an existing database only with --force, keeping the old one aside', async () => {
    const target = path.join(base, 'fresh');
    const refused = await runTool(restoreCli, [backupFile], { DATA_DIR: target });
    expect(refused.code).toBe(2);
    expectOneLine(refused.stderr, /pglite already holds a database; add --force/);
    expect(await readdir(target)).toEqual(['pglite']);

    const forced = await runTool(restoreCli, [backupFile, '--force'], { DATA_DIR: target });
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    const entries = (await readdir(target)).sort();
    expect(entries).toHaveLength(2);
    expect(entries[0]).toBe('pglite');
    expect(entries[1]).toMatch(/^pglite\.before-restore-\d{4}-\d{2}-\d{2}-\d{6}$/);
    expect(forced.stdout).toContain(
      `moved the previous database to ${path.join(target, entries[1] ?? '')}`,
    );
    expect(await checksumsOf(target)).toEqual(await checksumsOf(source));
  });

  it('rejects files that are not PGlite backups with one line, changing nothing', async () => {
    const target = path.join(base, 'fresh');
    const before = (await readdir(target)).sort();
    const good = await readFile(backupFile);
    const tar = gunzipSync(good);
    const damaged = Buffer.from(tar);
    damaged[600] = (damaged[600] ?? 0) ^ 0xff; // inside the first file's data: fine for the tar
    damaged[100] = (damaged[100] ?? 0) ^ 0xff; // inside the first header: its checksum no longer fits
    const bad = path.join(base, 'bad');
    await mkdir(bad, { recursive: true });
    const cases: [string, Buffer, RegExp][] = [
      ['text.tar.gz', Buffer.from('not a backup\n'), /: it is not a tar archive$/],
      ['cut.tar.gz', good.subarray(0, good.length >> 1), /: it is a damaged or incomplete gzip/],
      ['cut-tar.tar', Buffer.from(tar.subarray(0, tar.length >> 1)), /: it is cut short/],
      ['damaged.tar.gz', gzipSync(damaged), /: its tar data is damaged$/],
      // A whole archive holding only PG_VERSION (its header, its data, the two end blocks).
      [
        'other.tar.gz',
        gzipSync(Buffer.concat([tar.subarray(0, 1024), Buffer.alloc(1024)])),
        /: it is an archive, but not/,
      ],
    ];
    for (const [name, bytes, message] of cases) {
      const file = path.join(bad, name);
      await writeFile(file, bytes);
      const run = await runTool(restoreCli, [file, '--force'], { DATA_DIR: target });
      expect(run.code, name).toBe(2);
      expectOneLine(
        run.stderr,
        new RegExp(`^kudos: .*${name} is not a Kudos backup${message.source}`),
      );
    }
    const missing = await runTool(restoreCli, [path.join(bad, 'nothing.tar.gz')], {
      DATA_DIR: target,
    });
    expect(missing.code).toBe(2);
    expectOneLine(missing.stderr, /cannot read .*nothing\.tar\.gz: no such file$/);
    expect((await readdir(target)).sort()).toEqual(before);
  });

  it('rejects a damaged data directory that PGlite cannot open, changing nothing', async () => {
    const target = path.join(base, 'empty');
    // The right files, but pg_control is garbage: it passes the archive checks, not PGlite.
    const tar = gunzipSync(await readFile(backupFile));
    const damaged = Buffer.from(tar);
    let offset = 0;
    while (offset < damaged.length) {
      const name = damaged.toString('latin1', offset, offset + 100).replace(/\0.*$/s, '');
      const size = Number.parseInt(damaged.toString('latin1', offset + 124, offset + 136), 8) || 0;
      if (name === '/global/pg_control') damaged.fill(0x55, offset + 512, offset + 512 + size);
      offset += 512 + Math.ceil(size / 512) * 512;
      if (!name) break;
    }
    const file = path.join(base, 'bad', 'pg-control.tar.gz');
    await writeFile(file, gzipSync(damaged));
    const run = await runTool(restoreCli, [file], { DATA_DIR: target });
    expect(run.code).toBe(2);
    expectOneLine(run.stderr, /pg-control\.tar\.gz does not open as a database: /);
    expect(existsSync(target) ? await readdir(target) : []).toEqual([]);
  });

  it('points to pg_dump and pg_restore when DATABASE_URL is set', async () => {
    const env = { DATABASE_URL: 'postgres://kudos@127.0.0.1:1/kudos' };
    const backup = await runTool(backupCli, [], env);
    expect(backup.code).toBe(2);
    expectOneLine(backup.stderr, /DATABASE_URL is set.*pg_dump -Fc/);
    const restore = await runTool(restoreCli, [backupFile], env);
    expect(restore.code).toBe(2);
    expectOneLine(restore.stderr, /DATABASE_URL is set.*pg_restore/);
  });
});
