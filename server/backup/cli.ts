import { ConfigError } from '../config.js';
import { DatabaseOpenError } from '../db/client.js';
import { DataDirLockedError } from './data-dir-lock.js';
import { NotABackupError } from './dump-file.js';

/** A mistake the user can fix (a wrong argument, a running Kudos, a bad file): exit code 2. */
export class UserError extends Error {}

/**
 * Runs a command-line tool: user mistakes end with one line on stderr and exit code 2, anything
 * else with its stack and exit code 1. `cleanup` runs first in both cases (e.g. removes a
 * half-written file).
 */
export async function runCli(
  name: string,
  main: () => Promise<void>,
  cleanup: () => Promise<void> = async () => {},
) {
  try {
    await main();
  } catch (err) {
    await cleanup().catch(() => {});
    if (err instanceof ConfigError) fail(`invalid setting ${err.message}`);
    if (err instanceof DatabaseOpenError || err instanceof DataDirLockedError) {
      fail(`DATA_DIR: ${err.message}`);
    }
    if (err instanceof UserError || err instanceof NotABackupError) fail(err.message);
    process.stderr.write(`kudos: ${name} failed: ${(err as Error).stack ?? err}\n`);
    process.exit(1);
  }
}

function fail(message: string): never {
  process.stderr.write(`kudos: ${message}\n`);
  process.exit(2);
}

/** Removes `cleanup`'s leftovers and stops on Ctrl-C or SIGTERM (exit code 130 or 143). */
export function cleanUpOnSignal(cleanup: () => Promise<void>) {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      process.stderr.write(`kudos: stopped (${signal})\n`);
      void cleanup().finally(() => process.exit(code));
    });
  }
}
