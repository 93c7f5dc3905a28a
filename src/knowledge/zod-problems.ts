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
      return source.problem([...path, issue.keys[0] ?? ''], `${messages.join('; ')} (valid keys: ${valid.join(', ')})`);
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      return source.problem(path, `is required (expected ${issue.expected})`);
    }
    return source.problem(path, issue.message);
  });
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
  while (current?.def && (current.def.type === 'optional' || current.def.type === 'default')) {
    current = current.def.innerType as typeof current;
  }
  return current;
}
