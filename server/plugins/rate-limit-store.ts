import type { Db } from '../db/client.js';
import { countHit } from '../modules/rate-limits/service.js';

type Callback = (err: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * A store for @fastify/rate-limit that keeps its counters in the database, so several app
 * processes behind a load balancer share one limit. One upsert per limited request: the window
 * restarts when it has passed, otherwise the count goes up.
 */
export function databaseRateLimitStore(db: Db) {
  class DatabaseStore {
    // The plugin passes its options first; the key prefix is ours (set for each route's child).
    constructor(
      _options?: unknown,
      private readonly prefix = '',
    ) {}

    incr(key: string, cb: Callback, timeWindow: number): void {
      countHit(db, `${this.prefix}${key}`, timeWindow).then(
        (r) => cb(null, r),
        (err: Error) => cb(err),
      );
    }

    /** One store per limited route, so the same address counts separately on each. */
    // At run time the plugin passes its merged options with `routeInfo` (its types say otherwise).
    child(routeOptions: unknown) {
      const r = (routeOptions as { routeInfo?: { method?: string; url?: string } }).routeInfo;
      return new DatabaseStore(undefined, r?.url ? `${r.method ?? ''} ${r.url}|` : this.prefix);
    }
  }
  return DatabaseStore;
}
