// `npm run restore -- <file> [--force]`: puts a backup made by `npm run backup` in place as the
// embedded database of DATA_DIR. Refuses while Kudos runs; keeps an existing database (moved
// aside to pglite.before-restore-<date-time>, with --force); opens and migrates the backup before
// it replaces anything.
import { readdir, readFile, rename, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { type Database, openPgliteFromSnapshot } from '../db/client.js';
import { prepareDatabase } from '../db/migrate.js';
import { cleanUpOnSignal, runCli, UserError } from './cli.js';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.js';
import { formatBytes, localStamp, unpackDump } from './dump-file.js';
import { tableCounts } from './snapshot.js';

const usage = 'usage: npm run restore -- <backup file> [--force]';

let staging: string | undefined;
const cleanup = async () => {
  if (staging) await rm(staging, { recursive: true, force: true });
};
cleanUpOnSignal(cleanup);

async function entriesOf(dir: string): Promise<string[]> {
  return readdir(dir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [];
    throw err;
  });
}

/** Opens the dump in `dir` (which must not exist), migrates it and counts its rows. */
async function openBackup(file: string, tar: Uint8Array, dir: string) {
  let database: Database;
  try {
    database = await openPgliteFromSnapshot(tar, dir);
  } catch (err) {
    throw new UserError(`${file} does not open as a database: ${(err as Error).message}`);
  }
  try {
    const { loaded } = await prepareDatabase(database);
    const counts = await tableCounts(database.db).catch((err: Error) => {
      throw new UserError(`${file} is damaged: reading its tables failed (${err.message})`);
    });
    return { loaded, counts };
  } finally {
    await database.close();
  }
}

await runCli(
  'restore',
  async () => {
    const args = (() => {
      try {
        return parseArgs({ options: { force: { type: 'boolean' } }, allowPositionals: true });
      } catch (err) {
        throw new UserError(`${(err as Error).message}\n${usage}`);
      }
    })();
    const [file, ...extra] = args.positionals;
    if (!file || extra.length > 0) throw new UserError(usage);
    const config = loadConfig(process.env);
    if (config.databaseUrl) {
      throw new UserError(
        'DATABASE_URL is set, so the data is on a PostgreSQL server: restore it with pg_restore (see "Backups and durability" in the README)',
      );
    }
    const size = await stat(file).then(
      (s) => s.size,
      (err: NodeJS.ErrnoException) => {
        const why = { ENOENT: 'no such file', EACCES: 'permission denied' }[err.code ?? ''];
        throw new UserError(`cannot read ${file}: ${why ?? err.code}`);
      },
    );

    const dataDir = path.resolve(config.dataDir);
    const lock = await lockDataDir(dataDir).catch((err) => {
      if (err instanceof DataDirLockedError && err.holder) {
        const { pid, command } = err.holder;
        throw new UserError(
          `${dataDir} is in use by Kudos (pid ${pid}, ${command}): stop it before restoring`,
        );
      }
      throw err;
    });
    try {
      const target = path.join(dataDir, 'pglite');
      const existing = await entriesOf(target);
      if (existing.length > 0 && !args.values.force) {
        throw new UserError(
          `${target} already holds a database; add --force to move it aside to ${path.basename(target)}.before-restore-<date-time> and restore`,
        );
      }
      process.stdout.write(`checking ${file} (${formatBytes(size)})\n`);
      const tar = await unpackDump(await readFile(file)).catch((err: Error) => {
        throw new UserError(`${file} is not a Kudos backup: ${err.message}`);
      });

      const stamp = localStamp();
      staging = `${target}.restoring-${stamp}`;
      const { loaded, counts } = await openBackup(file, tar, staging);

      let aside: string | undefined;
      if (existing.length > 0) {
        aside = `${target}.before-restore-${stamp}`;
        await rename(target, aside);
      } else {
        await rmdir(target).catch(() => {});
      }
      try {
        await rename(staging, target);
      } catch (err) {
        if (aside) await rename(aside, target);
        throw err;
      }
      staging = undefined;

      if (aside) process.stdout.write(`moved the previous database to ${aside}\n`);
      if (loaded.length) process.stdout.write(`reference data updated: ${loaded.join(', ')}\n`);
      const width = Math.max(...counts.map((c) => c.table.length));
      const lines = counts
        .filter((c) => c.rows > 0)
        .map((c) => `  ${c.table.padEnd(width)}  ${c.rows}`);
      const empty = counts.length - lines.length;
      process.stdout.write(
        `restored ${file} into ${target}\nrows:\n${lines.join('\n')}\n${empty ? `  (${empty} other tables empty)\n` : ''}`,
      );
    } finally {
      await lock.release();
    }
  },
  cleanup,
);
