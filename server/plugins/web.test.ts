import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrf, signUp } from '../test/accounts.js';
import { buildTestApp, type TestApp } from '../test/app.js';
import { createOrg } from '../test/organisations.js';

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
  // As the build writes them: each asset also brotli- and gzip-compressed beside it.
  await writeFile(
    path.join(dist, 'assets', 'app-1a2b.js.br'),
    brotliCompressSync('console.log(1)'),
  );
  await writeFile(path.join(dist, 'assets', 'app-1a2b.js.gz'), gzipSync('console.log(1)'));
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

  it('answers 404 with the app for a region or organisation that does not exist', async () => {
    for (const url of [
      '/fi/alueet/99',
      '/sv/regioner/x1',
      '/en/organisations/00000000-0000-4000-8000-000000000000',
      '/fi/organisaatiot/not-an-id',
      '/fi/organisaatiot/00000000-0000-4000-8000-000000000000/historia',
    ]) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(404);
      expect(res.body).toContain('<html lang=');
    }
  });

  it('answers 200 for an organisation in any state, the JSON-LD only on a published one', async () => {
    const coordinator = await signUp(t, { role: 'coordinator' });
    const member = await signUp(t, {});
    const published = await createOrg(t, coordinator.cookie, { name: 'Sivupää Osuuskunta' });
    const proposal = await createOrg(t, member.cookie, { name: 'Ehdotus Osuuskunta' });
    expect(
      (await t.app.inject({ url: `/fi/organisaatiot/${proposal.id}` })).statusCode,
      'a proposal is a page for its proposer',
    ).toBe(200);
    const res = await t.app.inject({ url: `/fi/organisaatiot/${published.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('application/ld+json');
    const history = await t.app.inject({ url: `/fi/organisaatiot/${published.id}/historia` });
    expect(history.statusCode).toBe(200);
    expect(history.body).not.toContain('application/ld+json');
  });

  it('titles a network page by its name, with JSON-LD escaped, and lets its embed page be framed', async () => {
    const coordinator = await signUp(t, { role: 'coordinator' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/networks',
      headers: { ...csrf, cookie: coordinator.cookie },
      payload: {
        name: { fi: 'Verkosto </script><script>alert(1)</script>', sv: 'Nätverket' },
        description: { fi: 'Verkoston kuvaus.' },
        kind: 'thematic',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id;
    const page = await t.app.inject({ url: `/sv/natverk/${id}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Nätverket – Kudos</title>');
    expect(page.body).toContain('application/ld+json');
    expect(page.body).not.toContain('<script>alert(1)</script>');
    expect(String(page.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    const fi = await t.app.inject({ url: `/fi/verkostot/${id}` });
    expect(fi.body).not.toContain('</script><script>alert(1)');
    const embed = await t.app.inject({ url: `/fi/upotus/verkostot/${id}` });
    expect(embed.statusCode).toBe(200);
    expect(String(embed.headers['content-security-policy'])).toContain('frame-ancestors *');
    expect(embed.body).not.toContain('application/ld+json');
    for (const url of [
      '/fi/verkostot/00000000-0000-4000-8000-000000000000',
      '/en/embed/networks/not-an-id',
    ]) {
      expect((await t.app.inject({ url })).statusCode, url).toBe(404);
    }
  });

  it('writes the title, description, canonical, language alternates and Open Graph per page', async () => {
    const res = await t.app.inject({ url: '/sv/regioner' });
    const html = res.body;
    expect(html.match(/<title/g)).toHaveLength(1);
    expect(html).toContain('<title>Landskap – Kudos</title>');
    expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/sv\/regioner">/);
    expect(html).toMatch(/<link rel="alternate" hreflang="fi" href="[^"]+\/fi\/alueet">/);
    expect(html).toMatch(/<link rel="alternate" hreflang="en" href="[^"]+\/en\/regions">/);
    expect(html).toMatch(/<link rel="alternate" hreflang="x-default" href="[^"]+\/fi\/alueet">/);
    expect(html).toContain('<meta property="og:locale" content="sv_FI">');
    expect(html).toMatch(/<meta name="description" content="Kudos är [^"]+">/);

    const region = await t.app.inject({ url: '/en/regions/02' });
    expect(region.body).toContain('<title>Southwest Finland – Kudos</title>');
    expect(region.body).toContain('<meta property="og:title" content="Southwest Finland – Kudos">');

    const home = await t.app.inject({ url: '/fi' });
    expect(home.body).toMatch(/<title>Kudos – [^<]+<\/title>/);

    const missing = await t.app.inject({ url: '/sv/ingen-sadan-sida' });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('<html lang="sv"');
    expect(missing.body).toContain('<title>Sidan hittades inte – Kudos</title>');
    expect(missing.body).not.toContain('rel="canonical"');
  });

  it("titles an organisation's page by its name in the page's language, escaped", async () => {
    const coordinator = await signUp(t, { role: 'coordinator' });
    const org = await createOrg(t, coordinator.cookie, {
      name: 'Osuuskunta "Tähti" <b>',
      nameSv: 'Andelslaget Stjärnan',
      description: { fi: 'Kuvaus, jossa on <script>alert(1)</script> ja "lainaus".' },
    });
    const fi = (await t.app.inject({ url: `/fi/organisaatiot/${org.id}` })).body;
    expect(fi).toContain('<title>Osuuskunta &quot;Tähti&quot; &lt;b&gt; – Kudos</title>');
    expect(fi).toContain(
      '<meta name="description" content="Kuvaus, jossa on &lt;script&gt;alert(1)&lt;/script&gt; ja &quot;lainaus&quot;.">',
    );
    expect(fi).not.toContain('<script>alert(1)');
    const sv = (await t.app.inject({ url: `/sv/organisationer/${org.id}` })).body;
    expect(sv).toContain('<title>Andelslaget Stjärnan – Kudos</title>');
  });

  it('serves hashed assets with a long cache life', async () => {
    const res = await t.app.inject({ url: '/assets/app-1a2b.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it('sends pages and assets compressed to a browser that accepts it', async () => {
    const page = await t.app.inject({ url: '/fi', headers: { 'accept-encoding': 'gzip, br' } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(page.rawPayload).toString()).toContain('<html lang="fi"');
    // Assets come as the build compressed them.
    const asset = await t.app.inject({
      url: '/assets/app-1a2b.js',
      headers: { 'accept-encoding': 'br' },
    });
    expect(asset.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(asset.rawPayload).toString()).toBe('console.log(1)');
    const gzip = await t.app.inject({
      url: '/assets/app-1a2b.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await t.app.inject({ url: '/assets/app-1a2b.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe('console.log(1)');
  });

  it('never answers an API path with the web app', async () => {
    const res = await t.app.inject({ url: '/api/v2/regions' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });
});
