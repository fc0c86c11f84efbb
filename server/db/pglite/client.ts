import { Worker } from 'node:worker_threads';
import type { Results, Transaction } from '@electric-sql/pglite';
import { asLongWork } from '../work.js';
import { DatabaseGate } from './gate.js';
import {
  deserializeError,
  type WorkerOptions,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol.js';

type Request = WorkerRequest extends infer R
  ? R extends { id: number }
    ? Omit<R, 'id'>
    : never
  : never;
type QueryOptions = { rowMode?: 'array' | 'object'; parsers?: Record<number, unknown> };

/** The part of a PGlite transaction that drizzle uses. */
type TxClient = Pick<Transaction, 'query' | 'exec'> & { rollback(): Promise<void> };

/**
 * PGlite in a worker thread, with the methods drizzle's PGlite driver calls (`query`, `exec`,
 * `transaction`). Every statement outside a transaction and every transaction passes the gate.
 */
export class PgliteWorkerClient {
  private readonly pending = new Map<
    number,
    { resolve(v: unknown): void; reject(e: Error): void }
  >();
  private nextId = 1;
  private failure: Error | undefined;
  private closing = false;
  private readonly failureListeners: ((err: Error) => void)[] = [];
  private readonly gate = new DatabaseGate();

  private constructor(private readonly worker: Worker) {
    worker.on('message', (m: WorkerResponse | { ready: true }) => {
      if ('ready' in m) return;
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.ok) p.resolve(m.value);
      else p.reject(deserializeError(m.error));
    });
    const stop = (err: Error) => {
      const first = this.failure === undefined;
      this.failure ??= err;
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
      // The thread died on its own: nothing can be served any more.
      if (first && !this.closing) for (const listener of this.failureListeners) listener(err);
    };
    worker.on('error', stop);
    worker.on('exit', (code) => stop(new Error(`the database thread stopped (exit code ${code})`)));
  }

  /** Starts the thread and opens the database in it; rejects when it cannot be opened. */
  static async start(options: WorkerOptions): Promise<PgliteWorkerClient> {
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), {
      workerData: options,
    });
    await new Promise<void>((resolve, reject) => {
      const onMessage = (m: { ready?: boolean }) => {
        if (m.ready) done(resolve);
      };
      const onError = (err: Error) => done(() => reject(err));
      const onExit = (code: number) =>
        done(() => reject(new Error(`the database thread stopped (exit code ${code})`)));
      const done = (then: () => void) => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        then();
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
    });
    return new PgliteWorkerClient(worker);
  }

  private call<T>(request: Request): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ ...request, id } as WorkerRequest);
    });
  }

  private queryIn(
    tx: number | undefined,
    sql: string,
    params: unknown[] = [],
    options: QueryOptions = {},
  ) {
    return this.call<Results>({
      op: 'query',
      sql,
      params,
      rowMode: options.rowMode,
      rawTypes: Object.keys(options.parsers ?? {}).map(Number),
      ...(tx === undefined ? {} : { tx }),
    });
  }

  query<T = unknown>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>> {
    return this.gate.run(() => this.queryIn(undefined, sql, params, options)) as Promise<
      Results<T>
    >;
  }

  exec(sql: string): Promise<Results[]> {
    return this.gate.run(() => this.call<Results[]>({ op: 'exec', sql }));
  }

  /** Commits when `fn` resolves, rolls back when it throws (or calls `rollback`). */
  transaction<T>(fn: (tx: TxClient) => Promise<T>): Promise<T> {
    return this.gate.run(async () => {
      const tx = await this.call<number>({ op: 'begin' });
      let rolledBack = false;
      const client: TxClient = {
        query: ((sql: string, params?: unknown[], options?: QueryOptions) =>
          this.queryIn(tx, sql, params, options)) as TxClient['query'],
        exec: ((sql: string) => this.call({ op: 'exec', sql, tx })) as TxClient['exec'],
        rollback: async () => {
          rolledBack = true;
        },
      };
      let result: T;
      try {
        result = await fn(client);
      } catch (err) {
        await this.call({ op: 'end', tx, commit: false }).catch(() => {});
        throw err;
      }
      await this.call({ op: 'end', tx, commit: !rolledBack });
      return result;
    });
  }

  /** A consistent tarball of the data directory, taken between transactions. */
  snapshot(): Promise<Uint8Array> {
    // Seconds for a large database: long work, which others wait for only a bounded time.
    return asLongWork(() => this.gate.run(() => this.call<Uint8Array>({ op: 'snapshot' })));
  }

  /** Calls `listener` if the database thread stops other than by `close()`. */
  onFailure(listener: (err: Error) => void): void {
    this.failureListeners.push(listener);
  }

  async close(): Promise<void> {
    if (this.failure) return;
    this.closing = true;
    await this.gate.run(() => this.call({ op: 'close' }));
    await this.worker.terminate();
  }
}
