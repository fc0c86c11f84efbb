/**
 * What changed between two versions of a survey definition, as a coordinator reads it: elements
 * (questions and panels) matched by name, added, removed, moved or changed, each change down to
 * the text or value that differs (`title.sv`, `choices.2.text.en`, `visibleIf`); the same for
 * pages and for the survey's own properties. Pure: the API and the editor use it alike.
 */

export interface FieldChange {
  field: string;
  /** Absent (undefined): the field is new. */
  before?: unknown;
  /** Absent (undefined): the field was removed. */
  after?: unknown;
}

export interface ElementChange {
  name: string;
  /** Where it is in the later version (or was, when removed): `pages.1.elements.4`. */
  path: string;
  /** Where it was in the earlier version, when it moved. */
  from?: string;
  changes: FieldChange[];
}

export interface Changes {
  added: ElementChange[];
  removed: ElementChange[];
  changed: ElementChange[];
}

export interface DefinitionDiff {
  /** The survey's own properties (title, description, estimatedMinutes…). */
  survey: FieldChange[];
  /** Pages by name, without their elements. */
  pages: Changes;
  /** Questions and panels by name, without a panel's elements (each is compared on its own). */
  elements: Changes;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const at = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/**
 * Every leaf of a JSON value by its dotted path (arrays by index; an empty array or object inside
 * is a leaf, an empty value as a whole has none).
 */
function leaves(value: unknown, path = '', out = new Map<string, unknown>()) {
  if (Array.isArray(value) && value.length > 0) {
    value.forEach((v, i) => {
      leaves(v, at(path, i), out);
    });
  } else if (isObject(value) && Object.keys(value).length > 0) {
    for (const [k, v] of Object.entries(value)) leaves(v, at(path, k), out);
  } else if (path !== '') out.set(path, value);
  return out;
}

/** The leaves that differ between two JSON values, in a stable order. */
function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const a = leaves(before);
  const b = leaves(after);
  const fields = [...new Set([...a.keys(), ...b.keys()])];
  return fields
    .filter((f) => JSON.stringify(a.get(f)) !== JSON.stringify(b.get(f)))
    .map((field) => ({ field, before: a.get(field), after: b.get(field) }));
}

const without = (json: Json, key: string) => {
  const { [key]: _dropped, ...rest } = json;
  return rest;
};

interface Located {
  json: Json;
  path: string;
}

/** Elements of a survey by name, with where each is; nested panels' elements too. */
function elementsOf(definition: Json): Map<string, Located> {
  const found = new Map<string, Located>();
  const walk = (elements: unknown, path: string) => {
    if (!Array.isArray(elements)) return;
    elements.forEach((e, i) => {
      if (!isObject(e)) return;
      const here = at(path, i);
      if (typeof e.name === 'string' && !found.has(e.name))
        found.set(e.name, { json: e, path: here });
      walk(e.elements, at(here, 'elements'));
    });
  };
  const pages = Array.isArray(definition.pages) ? definition.pages : [];
  pages.forEach((p, i) => {
    if (isObject(p)) walk(p.elements, `pages.${i}.elements`);
  });
  return found;
}

function pagesOf(definition: Json): Map<string, Located> {
  const found = new Map<string, Located>();
  const pages = Array.isArray(definition.pages) ? definition.pages : [];
  pages.forEach((p, i) => {
    if (isObject(p))
      found.set(typeof p.name === 'string' ? p.name : `#${i}`, { json: p, path: `pages.${i}` });
  });
  return found;
}

/** Compares two located sets by name; an element's own elements are compared on their own. */
function compare(before: Map<string, Located>, after: Map<string, Located>): Changes {
  const added: ElementChange[] = [];
  const removed: ElementChange[] = [];
  const changed: ElementChange[] = [];
  for (const [name, b] of after) {
    const a = before.get(name);
    if (!a) {
      added.push({ name, path: b.path, changes: [] });
      continue;
    }
    const changes = fieldChanges(without(a.json, 'elements'), without(b.json, 'elements'));
    const moved = a.path !== b.path;
    if (changes.length > 0 || moved) {
      changed.push({ name, path: b.path, ...(moved ? { from: a.path } : {}), changes });
    }
  }
  for (const [name, a] of before) {
    if (!after.has(name)) removed.push({ name, path: a.path, changes: [] });
  }
  return { added, removed, changed };
}

export function diffDefinitions(before: unknown, after: unknown): DefinitionDiff {
  const a = isObject(before) ? before : {};
  const b = isObject(after) ? after : {};
  return {
    survey: fieldChanges(without(a, 'pages'), without(b, 'pages')),
    pages: compare(pagesOf(a), pagesOf(b)),
    elements: compare(elementsOf(a), elementsOf(b)),
  };
}
