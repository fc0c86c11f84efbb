import { describe, expect, it } from 'vitest';
import { importProgressSchema } from '../../../common/schemas/import.js';
import { readProgress as read, tenthsDone } from './progress-stream.js';

const readProgress = (
  body: ReadableStream<Uint8Array>,
  onProgress: (processed: number, total: number) => void,
) => read(body, importProgressSchema, onProgress);

function streamOf(chunks: string[], fail = false): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      if (fail) controller.error(new Error('connection reset'));
      else controller.close();
    },
  });
}

describe('readProgress', () => {
  it('reports progress lines split across chunks and returns the final line', async () => {
    const seen: [number, number][] = [];
    const outcome = await readProgress(
      streamOf([
        '{"state":"running","processed":500,"to',
        'tal":1000}\n{"state":"running","processed":1000,"total":1000}\n{"state":"do',
        'ne","created":900,"updated":60,"unchanged":40,"total":1000}\n',
      ]),
      (processed, total) => seen.push([processed, total]),
    );
    expect(seen).toEqual([
      [500, 1000],
      [1000, 1000],
    ]);
    expect(outcome).toEqual({
      state: 'done',
      created: 900,
      updated: 60,
      unchanged: 40,
      total: 1000,
    });
  });

  it('returns a failure with the server message', async () => {
    const outcome = await readProgress(
      streamOf(['{"state":"failed","message":"Tuonti epäonnistui."}\n']),
      () => {},
    );
    expect(outcome).toEqual({ state: 'failed', message: 'Tuonti epäonnistui.' });
  });

  it('reads a final line without a newline', async () => {
    const outcome = await readProgress(
      streamOf(['{"state":"done","created":1,"updated":0,"total":1}']),
      () => {},
    );
    expect(outcome.state).toBe('done');
  });

  it('says the run was interrupted when the answer ends or breaks too early', async () => {
    const line = '{"state":"running","processed":1,"total":2}\n';
    await expect(readProgress(streamOf([line]), () => {})).resolves.toEqual({
      state: 'interrupted',
    });
    await expect(readProgress(streamOf([line], true), () => {})).resolves.toEqual({
      state: 'interrupted',
    });
  });
});

describe('tenthsDone', () => {
  it('grows by tenths and never passes ten', () => {
    expect(tenthsDone(0, 100)).toBe(0);
    expect(tenthsDone(9, 100)).toBe(0);
    expect(tenthsDone(10, 100)).toBe(1);
    expect(tenthsDone(99_999, 100_000)).toBe(9);
    expect(tenthsDone(120, 100)).toBe(10);
    expect(tenthsDone(5, 0)).toBe(0);
  });
});
