import { join } from 'node:path';
import { loadYamlFile } from '../knowledge/load-yaml-file';
import { safetyFileSchema, type SafetyFile } from './safety-schema';

/** Loads content/safety.yaml; like every content file, a broken one stops start-up with its line. */
export function loadSafetyRules(contentDirectory: string, displayRoot: string): SafetyFile {
  return loadYamlFile(join(contentDirectory, 'safety.yaml'), safetyFileSchema, displayRoot);
}
