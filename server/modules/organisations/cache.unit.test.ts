import { describe, expect, it } from 'vitest';
import { SharedRead } from './cache.js';

/** A read whose start and end the test controls: each read returns the value at its start. */
function controlledSource() {
  let value = 0;
  const pending: (() => void)[] = [];
  let reads = 0;
  const read = () => {
    reads++;
    const seen = value;
    return new Promise<number>((resolve) => pending.push(() => resolve(seen)));
  };
  return {
    read,
    set: (v: number) => {
      value = v;
    },
    finishOne: async () => {
      pending.shift()?.();
      // Let the continuations (the next read starting) run.
      for (let i = 0; i < 5; i++) await Promise.resolve();
    },
    reads: () => reads,
  };
}

describe('SharedRead', () => {
  it('serves callers that arrive together with one read', async () => {
    const source = controlledSource();
    const shared = new SharedRead(source.read);
    const a = shared.get();
    expect(source.reads()).toBe(1);
    await source.finishOne();
    expect(await a).toBe(0);
  });

  it('never answers a caller with a read that began before its call', async () => {
    const source = controlledSource();
    const shared = new SharedRead(source.read);
    const early = shared.get();
    // A change commits after the first read began; later callers must see it.
    source.set(1);
    const late = [shared.get(), shared.get(), shared.get()];
    expect(source.reads()).toBe(1);
    await source.finishOne();
    expect(await early).toBe(0);
    // The callers that came during the first read share the second one.
    expect(source.reads()).toBe(2);
    await source.finishOne();
    expect(await Promise.all(late)).toEqual([1, 1, 1]);
    expect(source.reads()).toBe(2);
  });

  it('starts a new read after a failed one', async () => {
    let calls = 0;
    const shared = new SharedRead(async () => {
      calls++;
      if (calls === 1) throw new Error('connection lost');
      return calls;
    });
    const first = shared.get();
    const second = shared.get();
    await expect(first).rejects.toThrow('connection lost');
    expect(await second).toBe(2);
    expect(await shared.get()).toBe(3);
  });
});
