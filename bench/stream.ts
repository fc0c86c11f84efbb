// What the benchmarks that drive streams of distinct requests share: sending a list of paths with
// autocannon (each request the next path) or one at a time, percentiles, and the printed table.
import autocannon from 'autocannon';

export interface Figures {
  requests: number;
  /** Answers per second over the run (null one at a time). */
  requestsPerSecond: number | null;
  p50: number | null;
  p95: number | null;
  p97_5: number | null;
  p99: number | null;
  max: number | null;
  non2xx: number;
  /** Answers without items (no match, a page past the last, no suggestion). */
  empty: number;
  timeouts: number;
  errors: number;
}

/** Percentiles (nearest rank) of latencies in ms, one decimal. */
export function figures(
  ms: number[],
  rest: { non2xx: number; empty: number; timeouts?: number; errors?: number; seconds?: number },
): Figures {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted.length
      ? Number((sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] as number).toFixed(1))
      : null;
  return {
    requests: ms.length,
    requestsPerSecond: rest.seconds ? Number((ms.length / rest.seconds).toFixed(1)) : null,
    p50: at(0.5),
    p95: at(0.95),
    p97_5: at(0.975),
    p99: at(0.99),
    max: sorted.length ? Number((sorted.at(-1) as number).toFixed(1)) : null,
    non2xx: rest.non2xx,
    empty: rest.empty,
    timeouts: rest.timeouts ?? 0,
    errors: rest.errors ?? 0,
  };
}

/**
 * Sends every path once with autocannon at `conns` connections: each request takes the next path.
 * (Each client gets its own request object in setupClient: the `requests` option's objects are
 * shared by all clients, whose first requests would then all go to the last path built.)
 */
export function stream(baseUrl: string, paths: readonly string[], conns: number): Promise<Figures> {
  let next = 0;
  const take = () => paths[next++ % paths.length] as string;
  const ms: number[] = [];
  let non2xx = 0;
  let empty = 0;
  const started = performance.now();
  let lastAnswer = started;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections: Math.min(conns, paths.length),
        amount: paths.length,
        timeout: 10,
        setupClient(client) {
          client.setRequests([
            {
              setupRequest: (request) => ({ ...request, path: take() }),
              onResponse: (_status, body) => {
                if (isEmpty(body)) empty += 1;
              },
            },
          ]);
        },
      },
      (err, result) => {
        if (err) return reject(err);
        if (next !== paths.length)
          console.warn(`  (${next} requests for ${paths.length} paths: some repeated or unsent)`);
        resolve(
          figures(ms, {
            non2xx,
            empty,
            timeouts: result.timeouts,
            errors: result.errors - result.timeouts,
            // Until the last answer: autocannon itself only finishes on its next 1 s tick.
            seconds: (lastAnswer - started) / 1000,
          }),
        );
      },
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      ms.push(responseTime);
      lastAnswer = performance.now();
      if (status < 200 || status > 299) non2xx += 1;
    });
  });
}

export const isEmpty = (body: string) => body.includes('"items":[]');

/** Sends the paths one after another; latencies in ms, statuses and which answers were empty. */
export async function oneAtATime(baseUrl: string, paths: readonly string[]) {
  const ms: number[] = [];
  const statuses: number[] = [];
  const empty: boolean[] = [];
  for (const path of paths) {
    const started = performance.now();
    const res = await fetch(baseUrl + path);
    const body = await res.text();
    ms.push(performance.now() - started);
    statuses.push(res.status);
    empty.push(isEmpty(body));
  }
  return { ms, statuses, empty };
}

const col = (v: number | null, w = 8) =>
  (v === null ? '–' : v >= 100 ? String(Math.round(v)) : v.toFixed(1)).padStart(w);

export function printHeader() {
  console.log(
    'run'.padEnd(50),
    'n'.padStart(5),
    'req/s'.padStart(7),
    'p50'.padStart(7),
    'p95'.padStart(7),
    'p97.5'.padStart(7),
    'p99'.padStart(7),
    'non2xx'.padStart(6),
    'empty'.padStart(6),
    'timeouts'.padStart(8),
  );
}

export function printRow(name: string, f: Figures) {
  console.log(
    name.padEnd(50),
    String(f.requests).padStart(5),
    col(f.requestsPerSecond, 7),
    col(f.p50, 7),
    col(f.p95, 7),
    col(f.p97_5, 7),
    col(f.p99, 7),
    String(f.non2xx).padStart(6),
    String(f.empty).padStart(6),
    String(f.timeouts).padStart(8),
  );
}
