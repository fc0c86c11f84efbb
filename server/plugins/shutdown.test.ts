import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('while the process stops', () => {
  it('answers new requests with 503 in the envelope, Retry-After, a request id and Connection: close', async () => {
    expect((await t.app.inject({ url: '/api/health' })).statusCode).toBe(200);
    t.app.beginShutdown();
    for (const url of ['/api/health', '/api/v1/regions', '/fi']) {
      const res = await t.app.inject({ url });
      expect(res.statusCode).toBe(503);
      expect(res.json().error.code).toBe('service_unavailable');
      expect(res.headers['retry-after']).toBe('5');
      expect(res.headers.connection).toBe('close');
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
