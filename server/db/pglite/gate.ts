import { isLongWork } from '../work.js';

/**
 * The embedded database runs one statement or transaction at a time; this is the queue in front of
 * it. Work waits its turn as it would for PGlite itself, with one difference: behind long work (an
 * import's transaction, marked with `asLongWork`) a request waits at most `busyWaitMs` and then
 * gets `DatabaseBusyError` (503 with Retry-After) instead of hanging for the import's whole length.
 */
export class DatabaseBusyError extends Error {
  /** Seconds after which trying again makes sense. */
  readonly retryAfter = retryAfterSeconds;
  constructor() {
    super('the embedded database is busy with long work');
  }
}

/** How long a request waits behind long work before it is answered 503. */
export const busyWaitMs = 3000;
const retryAfterSeconds = 10;

interface Waiter {
  long: boolean;
  start(): void;
  refuse(err: Error): void;
  timer?: NodeJS.Timeout;
}

export class DatabaseGate {
  private holder: { long: boolean } | null = null;
  private readonly queue: Waiter[] = [];

  constructor(private readonly waitMs = busyWaitMs) {}

  /** Runs `fn` when the database is free; long work when called inside `asLongWork`. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    await this.acquire(isLongWork());
    try {
      return await fn();
    } finally {
      this.release();
    }
  }

  private acquire(long: boolean): Promise<void> {
    if (!this.holder && this.queue.length === 0) {
      this.holder = { long };
      return Promise.resolve();
    }
    return new Promise((start, refuse) => {
      this.queue.push({ long, start, refuse });
      this.armTimers();
    });
  }

  private release() {
    const next = this.queue.shift();
    this.holder = next ? { long: next.long } : null;
    if (next) {
      clearTimeout(next.timer);
      next.start();
    }
    this.armTimers();
  }

  /** Everyone behind long work (holding the database or queued ahead) waits at most `waitMs`. */
  private armTimers() {
    let behindLong = this.holder?.long === true;
    for (const w of this.queue) {
      if (behindLong && !w.timer) {
        w.timer = setTimeout(() => {
          const i = this.queue.indexOf(w);
          if (i >= 0) this.queue.splice(i, 1);
          w.refuse(new DatabaseBusyError());
          this.armTimers();
        }, this.waitMs);
      } else if (!behindLong && w.timer) {
        clearTimeout(w.timer);
        w.timer = undefined;
      }
      if (w.long) behindLong = true;
    }
  }
}
