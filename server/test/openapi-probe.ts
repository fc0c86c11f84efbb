import { randomUUID } from 'node:crypto';
import randexpModule from 'randexp';

// The package's types describe an ES default export; its code sets module.exports to the class.
const RandExp = ((randexpModule as { default?: unknown }).default ??
  randexpModule) as unknown as typeof import('randexp').default;

/**
 * Reads Kudos's own OpenAPI document and builds, for every operation, a valid request and the
 * places where one value can be swapped for a hostile one. Used by the hostile-input suite, so that
 * an operation added later is probed without anyone listing it.
 */

export type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
  $ref?: string;
};

export interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: string;
  /** The path template, e.g. `/api/v1/organisations/{id}`. */
  path: string;
  parameters: Parameter[];
  body?: JsonSchema;
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Parameter[];
        requestBody?: { content?: Record<string, { schema: JsonSchema }> };
      }
    >
  >;
  components?: { schemas?: Record<string, JsonSchema> };
}

export function operationsOf(doc: OpenApiDocument): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      ops.push({
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        body: op.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  return ops;
}

/** Follows `$ref`s to components and picks the branch of a union that is not `null`. */
export function resolve(doc: OpenApiDocument, s: JsonSchema): JsonSchema {
  let schema = s;
  for (let i = 0; schema.$ref && i < 10; i++) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    schema = doc.components?.schemas?.[name] ?? {};
  }
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) {
    const concrete = branches.filter((b) => b.type !== 'null' && !(b.enum && b.enum[0] === ''));
    return resolve(doc, concrete[0] ?? branches[0] ?? {});
  }
  if (schema.allOf?.[0]) return resolve(doc, schema.allOf[0]);
  return schema;
}

/** Values for formats and patterns; `fixtures` supply real ids so requests reach deep code. */
export interface Fixtures {
  uuidFor(path: string[]): string | undefined;
}

function exampleString(s: JsonSchema, path: string[], fixtures: Fixtures): string {
  if (s.format === 'uuid') return fixtures.uuidFor(path) ?? randomUUID();
  if (s.format === 'email') return 'probe.person@example.org';
  if (s.format === 'uri') return 'https://example.org/';
  if (s.format === 'date') return '2026-01-15';
  if (s.format === 'date-time') return '2026-01-15T10:00:00Z';
  if (s.pattern) {
    const r = new RandExp(s.pattern);
    r.max = 3;
    r.randInt = (a: number) => a;
    return r.gen();
  }
  const min = s.minLength ?? 0;
  const base = 'Kudos probe value';
  return base.length >= min ? base.slice(0, s.maxLength ?? base.length) : base.padEnd(min, 'x');
}

/** A valid value for the schema: required properties only, the first of enums and unions. */
export function validValue(
  doc: OpenApiDocument,
  schema: JsonSchema,
  fixtures: Fixtures,
  path: string[] = [],
): unknown {
  const s = resolve(doc, schema);
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  if (s.default !== undefined) return s.default;
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'string':
      return exampleString(s, path, fixtures);
    case 'integer':
    case 'number':
      return Math.max(
        s.minimum ?? 1,
        s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1,
      );
    case 'boolean':
      return false;
    case 'array':
      return (s.minItems ?? 0) > 0 && s.items
        ? [validValue(doc, s.items, fixtures, [...path, '0'])]
        : [];
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of s.required ?? []) {
        const prop = s.properties?.[key];
        if (prop) out[key] = validValue(doc, prop, fixtures, [...path, key]);
      }
      return out;
    }
    default:
      return 'Kudos probe value';
  }
}

/**
 * Every place in a body where a value can stand: each property (optional ones too), the first item
 * of each array, recursively; `[]` is the body itself.
 */
export function leafPaths(doc: OpenApiDocument, schema: JsonSchema, depth = 0): string[][] {
  const paths: string[][] = [[]];
  if (depth > 6) return paths;
  const variants = [
    schema,
    ...(resolveRaw(doc, schema).anyOf ?? []),
    ...(resolveRaw(doc, schema).oneOf ?? []),
  ];
  const seen = new Set<string>();
  for (const v of variants) {
    const s = resolve(doc, v);
    if (s.properties) {
      for (const [key, prop] of Object.entries(s.properties)) {
        for (const p of leafPaths(doc, prop, depth + 1)) {
          const full = [key, ...p];
          const id = full.join('.');
          if (!seen.has(id)) {
            seen.add(id);
            paths.push(full);
          }
        }
      }
    }
    if (s.type === 'array' && s.items) {
      for (const p of leafPaths(doc, s.items, depth + 1)) {
        const full = ['0', ...p];
        const id = full.join('.');
        if (!seen.has(id)) {
          seen.add(id);
          paths.push(full);
        }
      }
    }
  }
  return paths;
}

function resolveRaw(doc: OpenApiDocument, s: JsonSchema): JsonSchema {
  let schema = s;
  for (let i = 0; schema.$ref && i < 10; i++) {
    schema = doc.components?.schemas?.[schema.$ref.replace('#/components/schemas/', '')] ?? {};
  }
  return schema;
}

/**
 * Percent-encodes any string, also one with lone surrogates (which `encodeURIComponent` refuses):
 * those are written as the bytes a careless encoder would send (CESU-8), invalid UTF-8 on the wire.
 */
export function encodeAny(value: string): string {
  let out = '';
  for (const part of value.match(/[\uD800-\uDFFF]|[^\uD800-\uDFFF]+/g) ?? []) {
    try {
      out += encodeURIComponent(part);
    } catch {
      const c = part.charCodeAt(0);
      out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    }
  }
  return out;
}

/** A copy of `value` with the place at `path` set to `replacement` (containers made as needed). */
export function withValueAt(value: unknown, path: string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string, ...string[]];
  const isIndex = /^\d+$/.test(head);
  const container: Record<string, unknown> | unknown[] = Array.isArray(value)
    ? [...value]
    : value && typeof value === 'object'
      ? { ...(value as Record<string, unknown>) }
      : isIndex
        ? []
        : {};
  const current = (container as Record<string, unknown>)[head];
  (container as Record<string, unknown>)[head] = withValueAt(current, rest, replacement);
  return container;
}
