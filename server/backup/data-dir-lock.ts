import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, mkdir, open, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';

/** The lock file in DATA_DIR, beside (not inside) the PGlite directory, so dumps never carry it. */
export const lockFileName = 'kudos.lock';

/** Who holds a data directory: written to the lock file as one JSON line. */
export interface LockHolder {
  pid: number;
  hostname: string;
  /** Linux boot id: a lock from before the last boot is stale whatever its pid. */
  bootId?: string;
  /** Linux start time of the process (clock ticks after boot), to tell a reused pid apart. */
  startTicks?: number;
  since: string;
  command: string;
}

function lockedMessage(dataDir: string, lockFile: string, h: LockHolder | undefined): string {
  if (!h) return `${dataDir} is already open in this process`;
  const where = h.hostname === hostname() ? '' : ` on ${h.hostname}`;
  // A holder on another host cannot be checked from here; say how to clear a leftover.
  const hint = where ? `; if no Kudos runs there, delete ${lockFile}` : '';
  return `${dataDir} is in use by another Kudos process (pid ${h.pid}${where}, ${h.command}, since ${localTime(h.since)}); one data directory serves one process at a time${hint}`;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly lockFile: string,
    readonly holder: LockHolder | undefined,
  ) {
    super(lockedMessage(dataDir, lockFile, holder));
  }
}

export interface DataDirLock {
  readonly file: string;
  release(): Promise<void>;
}

/** Lock files this process holds, with the exact text it wrote (released on exit). */
const held = new Map<string, string>();
/** Lock files this process is taking right now. */
const taking = new Set<string>();

function localTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('sv-SE');
}

function readBootId(): string | undefined {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Field 22 of /proc/<pid>/stat; undefined where there is no /proc. */
function readStartTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses: split after its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    return Number.isFinite(ticks) ? ticks : undefined;
  } catch {
    return undefined;
  }
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const h = JSON.parse(text) as Partial<LockHolder>;
    if (Number.isInteger(h.pid) && (h.pid ?? 0) > 0 && typeof h.hostname === 'string') {
      return { since: '?', command: '?', ...h } as LockHolder;
    }
  } catch {}
  return undefined;
}

/** True when the process that wrote the lock can no longer be running. */
export function holderIsGone(h: LockHolder): boolean {
  const bootId = readBootId();
  if (h.bootId && bootId && h.bootId !== bootId) return true;
  if (h.hostname !== hostname()) return false;
  // Not held by this process (the caller checked), so it was left by an earlier one with our pid,
  // e.g. pid 1 in a restarted container.
  if (h.pid === process.pid) return true;
  try {
    process.kill(h.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return true;
  }
  const ticks = readStartTicks(h.pid);
  return h.startTicks !== undefined && ticks !== undefined && ticks !== h.startTicks;
}

/** Reads the lock file; undefined when there is none. */
export async function readLock(dataDir: string): Promise<LockHolder | undefined> {
  const text = await readFile(path.join(path.resolve(dataDir), lockFileName), 'utf8').catch(
    (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return undefined;
      throw err;
    },
  );
  return text === undefined ? undefined : parseHolder(text);
}

let exitHookInstalled = false;
function releaseAllOnExit() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // process.exit() (e.g. a failed start after the database opened) skips async cleanup.
  process.on('exit', () => {
    for (const [file, text] of held) {
      try {
        if (readFileSync(file, 'utf8') === text) unlinkSync(file);
      } catch {}
    }
  });
}

/**
 * Removes a stale lock, but only while it still has the text we judged stale: a short-lived guard
 * file keeps two processes that found the same stale lock from removing each other's new one.
 */
async function removeStaleLock(file: string, staleText: string): Promise<void> {
  const guard = `${file}.breaking`;
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(guard, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    // A guard older than a few seconds was left by a process that died while using it.
    const age = Date.now() - (await stat(guard).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
    if (age > 5_000) await unlink(guard).catch(() => {});
    else await new Promise((r) => setTimeout(r, 50));
    return;
  }
  try {
    const now = await readFile(file, 'utf8').catch(() => undefined);
    if (now === staleText) await unlink(file);
  } finally {
    await handle.close();
    await unlink(guard).catch(() => {});
  }
}

/**
 * Takes the exclusive lock on a data directory (creating the directory if needed), or throws
 * DataDirLockedError naming the process that holds it. A lock whose process is gone is replaced.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const dir = path.resolve(dataDir);
  const file = path.join(dir, lockFileName);
  // Marked before the first await: a second call in this process at the same moment must not
  // read the first one's fresh lock (with our own pid) as stale and take it over.
  if (held.has(file) || taking.has(file)) throw new DataDirLockedError(dataDir, file, undefined);
  taking.add(file);
  try {
    return await takeLock(dataDir, dir, file);
  } finally {
    taking.delete(file);
  }
}

async function takeLock(dataDir: string, dir: string, file: string): Promise<DataDirLock> {
  // PGlite writes its files world-writable (0666), so a new data directory is made private.
  await mkdir(dir, { recursive: true, mode: 0o700 });

  const me: LockHolder = {
    pid: process.pid,
    hostname: hostname(),
    bootId: readBootId(),
    startTicks: readStartTicks(process.pid),
    since: new Date().toISOString(),
    command: path.basename(process.argv[1] ?? process.argv0),
  };
  const text = `${JSON.stringify(me)}\n`;
  // Written whole under a private name, then linked into place: link() fails when the lock
  // exists (like O_EXCL), and a reader never sees a half-written lock.
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(draft, text, { mode: 0o644 });
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      try {
        await link(draft, file);
        held.set(file, text);
        releaseAllOnExit();
        return { file, release: () => releaseLock(file) };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      // Another call in this process may have taken it meanwhile; its pid is ours, not stale.
      if (held.has(file)) throw new DataDirLockedError(dataDir, file, undefined);
      const current = await readFile(file, 'utf8').catch(() => undefined);
      if (current === undefined) continue;
      const holder = parseHolder(current);
      // An unreadable lock was not written by a running Kudos (they link whole files): e.g. a
      // lock file emptied by a power cut. Treat it as stale.
      if (holder && !holderIsGone(holder)) throw new DataDirLockedError(dataDir, file, holder);
      await removeStaleLock(file, current);
    }
    throw new Error(`could not lock ${dir}: the lock file keeps changing`);
  } finally {
    await unlink(draft).catch(() => {});
  }
}

async function releaseLock(file: string): Promise<void> {
  const text = held.get(file);
  if (text === undefined) return;
  held.delete(file);
  const now = await readFile(file, 'utf8').catch(() => undefined);
  if (now === text) await unlink(file).catch(() => {});
}
