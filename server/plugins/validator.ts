import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { isStorableText, unstorableTextMessage } from '../../common/schemas/primitives.js';

interface Problem {
  keyword: string;
  instancePath: string;
  message: string;
}

/** The first string (or object key) in `value` that the database could not store, with its path. */
function findUnstorable(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : path;
  // Deeper than any schema of ours: the schema itself will refuse it.
  if (value === null || typeof value !== 'object' || depth > 64) return undefined;
  if (Buffer.isBuffer(value)) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorable(value[i], `${path}/${i}`, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const [key, v] of Object.entries(value)) {
    if (!isStorableText(key)) return path || '/';
    const found = findUnstorable(v, `${path}/${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * The zod validator of every route, behind one check that no schema can forget: text the database
 * cannot store (U+0000, lone surrogates) in any body, query or path value is a 400 naming the field,
 * never a database error. Field schemas say the same through `plainString()` (common/schemas).
 */
export const validatorWithTextCheck: FastifySchemaCompiler<unknown> = (route) => {
  const validate = validatorCompiler(route as Parameters<typeof validatorCompiler>[0]);
  return (data: unknown) => {
    const path = findUnstorable(data, '');
    if (path !== undefined) {
      const error: Problem[] = [
        { keyword: 'custom', instancePath: path, message: unstorableTextMessage },
      ];
      return { error: error as unknown as Error };
    }
    return validate(data);
  };
};
