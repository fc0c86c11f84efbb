import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test/app.js';

let t: TestApp;
let dist: string;
beforeAll(async () => {
  // A stand-in for the built web app: what matters here is how the server serves it.
  dist = await mkdtemp(path.join(tmpdir(), 'kudos-dist-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(
    path.join(dist, 'index.html'),
    '<!doctype html><html lang="fi"><head><script type="module" src="/assets/app-1a2b.js"></script></head><body></body></html>',
  );
  await writeFile(path.join(dist, 'assets', 'app-1a2b.js'), 'console.log(1)');
  t = await buildTestApp({ env: { WEB_DIST: dist } });
});
afterAll(async () => {
  await t.close();
  await rm(dist, { recursive: true, force: true });
});

describe('serving the web app', () => {
  it('redirects / by the browser language', async () => {
    const sv = await t.app.inject({ url: '/', headers: { 'accept-language': 'sv-SE,sv;q=0.9' } });
    expect(sv.statusCode).toBe(302);
    expect(sv.headers.location).toBe('/sv');
    const en = await t.app.inject({ url: '/', headers: { 'accept-language': 'de,en;q=0.8' } });
    expect(en.headers.location).toBe('/en');
    const none = await t.app.inject({ url: '/' });
    expect(none.headers.location).toBe('/fi');
  });

  it('serves each page path in its language with <html lang> set', async () => {
    for (const [url, lang] of [
      ['/fi', 'fi'],
      ['/sv/regioner', 'sv'],
      ['/en/regions/01', 'en'],
      ['/fi/alueet/', 'fi'],
    ]) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.body).toContain(`<html lang="${lang}"`);
    }
  });

  it('answers a path that is no page with 404 and the app (which shows the not-found page)', async () => {
    for (const url of ['/fi/regioner', '/de/alueet', '/fi/alueet/01/extra']) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(404);
      expect(res.body).toContain('<html lang=');
    }
  });

  it('serves hashed assets with a long cache life', async () => {
    const res = await t.app.inject({ url: '/assets/app-1a2b.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it('never answers an API path with the web app', async () => {
    const res = await t.app.inject({ url: '/api/v2/regions' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });
});
