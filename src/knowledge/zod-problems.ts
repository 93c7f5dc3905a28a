import type { z } from 'zod';
import { didYouMean } from './closest-name';
import type { ContentProblem } from './content-error';
import type { YamlSource } from './yaml-source';

type Path = readonly (string | number)[];

/** Turns zod's issues into problems that name the line and say what would be valid. */
export function zodProblems(source: YamlSource, schema: z.ZodType, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const valid = objectKeysAt(schema, path);
      const messages = issue.keys.map((key) => `unknown key "${key}"${didYouMean(key, valid)}`);
      const key = issue.keys[0] ?? '';
      const problem = source.problem([...path, key], `${messages.join('; ')} (valid keys: ${valid.join(', ')})`);
      return { ...problem, line: source.lineOfKey(path, key) };
    }
    if (valueAt(source.data, path) === undefined) {
      return source.problem(path, `is required${'values' in issue ? ` (expected ${issue.values.map((value) => JSON.stringify(value)).join(' or ')})` : 'expected' in issue ? ` (expected ${String(issue.expected)})` : ''}`);
    }
    return source.problem(path, issue.message);
  });
}

function valueAt(data: unknown, path: Path): unknown {
  let current = data;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

// zod 4's issue does not list the keys that would have been accepted, so walk the schema to that level.
function objectKeysAt(schema: z.ZodType, path: Path): string[] {
  let current: unknown = schema;
  for (const part of [...path, null]) {
    current = unwrap(current);
    const definition = (current as { def?: Record<string, unknown> }).def;
    if (!definition) return [];
    if (part === null) {
      return definition.type === 'object' ? Object.keys((current as { shape: object }).shape) : [];
    }
    if (definition.type === 'object') current = (current as { shape: Record<string, unknown> }).shape[String(part)];
    else if (definition.type === 'array') current = definition.element;
    else if (definition.type === 'record') current = definition.valueType;
    else return [];
  }
  return [];
}

function unwrap(schema: unknown): unknown {
  let current = schema as { def?: { type?: string; innerType?: unknown } } | undefined;
  while (current?.def && ['optional', 'default', 'prefault', 'nullable'].includes(current.def.type ?? '')) {
    current = current.def.innerType as typeof current;
  }
  return current;
}
