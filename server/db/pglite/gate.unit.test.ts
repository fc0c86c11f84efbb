import { describe, expect, it } from 'vitest';
import { asLongWork } from '../work.js';
import { DatabaseBusyError, DatabaseGate } from './gate.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the queue in front of the embedded database', () => {
  it('runs work one at a time, in order', async () => {
    const gate = new DatabaseGate(50);
    const order: string[] = [];
    const job = (name: string, ms: number) =>
      gate.run(async () => {
        order.push(`start ${name}`);
        await sleep(ms);
        order.push(`end ${name}`);
      });
    await Promise.all([job('a', 30), job('b', 1), job('c', 1)]);
    expect(order).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('lets ordinary work wait as long as it takes', async () => {
    const gate = new DatabaseGate(20);
    const slow = gate.run(() => sleep(120));
    await expect(gate.run(async () => 'waited')).resolves.toBe('waited');
    await slow;
  });

  it('refuses work that waits behind long work for longer than the bound, and recovers', async () => {
    const gate = new DatabaseGate(30);
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    const long = asLongWork(() => gate.run(() => held));
    const waiting = gate.run(async () => 'never');
    await expect(waiting).rejects.toBeInstanceOf(DatabaseBusyError);
    release();
    await long;
    await expect(gate.run(async () => 'free again')).resolves.toBe('free again');
  });

  it('also bounds work queued behind long work that has not started yet', async () => {
    const gate = new DatabaseGate(30);
    const first = gate.run(() => sleep(10));
    const long = asLongWork(() => gate.run(() => sleep(150)));
    const behind = gate.run(async () => 'behind');
    await expect(behind).rejects.toBeInstanceOf(DatabaseBusyError);
    await Promise.all([first, long]);
  });
});
