import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError, type ContentProblem } from '../knowledge/content-error';
import { loadLocaleWording, localiseStrings } from '../knowledge/locale-wording';
import { YamlSource, type YamlPath } from '../knowledge/yaml-source';
import { zodProblems } from '../knowledge/zod-problems';
import { safetyFileSchema, type SafetyFile } from './safety-schema';

/**
 * Loads content/safety.yaml; like every content file, a broken one stops start-up with its line. The
 * escalation sentences are worded for `locale` (`[[health visitor|pediatrician]]` groups, content/locales.yaml).
 */
export function loadSafetyRules(contentDirectory: string, displayRoot: string, locale?: string): SafetyFile {
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
  const wording = loadLocaleWording(contentDirectory, displayRoot);
  const problems: ContentProblem[] = [];
  // Phrases are regular expressions read against the normalised message, never shown: left as written.
  // Contacts are written per locale already. The rules' `means` sentences are resolved but not yet
  // word-checked: they still say "nappies" in every locale.
  const wordChecked = (yamlPath: YamlPath) => yamlPath[0] === 'levels' || yamlPath[0] === 'clinic';
  const localised = localiseStrings(result.data, [], { source: parsed.source, wording, locale: locale ?? wording.locales[0], problems, skip: new Set(['phrases', 'all', 'sources', 'id']), checkWords: wordChecked });
  if (problems.length > 0) throw new ContentError(problems);
  return localised;
}
