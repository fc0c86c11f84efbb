import { connect } from 'node:net';
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

/** Sends raw bytes to the listening server and resolves with everything it answers. */
function rawRequest(port: number, request: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (d) => {
      answer += d;
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(answer));
    socket.end(request);
  });
}

function envelopeOf(answer: string) {
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  return { status: Number(head.split(' ')[1]), head, body: JSON.parse(body) };
}

describe('answers that Fastify or Node give before any route', () => {
  let port: number;
  beforeAll(async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });

  it('answers malformed percent-encoding in a path in the envelope, without echoing it', async () => {
    const res = await t.app.inject({ url: '/api/v1/regions/%E0%A4%A-secret' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_request');
    expect(res.body).not.toContain('secret');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers an over-long path parameter with 414 in the envelope', async () => {
    const res = await t.app.inject({ url: `/api/v1/regions/${'1'.repeat(500)}` });
    expect(res.statusCode).toBe(414);
    expect(res.json().error.code).toBe('uri_too_long');
  });

  it('answers over-long headers and URLs with 431 in the envelope, without echoing them', async () => {
    const header = await rawRequest(
      port,
      `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'secret'.repeat(4000)}\r\n\r\n`,
    );
    const h = envelopeOf(header);
    expect(h.status).toBe(431);
    expect(h.body.error.code).toBe('headers_too_large');
    expect(h.head).toMatch(/connection: close/i);
    expect(header).not.toContain('secret');
    const url = envelopeOf(
      await rawRequest(
        port,
        `GET /api/v1/organisations?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
      ),
    );
    expect(url.status).toBe(431);
    expect(url.body.error.code).toBe('headers_too_large');
  });

  it('answers invalid header bytes with 400 in the envelope', async () => {
    const answer = await rawRequest(
      port,
      Buffer.from('GET /api/health HTTP/1.1\r\nHost: x\r\nX-Bad: a\u0000b\r\n\r\n', 'latin1'),
    );
    const a = envelopeOf(answer);
    expect(a.status).toBe(400);
    expect(a.body.error.code).toBe('invalid_request');
    expect(a.head).toMatch(/x-request-id: [0-9a-f-]{36}/i);
  });
});

describe('text and numbers the database cannot hold', () => {
  it('refuses U+0000 and lone surrogates in any field with 400 naming the field', async () => {
    for (const payload of [
      '{"codes":["00100"],"x":"a\\u0000b"}',
      '{"codes":["00100"],"x":["ok","\\ud800"]}',
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/postal-codes/lookup',
        headers: { 'content-type': 'application/json' },
        payload,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.fields[0]).toMatchObject({
        location: 'body',
        message: 'unsupported_character',
      });
    }
    const query = await t.app.inject({ url: '/api/v1/organisations?q=a%00b' });
    expect(query.statusCode).toBe(400);
    expect(query.json().error.details.fields[0]).toMatchObject({
      location: 'querystring',
      path: 'q',
    });
  });
});
