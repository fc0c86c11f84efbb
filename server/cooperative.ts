/**
 * Long work in the app's thread (reading a 100 000-row file, checking every row) shares the thread
 * with every other request: it gives way between pieces and stops when its request is abandoned.
 */

/** The reason work stops when its client has gone away (nobody is left to answer). */
export class ClientGoneError extends Error {
  constructor() {
    super('the client went away before the answer was complete');
  }
}

/** The reason long work stops when the process is asked to stop (it would not finish in time). */
export class ServerStoppingError extends Error {
  constructor() {
    super('the server is stopping');
  }
}

/** Lets timers, I/O and other requests run before continuing. */
export function giveWay(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** `items.map(fn)`, giving way every `every` items (and stopping once `signal` is aborted). */
export async function mapCooperatively<T, R>(
  items: readonly T[],
  fn: (item: T, index: number) => R,
  signal?: AbortSignal,
  every = 100,
): Promise<R[]> {
  const out: R[] = [];
  await forEachCooperatively(items, (item, i) => out.push(fn(item, i)), signal, every);
  return out;
}

/**
 * Calls `step` for each item, giving way every `every` items and stopping (with the signal's
 * reason) once `signal` is aborted.
 */
export async function forEachCooperatively<T>(
  items: readonly T[],
  step: (item: T, index: number) => void,
  signal?: AbortSignal,
  every = 100,
): Promise<void> {
  for (let i = 0; i < items.length; i++) {
    if (i % every === 0) {
      await giveWay();
      signal?.throwIfAborted();
    }
    step(items[i] as T, i);
  }
}
