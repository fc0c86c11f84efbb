import { createHash, randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { chmod, open, rename, unlink } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { Database } from '../db/client.js';
import { takeSnapshot } from './snapshot.js';

/** The control socket in DATA_DIR, beside the lock file. */
export const controlSocketName = 'kudos.sock';
/** Linux keeps a socket's path in 108 bytes, the terminating zero included. */
const maxSocketPath = 107;

export function controlSocketPath(dataDir: string): string {
  return path.join(path.resolve(dataDir), controlSocketName);
}

interface Log {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** The line the server sends before the snapshot's bytes. */
export interface SnapshotHeader {
  ok: true;
  bytes: number;
  sha256: string;
  /** How long the database was held for the snapshot. */
  ms: number;
}
type Reply = SnapshotHeader | { ok: false; error: string };

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * Serves consistent snapshots of the embedded database to `npm run backup` over a Unix socket in
 * DATA_DIR (mode 0600: only the user who runs Kudos, who can read the data files anyway, can
 * connect). Protocol: the client sends `{"command":"backup"}\n`; the server answers with one JSON
 * line (SnapshotHeader, or `{"ok":false,"error":…}`) followed by the gzipped tarball. Does nothing
 * on a PostgreSQL server. Returns the function that stops it.
 */
export async function startControlSocket(
  dataDir: string,
  database: Database,
  log: Log,
): Promise<() => Promise<void>> {
  if (database.kind !== 'pglite') return async () => {};
  const socketPath = controlSocketPath(dataDir);
  const draftPath = path.join(
    path.dirname(socketPath),
    `.kudos-${randomBytes(4).toString('hex')}.sock`,
  );
  if (Buffer.byteLength(draftPath) > maxSocketPath) {
    log.warn(
      { socketPath },
      'DATA_DIR is too long a path for a control socket: npm run backup cannot reach this process',
    );
    return async () => {};
  }

  let busy = false;
  const sockets = new Map<net.Socket, 'request' | 'snapshot'>();

  async function answer(socket: net.Socket, line: string) {
    let command: unknown;
    try {
      command = (JSON.parse(line) as { command?: unknown }).command;
    } catch {}
    const reply = (r: Reply, data?: Uint8Array) => {
      socket.write(`${JSON.stringify(r)}\n`);
      if (data) socket.end(data);
      else socket.end();
    };
    if (command !== 'backup') return reply({ ok: false, error: 'unknown request' });
    if (busy) return reply({ ok: false, error: 'a backup is already being taken; try again' });
    busy = true;
    sockets.set(socket, 'snapshot');
    try {
      const started = Date.now();
      const data = await takeSnapshot(database);
      const ms = Date.now() - started;
      log.info({ bytes: data.length, ms }, 'backup snapshot taken for npm run backup');
      const header: SnapshotHeader = {
        ok: true,
        bytes: data.length,
        sha256: sha256(data),
        ms,
      };
      // A client that stops reading must not keep the snapshot in memory for ever.
      socket.setTimeout(60_000, () => socket.destroy());
      reply(header, data);
    } catch (err) {
      log.error({ err }, 'backup snapshot failed');
      reply({ ok: false, error: (err as Error).message });
    } finally {
      busy = false;
    }
  }

  const server = net.createServer((socket) => {
    sockets.set(socket, 'request');
    socket.on('close', () => sockets.delete(socket));
    // A client that goes away mid-transfer is its own problem, not the server's.
    socket.on('error', () => {});
    socket.setTimeout(10_000, () => socket.destroy());
    let request = '';
    const onData = (chunk: Buffer) => {
      request += chunk.toString('utf8');
      const end = request.indexOf('\n');
      if (end === -1) {
        if (request.length > 1024) socket.destroy();
        return;
      }
      socket.off('data', onData);
      socket.setTimeout(0);
      void answer(socket, request.slice(0, end));
    };
    socket.on('data', onData);
  });

  // This process holds the data directory's lock, so a socket file here was left by one that died.
  await unlink(socketPath).catch(() => {});
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(draftPath, () => {
        server.off('error', reject);
        resolve();
      });
    });
    // Bound under a name nobody knows, made private, then moved into place: the socket is never
    // reachable with the wider permissions the umask would give it.
    await chmod(draftPath, 0o600);
    await rename(draftPath, socketPath);
  } catch (err) {
    // Kudos serves without it; only backups while it runs are unavailable.
    server.close();
    await unlink(draftPath).catch(() => {});
    log.warn({ err, socketPath }, 'no control socket: npm run backup cannot reach this process');
    return async () => {};
  }
  const removeSocket = () => {
    try {
      unlinkSync(socketPath);
    } catch {}
  };
  process.on('exit', removeSocket);

  return async () => {
    process.off('exit', removeSocket);
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // A snapshot being sent may finish; connections that have not asked for one end now.
    for (const [socket, state] of sockets) if (state === 'request') socket.destroy();
    await closed;
    removeSocket();
  };
}

/**
 * Asks the Kudos process serving `socketPath` for a snapshot and writes it to `file` (created
 * new, mode 0600). Resolves with the header, or undefined when no process answers at the socket.
 */
export async function requestSnapshot(
  socketPath: string,
  file: string,
  onHeader?: (header: SnapshotHeader) => void,
): Promise<SnapshotHeader | undefined> {
  const socket = net.createConnection(socketPath);
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // No socket, or one left behind by a process that is gone.
    if (code === 'ENOENT' || code === 'ECONNREFUSED') return undefined;
    throw err;
  }
  socket.write(`${JSON.stringify({ command: 'backup' })}\n`);

  const out = await open(file, 'wx', 0o600).catch((err) => {
    socket.destroy();
    throw err;
  });
  const hash = createHash('sha256');
  let header: Reply | undefined;
  let pending = Buffer.alloc(0);
  let received = 0;
  try {
    for await (const chunk of socket as AsyncIterable<Buffer>) {
      let body = chunk;
      if (!header) {
        pending = Buffer.concat([pending, chunk]);
        const end = pending.indexOf(10);
        if (end === -1) {
          if (pending.length > 65_536)
            throw new Error('Kudos sent an answer this tool does not understand');
          continue;
        }
        header = JSON.parse(pending.subarray(0, end).toString('utf8')) as Reply;
        if (!header.ok) throw new Error(`Kudos did not take a snapshot: ${header.error}`);
        onHeader?.(header);
        body = pending.subarray(end + 1);
      }
      received += body.length;
      hash.update(body);
      await out.write(body);
    }
  } catch (err) {
    socket.destroy();
    throw err;
  } finally {
    await out.close();
  }
  if (!header?.ok) throw new Error('Kudos closed the control socket without sending a snapshot');
  if (received !== header.bytes || hash.digest('hex') !== header.sha256) {
    throw new Error(`the snapshot arrived incomplete (${received} of ${header.bytes} bytes)`);
  }
  return header;
}
