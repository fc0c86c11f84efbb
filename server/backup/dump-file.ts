import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';

/** A file that is not a usable backup: a user mistake, reported without a stack trace. */
export class NotABackupError extends Error {}

const gunzipAsync = promisify(gunzip);

function field(header: Buffer, start: number, length: number): string {
  const raw = header.toString('latin1', start, start + length);
  const end = raw.indexOf('\0');
  return end === -1 ? raw : raw.slice(0, end);
}

/** Names of the entries of a ustar archive; throws when it is damaged or cut short. */
export function tarEntries(tar: Uint8Array): string[] {
  const buf = Buffer.from(tar.buffer, tar.byteOffset, tar.byteLength);
  const names: string[] = [];
  for (let offset = 0; offset + 512 <= buf.length; ) {
    const header = buf.subarray(offset, offset + 512);
    // An all-zero block ends the archive (PGlite writes two of them).
    if (header.every((b) => b === 0)) return names;
    if (field(header, 257, 5) !== 'ustar') {
      throw new NotABackupError(
        names.length ? 'its tar data is damaged' : 'it is not a tar archive',
      );
    }
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : (header[i] ?? 0);
    if (sum !== Number.parseInt(field(header, 148, 8).trim(), 8)) {
      throw new NotABackupError('its tar data is damaged');
    }
    const prefix = field(header, 345, 155);
    const name = field(header, 0, 100);
    names.push(prefix ? `${prefix}/${name}` : name);
    const size = Number.parseInt(field(header, 124, 12).trim() || '0', 8);
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  throw new NotABackupError('it is cut short (the archive has no end)');
}

/**
 * Checks that a file is a PGlite data-directory dump (gzipped or not) and returns the plain tar.
 * PGlite's own loader is not given a gzipped file: a damaged one makes it reject a promise nobody
 * awaits, which would stop the process.
 */
export async function unpackDump(file: Uint8Array): Promise<Uint8Array> {
  let tar = file;
  if (file[0] === 0x1f && file[1] === 0x8b) {
    try {
      tar = new Uint8Array(await gunzipAsync(file));
    } catch (err) {
      throw new NotABackupError(
        `it is a damaged or incomplete gzip file (${(err as Error).message})`,
      );
    }
  }
  if (tar.length < 512) throw new NotABackupError('it is not a tar archive');
  const names = new Set(tarEntries(tar).map((n) => n.replace(/^\/+/, '')));
  if (!names.has('PG_VERSION') || !names.has('global/pg_control')) {
    throw new NotABackupError('it is an archive, but not of a PGlite data directory');
  }
  return tar;
}

/** Local date and time for file names, e.g. 2026-12-02-140509. */
export function localStamp(date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}-${p(date.getHours())}${p(date.getMinutes())}${p(date.getSeconds())}`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
