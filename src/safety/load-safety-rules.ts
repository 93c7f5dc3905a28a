import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError } from '../knowledge/content-error';
import { YamlSource } from '../knowledge/yaml-source';
import { zodProblems } from '../knowledge/zod-problems';
import { safetyFileSchema, type SafetyFile } from './safety-schema';

/** Loads content/safety.yaml; like every content file, a broken one stops start-up with its line. */
export function loadSafetyRules(contentDirectory: string, displayRoot: string): SafetyFile {
  const path = join(contentDirectory, 'safety.yaml');
  const file = relative(displayRoot, path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ContentError([{ file, line: undefined, path: '', message: `cannot be read: ${(error as Error).message}` }]);
  }
  const parsed = YamlSource.parse(file, text);
  if (!parsed.source) throw new ContentError(parsed.problems);
  const result = safetyFileSchema.safeParse(parsed.source.data);
  if (!result.success) throw new ContentError(zodProblems(parsed.source, safetyFileSchema, result.error));
  return result.data;
}
