import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({
    env: { BODY_LIMIT: '2048' },
    extend(app) {
      app.get('/api/test/boom', async () => {
        throw new Error('secret internals: password=hunter2');
      });
    },
  });
});
afterAll(() => t.close());

describe('the error envelope', () => {
  it('answers an unknown API route with 404 not_found', async () => {
    const res = await t.app.inject({ url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json()).toEqual({
      error: {
        code: 'not_found',
        message: expect.any(String),
        details: { path: '/api/v1/nothing-here' },
      },
    });
  });

  it('answers a wrong method with 405 and the allowed methods', async () => {
    const res = await t.app.inject({ method: 'DELETE', url: '/api/v1/regions/01' });
    expect(res.statusCode).toBe(405);
    expect(res.json().error.code).toBe('method_not_allowed');
    expect(res.headers.allow).toContain('GET');
    const put = await t.app.inject({ method: 'PUT', url: '/api/v1/postal-codes/lookup' });
    expect(put.statusCode).toBe(405);
    expect(put.headers.allow).toContain('POST');
  });

  it('answers a body over the limit with 413 payload_too_large', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/postal-codes/lookup',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ codes: Array.from({ length: 500 }, () => '00100') }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });

  it('answers malformed JSON with 400 invalid_request', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/postal-codes/lookup',
      headers: { 'content-type': 'application/json' },
      payload: '{"codes": [',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_request');
  });

  it('answers a missing body and a wrong body type with 400', async () => {
    const missing = await t.app.inject({ method: 'POST', url: '/api/v1/postal-codes/lookup' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('invalid_request');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/postal-codes/lookup',
      payload: { codes: '00100' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details.fields[0]).toMatchObject({ location: 'body', path: 'codes' });
  });

  it('answers a content type it cannot read with 415', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/postal-codes/lookup',
      headers: { 'content-type': 'application/xml' },
      payload: '<codes/>',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('unsupported_media_type');
  });

  it('hides the internals of a server error and gives the request id', async () => {
    const res = await t.app.inject({ url: '/api/test/boom' });
    expect(res.statusCode).toBe(500);
    const body = res.json();
    expect(body.error.code).toBe('internal_error');
    expect(res.body).not.toContain('hunter2');
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
    expect(body.error.details.requestId).toBe(res.headers['x-request-id']);
  });
});

describe('request ids', () => {
  it('gives every response its own x-request-id and ignores one sent by the client', async () => {
    const a = await t.app.inject({ url: '/api/health', headers: { 'x-request-id': 'forged' } });
    const b = await t.app.inject({ url: '/api/health' });
    expect(a.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
  });
});
