import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { z } from 'zod';
import { ContentError } from './content-error';
import { parseYaml, type YamlReader } from './yaml-cache';
import { zodProblems } from './zod-problems';

/**
 * Reads one YAML file against its schema; a missing or broken file stops with its line. Files are named
 * relative to `displayRoot` when one is given, as the caller named them otherwise. `readYaml` parses (or
 * reads from the parsed-YAML cache).
 */
export function loadYamlFile<Schema extends z.ZodType>(path: string, schema: Schema, displayRoot?: string, readYaml: YamlReader = parseYaml): z.infer<Schema> {
  const file = displayRoot === undefined ? path : relative(displayRoot, path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ContentError([{ file, line: undefined, path: '', message: `cannot be read: ${(error as Error).message}` }]);
  }
  const parsed = readYaml(file, text);
  if (!parsed.source) throw new ContentError(parsed.problems);
  const result = schema.safeParse(parsed.source.data);
  if (!result.success) throw new ContentError(zodProblems(parsed.source, schema, result.error));
  return result.data;
}
