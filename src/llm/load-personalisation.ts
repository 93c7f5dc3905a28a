import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError } from '../knowledge/content-error';
import { YamlSource } from '../knowledge/yaml-source';
import { zodProblems } from '../knowledge/zod-problems';
import { personalisationFileSchema, type PersonalisationFile } from './personalisation-schema';

/** Loads content/prompts/personalise.yaml; like every content file, a broken one stops start-up with its line. */
export function loadPersonalisation(contentDirectory: string, displayRoot: string): PersonalisationFile {
  const path = join(contentDirectory, 'prompts', 'personalise.yaml');
  const file = relative(displayRoot, path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ContentError([{ file, line: undefined, path: '', message: `cannot be read: ${(error as Error).message}` }]);
  }
  const parsed = YamlSource.parse(file, text);
  if (!parsed.source) throw new ContentError(parsed.problems);
  const result = personalisationFileSchema.safeParse(parsed.source.data);
  if (!result.success) throw new ContentError(zodProblems(parsed.source, personalisationFileSchema, result.error));
  return result.data;
}
