// `npm run backup [-- --out <file>]`: a consistent snapshot of the embedded database (PGlite) as a
// gzipped tarball, by default ./backups/kudos-<local date-time>.tar.gz. While Kudos runs, it takes
// the snapshot itself and sends it over its control socket; otherwise this tool opens DATA_DIR.
import { existsSync } from 'node:fs';
import { mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { DatabaseOpenError, openPglite } from '../db/client.js';
import { cleanUpOnSignal, runCli, UserError } from './cli.js';
import { controlSocketPath, requestSnapshot } from './control-socket.js';
import { holderIsGone, readLock } from './data-dir-lock.js';
import { formatBytes, localStamp } from './dump-file.js';
import { takeSnapshot } from './snapshot.js';

const usage = 'usage: npm run backup [-- --out <file>]';

let partial: string | undefined;
const cleanup = async () => {
  if (partial) await unlink(partial).catch(() => {});
};
cleanUpOnSignal(cleanup);

async function snapshotOffline(dataDir: string, file: string) {
  if (!existsSync(path.join(dataDir, 'pglite', 'PG_VERSION'))) {
    throw new UserError(`there is no embedded database in ${path.join(dataDir, 'pglite')}`);
  }
  process.stdout.write(`Kudos is not running: taking a snapshot of ${dataDir}\n`);
  let database: Awaited<ReturnType<typeof openPglite>>;
  try {
    database = await openPglite(dataDir);
  } catch (err) {
    const holder = await readLock(dataDir).catch(() => undefined);
    if (err instanceof DatabaseOpenError && holder && !holderIsGone(holder)) {
      throw new UserError(
        `Kudos (pid ${holder.pid}) has ${dataDir} open but does not answer on its control socket yet (starting or migrating?); try again in a moment`,
      );
    }
    throw err;
  }
  try {
    await writeFile(file, await takeSnapshot(database), { flag: 'wx', mode: 0o600 });
  } finally {
    await database.close();
  }
}

await runCli(
  'backup',
  async () => {
    let out: string | undefined;
    try {
      ({ out } = parseArgs({ options: { out: { type: 'string' } } }).values);
    } catch (err) {
      throw new UserError(`${(err as Error).message}\n${usage}`);
    }
    const config = loadConfig(process.env);
    if (config.databaseUrl) {
      throw new UserError(
        'DATABASE_URL is set, so the data is on a PostgreSQL server: back it up with pg_dump -Fc (see "Backups and durability" in the README)',
      );
    }
    const file = path.resolve(out ?? path.join('backups', `kudos-${localStamp()}.tar.gz`));
    if (existsSync(file)) throw new UserError(`${file} already exists; choose another --out`);
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    // Written under a temporary name and renamed when complete: a backup file under its final
    // name is always whole.
    partial = `${file}.partial-${process.pid}`;

    const started = Date.now();
    const header = await requestSnapshot(controlSocketPath(config.dataDir), partial, (h) =>
      process.stdout.write(
        `Kudos took a snapshot of ${config.dataDir} in ${(h.ms / 1000).toFixed(1)} s (${formatBytes(h.bytes)}); receiving it\n`,
      ),
    );
    if (!header) await snapshotOffline(config.dataDir, partial);
    await rename(partial, file);
    partial = undefined;
    const { size } = await stat(file);
    process.stdout.write(
      `wrote ${file} (${formatBytes(size)}, ${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
    );
  },
  cleanup,
);
