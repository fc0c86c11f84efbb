import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/app.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close().catch(() => {});
  t = undefined;
});

describe('health and readiness', () => {
  it('reports the process alive and the database ready', async () => {
    t = await buildTestApp();
    expect((await t.app.inject({ url: '/api/health' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ url: '/api/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ok', database: t.database.kind });
  });

  it('answers 503 service_unavailable when the database does not answer', async () => {
    t = await buildTestApp();
    await t.database.close();
    const res = await t.app.inject({ url: '/api/ready' });
    expect(res.statusCode).toBe(503);
    expect(res.json().error.code).toBe('service_unavailable');
    // Liveness does not depend on the database.
    expect((await t.app.inject({ url: '/api/health' })).statusCode).toBe(200);
  });
});
