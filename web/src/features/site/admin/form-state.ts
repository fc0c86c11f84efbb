import { useCallback, useState } from 'react';
import type { z } from 'zod';
import { ApiError } from '../../../app/api-client.js';

/** Catalog keys of the field messages, under `sitePages.errors`. */
export type Problem = 'required' | 'tooLong' | 'email' | 'url' | 'date' | 'phone' | 'check';

/** Problems by API field path (`authority.name.fi`, `shortcomings.2.sv`). */
export type Problems = Record<string, Problem>;

/** Text in the three languages as the form holds it: empty = not given. */
export interface Tri {
  fi: string;
  sv: string;
  en: string;
}

export const emptyTri = (): Tri => ({ fi: '', sv: '', en: '' });
export const toTri = (text: { fi: string; sv: string | null; en: string | null }): Tri => ({
  fi: text.fi,
  sv: text.sv ?? '',
  en: text.en ?? '',
});

/** The message for a problem at `path`: what the field holds decides it, the code when it says more. */
export function problemAt(path: string, code: string): Problem {
  if (code === 'too_big') return 'tooLong';
  const last = path.split('.').at(-1) ?? '';
  if (/email$/i.test(last)) return 'email';
  if (last === 'url' || path.startsWith('authority.url')) return 'url';
  if (last === 'preparedOn' || last === 'reviewedOn') return 'date';
  if (last === 'phone') return 'phone';
  if (code === 'too_small' || code === 'invalid_type') return 'required';
  return 'check';
}

function problemsOfIssues(issues: readonly { path: PropertyKey[]; code: string }[]): Problems {
  const problems: Problems = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    problems[path] ??= problemAt(path, issue.code);
  }
  return problems;
}

/** The field problems of a 400 answer, or undefined when it names none. */
export function serverProblems(error: unknown): Problems | undefined {
  if (!(error instanceof ApiError) || error.code !== 'invalid_request') return undefined;
  const fields = error.details?.fields;
  if (!Array.isArray(fields) || fields.length === 0) return undefined;
  const problems: Problems = {};
  for (const field of fields as { path?: unknown; code?: unknown }[]) {
    if (typeof field.path !== 'string') continue;
    problems[field.path] ??= problemAt(
      field.path,
      typeof field.code === 'string' ? field.code : '',
    );
  }
  return Object.keys(problems).length > 0 ? problems : undefined;
}

/** Writes `value` at a dotted path of a copy of `values`. */
function setAt<V>(values: V, path: string, value: unknown): V {
  const copy = structuredClone(values) as Record<string, unknown>;
  const parts = path.split('.');
  let target: Record<string, unknown> = copy;
  for (const part of parts.slice(0, -1)) target = target[part] as Record<string, unknown>;
  target[parts.at(-1) as string] = value;
  return copy as V;
}

/**
 * The state of a site page form: its values, the problems shown, and how many times they were
 * shown (focus moves to the summary each time). `check` validates with the API's own schema and
 * returns what to send, or undefined after showing the problems.
 */
export function useSiteForm<V, I>(
  initial: () => V,
  schema: z.ZodType<unknown, I>,
  toInput: (values: V) => I,
) {
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<Problems>({});
  const [attempt, setAttempt] = useState(0);

  const set = useCallback((path: string, value: unknown) => {
    setValues((current) => setAt(current, path, value));
  }, []);
  const show = useCallback((found: Problems) => {
    setProblems(found);
    setAttempt((n) => n + 1);
  }, []);
  const check = (): I | undefined => {
    const input = toInput(values);
    const result = schema.safeParse(input);
    if (!result.success) {
      show(problemsOfIssues(result.error.issues));
      return undefined;
    }
    setProblems({});
    return input;
  };
  return { values, setValues, set, problems, attempt, show, check };
}

/** A calendar date as Finns write it (2.12.2026) from the ISO form, and back. */
export function toFinnishDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])}.${Number(m[2])}.${m[1]}` : iso;
}

/** Reads 2.12.2026 (or 2026-12-02); anything else is returned as typed, for the schema to refuse. */
export function fromFinnishDate(text: string): string {
  const value = text.trim();
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (!m) return value;
  return `${m[3]}-${(m[2] as string).padStart(2, '0')}-${(m[1] as string).padStart(2, '0')}`;
}
