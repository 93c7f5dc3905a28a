import { join } from 'node:path';
import { loadYamlFile } from '../knowledge/load-yaml-file';
import { personalisationFileSchema, type PersonalisationFile } from './personalisation-schema';

/** Loads content/prompts/personalise.yaml; like every content file, a broken one stops start-up with its line. */
export function loadPersonalisation(contentDirectory: string, displayRoot: string): PersonalisationFile {
  return loadYamlFile(join(contentDirectory, 'prompts', 'personalise.yaml'), personalisationFileSchema, displayRoot);
}
