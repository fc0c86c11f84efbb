import {
  type ImportProgress,
  importProgressSchema,
} from '../../../../common/schemas/organisation-import.js';

/** How a run ended: done or failed on the server, or the answer broke off before saying. */
export type ImportOutcome =
  | Exclude<ImportProgress, { state: 'running' }>
  | { state: 'interrupted' };

function parseLine(line: string): ImportProgress | undefined {
  if (!line.trim()) return undefined;
  try {
    const parsed = importProgressSchema.safeParse(JSON.parse(line));
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
export async function readProgress(
  body: ReadableStream<Uint8Array>,
  onProgress: (processed: number, total: number) => void,
): Promise<ImportOutcome> {
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
        const progress = parseLine(line);
        if (progress?.state === 'running') onProgress(progress.processed, progress.total);
        else if (progress) return progress;
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
