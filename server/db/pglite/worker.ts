import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pgliteExtensions } from './extensions.js';
import {
  serializeError,
  type WorkerOptions,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol.js';

/**
 * The embedded database in a thread of its own: PostgreSQL in WebAssembly runs each statement to
 * the end without yielding, so in the app's thread one long statement (a broad search, an import's
 * chunk) would stop every other request, health checks and signals included.
 */
if (!parentPort) throw new Error('the PGlite worker must run as a worker thread');
const port = parentPort;
const options = workerData as WorkerOptions;

const db = await PGlite.create(options.dataDir, {
  extensions: pgliteExtensions,
  ...(options.loadDataDir
    ? { loadDataDir: new Blob([options.loadDataDir as Uint8Array<ArrayBuffer>]) }
    : {}),
});

interface OpenTransaction {
  tx: Transaction;
  finish(commit: boolean, endId: number): void;
}
const open = new Map<number, OpenTransaction>();
let nextTx = 1;

function reply(message: WorkerResponse, transfer: ArrayBuffer[] = []) {
  try {
    port.postMessage(message, transfer);
  } catch (err) {
    // A value that cannot cross to the app's thread: answer with the error instead.
    port.postMessage({ id: message.id, ok: false, error: serializeError(err) });
  }
}
const fail = (id: number, err: unknown) => reply({ id, ok: false, error: serializeError(err) });

function target(tx: number | undefined): PGlite | Transaction {
  if (tx === undefined) return db;
  const t = open.get(tx);
  if (!t) throw new Error(`transaction ${tx} is not open`);
  return t.tx;
}

function begin(id: number) {
  const txId = nextTx++;
  let endId = -1;
  let commit = false;
  db.transaction(async (tx) => {
    await new Promise<void>((done) => {
      open.set(txId, {
        tx,
        finish(c, e) {
          commit = c;
          endId = e;
          done();
        },
      });
      reply({ id, ok: true, value: txId });
    });
    if (!commit) await tx.rollback();
  }).then(
    () => reply({ id: endId, ok: true, value: null }),
    (err) => (endId >= 0 ? fail(endId, err) : fail(id, err)),
  );
}

async function handle(m: WorkerRequest) {
  switch (m.op) {
    case 'query': {
      const parsers = Object.fromEntries(m.rawTypes.map((t) => [t, (v: string) => v]));
      const result = await target(m.tx).query(m.sql, m.params, {
        ...(m.rowMode ? { rowMode: m.rowMode } : {}),
        parsers,
      });
      return reply({ id: m.id, ok: true, value: result });
    }
    case 'exec':
      return reply({ id: m.id, ok: true, value: await target(m.tx).exec(m.sql) });
    case 'begin':
      return begin(m.id);
    case 'end': {
      const t = open.get(m.tx);
      if (!t) throw new Error(`transaction ${m.tx} is not open`);
      open.delete(m.tx);
      return t.finish(m.commit, m.id);
    }
    case 'snapshot': {
      // Holding PGlite's transaction lock: no other statement runs, none is half done, and the
      // checkpoint has written every committed page, so the copy needs no recovery.
      const tar = await db.transaction(async (tx) => {
        await tx.exec('CHECKPOINT');
        return db.dumpDataDir('none');
      });
      const bytes = new Uint8Array(await tar.arrayBuffer());
      return reply({ id: m.id, ok: true, value: bytes }, [bytes.buffer as ArrayBuffer]);
    }
    case 'close':
      await db.close();
      reply({ id: m.id, ok: true, value: null });
      return port.close();
  }
}

port.on('message', (m: WorkerRequest) => {
  handle(m).catch((err) => fail(m.id, err));
});
port.postMessage({ ready: true });
