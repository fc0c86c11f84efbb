import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('security headers and compression', () => {
  it('sends a Content-Security-Policy that allows no inline or foreign scripts', async () => {
    const res = await t.app.inject({ url: '/api/v1/regions' });
    const csp = String(res.headers['content-security-policy']);
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'));
    expect(scriptSrc?.trim()).toBe("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  it('lets other sites frame only the embeddable pages', async () => {
    const frameable = async (url: string) => {
      const res = await t.app.inject({ url });
      const csp = String(res.headers['content-security-policy']);
      if (csp.includes('frame-ancestors *') && !res.headers['x-frame-options']) return true;
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      return false;
    };
    for (const url of [
      '/fi/upotus/organisaatiot?theme=x',
      '/sv/inbaddning/natverk/1',
      '/en/embed/networks/1',
    ]) {
      expect(await frameable(url), url).toBe(true);
    }
    for (const url of [
      '/fi',
      '/fi/organisaatiot',
      '/sv/upotus/organisaatiot',
      '/en/organisations?x=/fi/upotus/',
      '/api/v1/regions',
      '/fi/upotusx',
    ]) {
      expect(await frameable(url), url).toBe(false);
    }
  });

  it('compresses large responses for clients that accept it', async () => {
    const res = await t.app.inject({
      url: '/api/v1/regions',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.headers['content-encoding']).toBe('gzip');
  });
});

describe('OpenAPI', () => {
  it('documents every API route with its schemas', async () => {
    const res = await t.app.inject({ url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/ready',
        '/api/v1/regions',
        '/api/v1/regions/{code}',
        '/api/v1/postal-codes/{code}',
        '/api/v1/postal-codes/lookup',
      ]),
    );
    const getRegion = doc.paths['/api/v1/regions/{code}'].get;
    expect(getRegion.parameters[0]).toMatchObject({ name: 'code', in: 'path', required: true });
    expect(Object.keys(getRegion.responses)).toEqual(['200', '400', '404']);
  });

  it('serves a browsable documentation page', async () => {
    const res = await t.app.inject({ url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
  });
});
