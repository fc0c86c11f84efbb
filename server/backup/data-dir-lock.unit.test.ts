import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, type LockHolder, lockDataDir, lockFileName } from './data-dir-lock.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kudos-lock-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const lockFile = () => path.join(dir, lockFileName);
const bootId = existsSync('/proc/sys/kernel/random/boot_id')
  ? readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()
  : undefined;

function writeLock(holder: Partial<LockHolder>) {
  const h = { hostname: hostname(), bootId, since: '2026-01-01T00:00:00Z', command: 'main.ts' };
  return writeFile(lockFile(), JSON.stringify({ ...h, ...holder }));
}

/** The pid of a process that has ended. */
function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  return new Promise((resolve) => child.on('exit', () => resolve(child.pid ?? 0)));
}

describe('the data directory lock', () => {
  it('writes this process as the holder and removes the file on release', async () => {
    const lock = await lockDataDir(dir);
    const holder = JSON.parse(await readFile(lockFile(), 'utf8'));
    expect(holder.pid).toBe(process.pid);
    expect(holder.hostname).toBe(hostname());
    await lock.release();
    expect(existsSync(lockFile())).toBe(false);
    // Nothing else is left behind (drafts, guards).
    expect(await readdir(dir)).toEqual([]);
  });

  it('creates a missing data directory that only its owner can enter', async () => {
    const fresh = path.join(dir, 'new', 'data');
    const lock = await lockDataDir(fresh);
    expect((await stat(fresh)).mode & 0o777).toBe(0o700);
    await lock.release();
  });

  it('is exclusive within one process, also for calls made at the same moment', async () => {
    const results = await Promise.allSettled([lockDataDir(dir), lockDataDir(dir)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(rejected?.reason).toBeInstanceOf(DataDirLockedError);
    for (const r of results) if (r.status === 'fulfilled') await r.value.release();
    const again = await lockDataDir(dir);
    await again.release();
  });

  it('refuses while a live process holds it, naming its pid', async () => {
    await writeLock({ pid: process.ppid });
    const err = await lockDataDir(dir).catch((e) => e);
    expect(err).toBeInstanceOf(DataDirLockedError);
    expect(err.message).toContain(`in use by another Kudos process (pid ${process.ppid}, main.ts`);
    expect(err.message).not.toContain('delete');
    // The holder's lock is untouched.
    expect(JSON.parse(await readFile(lockFile(), 'utf8')).pid).toBe(process.ppid);
  });

  it('takes over a lock whose process has ended', async () => {
    const pid = await deadPid();
    await writeLock({ pid });
    const lock = await lockDataDir(dir);
    expect(JSON.parse(await readFile(lockFile(), 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });

  it('takes over a lock left by an earlier process that had this pid (a restarted container)', async () => {
    await writeLock({ pid: process.pid });
    const lock = await lockDataDir(dir);
    await lock.release();
  });

  it.runIf(bootId)('takes over a lock written before the last boot', async () => {
    await writeLock({ pid: process.ppid, bootId: 'another-boot' });
    const lock = await lockDataDir(dir);
    await lock.release();
  });

  it.runIf(existsSync('/proc/self/stat'))(
    'takes over a lock whose pid now belongs to another process',
    async () => {
      await writeLock({ pid: process.ppid, startTicks: 1 });
      const lock = await lockDataDir(dir);
      await lock.release();
    },
  );

  it('takes over an empty or unreadable lock file (e.g. after a power cut)', async () => {
    await writeFile(lockFile(), '');
    const lock = await lockDataDir(dir);
    await lock.release();
  });

  it('refuses a lock held on another host, saying which file to delete if it is a leftover', async () => {
    await writeLock({ pid: 12345, hostname: 'another-host', bootId: undefined });
    const err = await lockDataDir(dir).catch((e) => e);
    expect(err).toBeInstanceOf(DataDirLockedError);
    expect(err.message).toContain('pid 12345 on another-host');
    expect(err.message).toContain(`delete ${lockFile()}`);
  });

  it('does not remove a lock it no longer owns on release', async () => {
    const lock = await lockDataDir(dir);
    await writeLock({ pid: process.ppid });
    await lock.release();
    expect(JSON.parse(await readFile(lockFile(), 'utf8')).pid).toBe(process.ppid);
  });
});
