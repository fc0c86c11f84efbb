import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCatalog } from '../common/errors.js';
import { rateLimitCounter } from './db/schema/index.js';
import { csrf, login, signUp } from './test/accounts.js';
import { buildTestApp, type TestApp } from './test/app.js';
import {
  encodeAny,
  type Fixtures,
  leafPaths,
  type Operation,
  operationsOf,
  validValue,
  withValueAt,
} from './test/openapi-probe.js';
import { createOrg } from './test/organisations.js';

/**
 * Walks the OpenAPI document and sends every operation, in every place a value can stand (each
 * body property, query and path parameter), a table of hostile values. No answer may be a 5xx, and
 * every error must be the JSON envelope with a catalogued code. Operations added later are probed
 * without being listed here.
 */

const long = 'å'.repeat(100_000);
const hostileStrings = [
  '\u0000',
  'abc\u0000def',
  '\u0001\u0002\u001b[31m\u007f\u0085',
  '\ud800',
  'x\udfffy',
  long,
  "' or '1'='1' --",
  "'; drop table organisation; --",
  'a & b | !c <-> d:* ( ',
  "'\\''",
  '\\',
  '%00%ff',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent as is
  '${jndi:ldap://x}{{7*7}}',
  ' ',
  '',
  '\u202e\u200b\ufeff',
  '😀'.repeat(2000),
  '../../../../etc/passwd',
];
const hostileNumbers = [
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53,
  2 ** 53 + 2,
  2 ** 63,
  -(2 ** 63),
  1.7976931348623157e308,
  -1,
  0,
  0.5,
  -0.5,
];
/** JSON number texts that no JavaScript number holds exactly. */
const hostileNumberTexts = [
  '9223372036854775807',
  '9223372036854775808',
  '99999999999999999999999',
  '1e400',
  '-0',
];
/** Shapes where a scalar is expected (and the other way round), and prototype keys. */
const hostileShapeTexts = [
  '[]',
  '["a",1]',
  '{}',
  'null',
  'true',
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  `${'['.repeat(200)}${']'.repeat(200)}`,
  `${'{"a":'.repeat(200)}1${'}'.repeat(200)}`,
];
/** Whole bodies: deeper than JSON parsers like, wrong shapes. */
const hostileBodies = [
  ...hostileShapeTexts,
  `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
  '"just a string"',
  '{"a":',
  JSON.stringify({ ['x'.repeat(10_000)]: long }),
];

const raw = (text: string) => ({ raw: text });
type Hostile = unknown | { raw: string };
const bodyValues: Hostile[] = [
  ...hostileStrings,
  ...hostileNumbers,
  ...hostileNumberTexts.map(raw),
  ...hostileShapeTexts.map(raw),
];
const queryValues: string[] = [
  ...hostileStrings,
  ...hostileNumbers.map(String),
  ...hostileNumberTexts,
];
/** Path segments as sent on the wire: encoded hostile strings and malformed encodings. */
const pathValues: string[] = [
  ...hostileStrings.map(encodeAny),
  ...hostileNumberTexts,
  '%',
  '%E0%A4%A',
  '%ED%A0%80',
  '%00',
  '..%2F..%2F',
  'a'.repeat(300),
];

/** JSON text of `value`, with `{raw}` placeholders written as the raw text they carry. */
function jsonText(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_k, v) => {
    if (v && typeof v === 'object' && 'raw' in v && Object.keys(v).length === 1) {
      raws.push((v as { raw: string }).raw);
      return `\u0001RAW${raws.length - 1}\u0001`;
    }
    return v;
  });
  return text.replace(/"\\u0001RAW(\d+)\\u0001"/g, (_m, i) => raws[Number(i)] ?? 'null');
}

let t: TestApp;
let doc: Parameters<typeof operationsOf>[0];
let admin: { email: string; cookie: string; id: string };
const fixture: Record<string, string> = {};

const fixtures: Fixtures = {
  uuidFor(path) {
    const [first, name] = path;
    if (first?.startsWith('/api/v1/admin/users/')) return fixture.memberId;
    if (first?.startsWith('/api/v1/moderation/requests/')) return fixture.requestId;
    if (first?.startsWith('/api/v1/me/tokens/')) return fixture.tokenId;
    if (name === 'userId') return fixture.memberId;
    if (first?.startsWith('/api/v1/organisations/')) return fixture.orgId;
    if (first === 'duplicateId') return fixture.otherOrgId;
    if (first === 'except') return fixture.orgId;
    if (first === 'actorId') return admin.id;
    return undefined;
  },
};

let member: { cookie: string; id: string };

/**
 * Fresh things for each operation to work on: probes of one operation (a merge, a decision, a
 * revocation) must not use up what the next one needs.
 */
async function refreshFixtures() {
  // A member's proposal: pending, with a moderation request.
  fixture.otherOrgId = (
    await createOrg(t, member.cookie, { name: `Ehdotus ${Date.now()} ry`, municipality: '049' })
  ).id;
  const requests = await t.app.inject({
    url: '/api/v1/moderation/requests',
    headers: { cookie: admin.cookie },
  });
  fixture.requestId = requests
    .json()
    .items.find(
      (r: { organisation: { id: string } }) => r.organisation.id === fixture.otherOrgId,
    )?.id;
  const token = await t.app.inject({
    method: 'POST',
    url: '/api/v1/me/tokens',
    headers: { ...csrf, cookie: admin.cookie },
    payload: { name: 'probe', scope: 'read' },
  });
  fixture.tokenId = token.json().item.id;
}

beforeAll(async () => {
  t = await buildTestApp();
  doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
  const a = await signUp(t, { role: 'admin', name: 'Probe Admin' });
  admin = { email: a.email, cookie: a.cookie, id: a.me.id };
  const m = await signUp(t, { name: 'Probe Member' });
  member = { cookie: m.cookie, id: m.me.id };
  fixture.memberId = m.me.id;
  fixture.orgId = (await createOrg(t, a.cookie, { name: 'Koettelu Oy', municipality: '091' })).id;
}, 120_000);
afterAll(() => t?.close());

/** Problems of one answer: a 5xx, or an error outside the envelope. */
function problemOf(res: LightMyRequestResponse): string | undefined {
  if (res.statusCode >= 500) return `${res.statusCode} ${res.body.slice(0, 200)}`;
  if (res.statusCode === 429) return `429: a limit answered before the input was looked at`;
  if (res.statusCode < 400) return undefined;
  let body: { error?: { code?: unknown; message?: unknown } };
  try {
    body = res.json();
  } catch {
    return `${res.statusCode} not JSON: ${res.body.slice(0, 120)}`;
  }
  const code = body.error?.code;
  if (
    typeof code !== 'string' ||
    !(code in errorCatalog) ||
    typeof body.error?.message !== 'string'
  ) {
    return `${res.statusCode} outside the envelope: ${res.body.slice(0, 120)}`;
  }
  return undefined;
}

/** Signs the admin in again when an operation (log out, end sessions) ended the session. */
async function keepSession() {
  const me = await t.app.inject({ url: '/api/v1/me', headers: { cookie: admin.cookie } });
  if (me.statusCode === 200) return;
  const res = await login(t, admin.email);
  const c = res.cookies.find((x) => x.name.endsWith('kudos_session'));
  if (!c) throw new Error(`cannot sign in again: ${res.statusCode} ${res.body}`);
  admin.cookie = `${c.name}=${c.value}`;
}

function describeValue(v: unknown): string {
  const s = typeof v === 'string' ? JSON.stringify(v) : jsonText(v);
  return s.length > 40 ? `${s.slice(0, 40)}…(${s.length})` : s;
}

function urlOf(op: Operation, pathParams: Record<string, string>, query: [string, string][]) {
  const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => pathParams[name] ?? '');
  const qs = query.map(([k, v]) => `${encodeAny(k)}=${encodeAny(v)}`).join('&');
  return qs ? `${path}?${qs}` : path;
}

async function probe(op: Operation): Promise<string[]> {
  const problems: string[] = [];
  const validParams: Record<string, string> = {};
  const validQuery: [string, string][] = [];
  for (const p of op.parameters) {
    const v = validValue(doc, p.schema, fixtures, [op.path, p.name]);
    if (p.in === 'path') validParams[p.name] = encodeAny(String(v));
    if (p.in === 'query' && p.required)
      validQuery.push([p.name, typeof v === 'string' ? v : JSON.stringify(v)]);
  }
  if (op.path.endsWith('/import') || op.path.endsWith('/import/dry-run')) {
    validQuery.push(['mapping', '{"name":0}']);
  }
  const validBody = op.body ? validValue(doc, op.body, fixtures) : undefined;
  const hasBody = ['POST', 'PUT', 'PATCH', 'DELETE'].includes(op.method);
  const headers = { ...csrf, cookie: admin.cookie };

  const send = async (
    label: string,
    url: string,
    payload?: { text: string | Buffer; type: string },
  ) => {
    // Every probe starts with fresh rate-limit counters: a 429 would hide how the input itself is
    // handled, so one is a failure of the suite.
    await t.database.db.delete(rateLimitCounter);
    const res = await t.app.inject({
      method: op.method as 'GET',
      url,
      headers: payload ? { ...headers, 'content-type': payload.type } : headers,
      ...(payload ? { payload: payload.text } : {}),
    });
    const problem = problemOf(res);
    if (problem) problems.push(`${op.method} ${op.path} ${label}: ${problem}`);
  };
  const jsonBody = (b: unknown) =>
    hasBody && b !== undefined ? { text: jsonText(b), type: 'application/json' } : undefined;

  // Path parameters.
  for (const p of op.parameters.filter((x) => x.in === 'path')) {
    for (const v of pathValues) {
      await send(
        `path ${p.name}=${describeValue(v)}`,
        urlOf(op, { ...validParams, [p.name]: v }, validQuery),
        jsonBody(validBody),
      );
    }
  }
  // Query parameters, known ones and one nobody declared; repeated ones too.
  const queryNames = [
    ...op.parameters.filter((x) => x.in === 'query').map((x) => x.name),
    'unexpected',
  ];
  for (const name of queryNames) {
    const rest = validQuery.filter(([k]) => k !== name);
    for (const v of queryValues) {
      await send(
        `query ${name}=${describeValue(v)}`,
        urlOf(op, validParams, [...rest, [name, v]]),
        jsonBody(validBody),
      );
    }
    await send(
      `query ${name} repeated`,
      urlOf(op, validParams, [
        ...rest,
        ...Array.from({ length: 60 }, (): [string, string] => [name, '1']),
      ]),
      jsonBody(validBody),
    );
  }
  const url = urlOf(op, validParams, validQuery);
  // Body values, one place at a time.
  if (op.body) {
    for (const path of leafPaths(doc, op.body)) {
      if (path.length === 0) continue;
      for (const v of bodyValues) {
        await send(
          `body ${path.join('.')}=${describeValue(v)}`,
          url,
          jsonBody(withValueAt(validBody, path, v)),
        );
      }
    }
  }
  // Whole bodies: hostile JSON everywhere a body can be sent, raw files where files go.
  if (hasBody) {
    for (const text of hostileBodies) {
      await send(`body ${describeValue(text)}`, url, { text, type: 'application/json' });
    }
    const files: Buffer[] = [
      Buffer.from('name\nKahvila\u0000 Oy\n'),
      Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]),
      Buffer.from(`name;x\n${'"'.repeat(5000)}\n`),
      Buffer.from(`\ufeffname,businessId\n${"=cmd|' /C calc'!A0"},1234567-1\n`),
      Buffer.from('PK\u0003\u0004not really a zip file'),
      Buffer.alloc(0),
    ];
    for (const type of ['text/csv', 'application/octet-stream', 'image/png']) {
      for (const file of files) {
        await send(`${type} body of ${file.length} bytes`, url, { text: file, type });
      }
    }
  }
  return problems;
}

describe('hostile input on every operation of the OpenAPI document', () => {
  it('covers the whole API (the document lists the operations)', () => {
    const ops = operationsOf(doc);
    expect(ops.length).toBeGreaterThan(50);
    expect(ops.some((o) => o.method === 'POST' && o.path === '/api/v1/organisations')).toBe(true);
  });

  it('never answers 5xx nor outside the error envelope', async () => {
    const problems: string[] = [];
    const ops = operationsOf(doc);
    for (const op of ops) {
      await refreshFixtures();
      problems.push(...(await probe(op)));
      await keepSession();
    }
    expect(problems.slice(0, 40)).toEqual([]);
  }, 900_000);
});
