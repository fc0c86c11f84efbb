import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientGoneError } from '../../cooperative.js';
import { asLongWork } from '../../db/pglite/gate.js';
import { rowsOf } from '../../db/sql.js';
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
    let longDone = false;
    const long = asLongWork(() =>
      t.database.db.transaction(async (tx) => {
        await tx.execute(sql`select pg_sleep(4)`);
      }),
    ).then(() => {
      longDone = true;
    });
    await new Promise((r) => setTimeout(r, 200));
    const health = await t.app.inject({
      url: '/api/health',
      headers: { cookie: 'kudos_session=x' },
    });
    expect(health.statusCode).toBe(200);
    // Answered while the long work still runs: nothing waited for the database.
    expect(longDone).toBe(false);
    const regions = await t.app.inject({ url: '/api/v1/regions' });
    if (t.database.kind === 'pglite') {
      expect(regions.statusCode).toBe(503);
      expect(regions.json().error).toMatchObject({
        code: 'service_unavailable',
        details: { reason: 'database_busy' },
      });
      expect(Number(regions.headers['retry-after'])).toBeGreaterThan(0);
    } else {
      expect(regions.statusCode).toBe(200);
    }
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
        csv(2000),
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
      csv(3000),
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
