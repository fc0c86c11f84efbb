import type { z } from 'zod';

/**
 * Reading a long run's streamed answer (application/x-ndjson; common/schemas/progress.ts):
 * progress lines as they come, then the line that says how it ended. Imports and a round's
 * recomputation answer this way.
 */

type Line = { state: 'running'; processed: number; total: number } | { state: string };

/** How a run ended: its `done` or `failed` line, or the answer broke off before saying. */
export type RunOutcome<L extends Line> =
  | Exclude<L, { state: 'running' }>
  | { state: 'interrupted' };

function parseLine<L extends Line>(line: string, schema: z.ZodType<L>): L | undefined {
  if (!line.trim()) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads the NDJSON answer of a run as it streams in, calling `onProgress` for every progress line,
 * until the line that says how it ended. Chunks may end in the middle of a line, so text is kept
 * until its newline arrives.
 */
export async function readProgress<L extends Line>(
  body: ReadableStream<Uint8Array>,
  schema: z.ZodType<L>,
  onProgress: (processed: number, total: number) => void,
): Promise<RunOutcome<L>> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let pending = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      pending += decoder.decode(value, { stream: !done });
      const lines = pending.split('\n');
      pending = done ? '' : (lines.pop() ?? '');
      for (const line of lines) {
        const progress = parseLine(line, schema);
        if (!progress) continue;
        if ('processed' in progress && progress.state === 'running') {
          onProgress(progress.processed, progress.total);
        } else return progress as RunOutcome<L>;
      }
      if (done) return { state: 'interrupted' };
    }
  } catch {
    // The connection broke while the server was working: it may or may not have finished.
    return { state: 'interrupted' };
  } finally {
    reader.releaseLock();
  }
}

/** Tenths of the work done (0–10): the live region speaks only when this grows. */
export function tenthsDone(processed: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(10, Math.floor((processed / total) * 10));
}
