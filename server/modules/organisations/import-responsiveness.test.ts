import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientGoneError } from '../../cooperative.js';
import { rowsOf } from '../../db/sql.js';
import { asLongWork } from '../../db/work.js';
import { signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import type { Caller } from '../accounts/policy.js';
import { dryRunImport, runImport } from './import.service.js';

/** What else works while long work (an import) holds the database, and how long work stops. */
let t: TestApp;
let caller: Caller;
beforeAll(async () => {
  t = await buildTestApp();
  const coordinator = await signUp(t, { role: 'coordinator' });
  caller = {
    id: coordinator.me.id,
    role: 'coordinator',
    regions: [],
    via: 'session',
    scope: 'read_write',
  };
});
afterAll(() => t.close());

const csv = (rows: number) =>
  Buffer.from(
    `name,municipality\n${Array.from({ length: rows }, (_, i) => `Pysähtyvä Osuuskunta ${i},Helsinki`).join('\n')}\n`,
  );
const organisations = async () =>
  rowsOf<{ n: number }>(
    await t.database.db.execute(sql`select count(*)::int as n from organisation`),
  )[0]?.n;

describe('while long work holds the database', () => {
  it('answers health at once, and other requests with 503 and Retry-After (embedded) or normally (server)', async () => {
    // Long work (an import's transaction, say) that holds the database until released.
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    let begun!: () => void;
    const started = new Promise<void>((r) => {
      begun = r;
    });
    const long = asLongWork(() =>
      t.database.db.transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        begun();
        await held;
      }),
    );
    await started;
    // Health answers while the database is held, whatever cookie the caller sends.
    const health = await t.app.inject({
      url: '/api/health',
      headers: { cookie: 'kudos_session=x' },
    });
    expect(health.statusCode).toBe(200);
    const regions = await t.app.inject({ url: '/api/v1/regions' });
    if (t.database.kind === 'pglite') {
      // The embedded database runs one thing at a time: after a bounded wait, 503.
      expect(regions.statusCode).toBe(503);
      expect(regions.json().error).toMatchObject({
        code: 'service_unavailable',
        details: { reason: 'database_busy' },
      });
      expect(Number(regions.headers['retry-after'])).toBeGreaterThan(0);
    } else {
      expect(regions.statusCode).toBe(200);
    }
    release();
    await long;
    expect((await t.app.inject({ url: '/api/v1/regions' })).statusCode).toBe(200);
  });
});

describe('long work whose client has gone', () => {
  it('stops a dry run', async () => {
    const controller = new AbortController();
    controller.abort(new ClientGoneError());
    await expect(
      dryRunImport(
        t.database.db,
        caller,
        { bytes: csv(2000) },
        { name: 0, municipality: 1 },
        'fi',
        controller.signal,
      ),
    ).rejects.toBeInstanceOf(ClientGoneError);
  });

  it('stops an import half way and writes nothing', async () => {
    const before = await organisations();
    const controller = new AbortController();
    const progress: number[] = [];
    const run = runImport(
      t.database.db,
      { ip: null, userAgent: null },
      caller,
      { bytes: csv(3000) },
      { name: 0, municipality: 1 },
      'fi',
      (p) => {
        if (p.state === 'running') progress.push(p.processed);
        // The client goes away after the first thousand rows were written in the transaction.
        if (progress.length === 1) controller.abort(new ClientGoneError());
      },
      controller.signal,
    );
    await expect(run).rejects.toBeInstanceOf(ClientGoneError);
    expect(progress).toEqual([1000]);
    expect(await organisations()).toBe(before);
  });
});
