import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import regionsFile from './reference/regions.json' with { type: 'json' };
import { regionOutlines } from './region-outlines.js';

const [, , width, height] = regionOutlines.viewBox.split(' ').map(Number) as [
  number,
  number,
  number,
  number,
];

/** The absolute points of a path written as `M x y l dx dy … z`, one list per ring. */
function ringsOf(d: string): [number, number][][] {
  return [...d.matchAll(/M(-?\d+) (-?\d+)l([-\d ]*)z/g)].map((match) => {
    const [, mx, my, rest = ''] = match;
    const numbers = rest.match(/-?\d+/g)?.map(Number) ?? [];
    let x = Number(mx);
    let y = Number(my);
    const points: [number, number][] = [[x, y]];
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      x += numbers[i] as number;
      y += numbers[i + 1] as number;
      points.push([x, y]);
    }
    return points;
  });
}

describe('region outlines', () => {
  it('has one outline for each region of the reference data, in its order', () => {
    expect(regionOutlines.regions.map((r) => r.code)).toEqual(
      regionsFile.regions.map((r) => r.code),
    );
  });

  it('writes each outline as closed rings of whole numbers and nothing else', () => {
    for (const { d } of regionOutlines.regions) {
      expect(d).toMatch(/^(M-?\d+ -?\d+l[-\d ]+z)+$/);
      expect(ringsOf(d).join('')).not.toBe('');
    }
  });

  it('keeps every point and label inside the drawing', () => {
    for (const { d, label } of regionOutlines.regions) {
      for (const ring of ringsOf(d)) {
        expect(ring.length).toBeGreaterThanOrEqual(3);
        for (const [x, y] of ring) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(width);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(height);
        }
      }
      expect(label[0]).toBeGreaterThan(0);
      expect(label[0]).toBeLessThan(width);
      expect(label[1]).toBeGreaterThan(0);
      expect(label[1]).toBeLessThan(height);
    }
  });

  it('is detailed enough to recognise and small enough to load on a phone', () => {
    const size = readFileSync(new URL('./reference/region-outlines.json', import.meta.url)).length;
    expect(size).toBeLessThan(60_000);
    const points = regionOutlines.regions.map((r) => ringsOf(r.d).flat().length);
    // Even the smallest region keeps a recognisable shape.
    expect(Math.min(...points)).toBeGreaterThanOrEqual(20);
    expect(points.reduce((a, b) => a + b)).toBeGreaterThan(1000);
  });

  it('cites its source', () => {
    expect(regionOutlines.source).toMatch(/Natural Earth.*public domain/);
  });
});
