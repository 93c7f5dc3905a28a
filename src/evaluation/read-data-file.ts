import type { z } from 'zod';
import { ContentError, formatContentProblem } from '../knowledge/content-error';
import { loadYamlFile } from '../knowledge/load-yaml-file';
import { parseYaml, type YamlReader } from '../knowledge/yaml-cache';

/**
 * A YAML file that is not content (labelled questions, a topics list), read as content is: each mistake with
 * its file and line. Thrown as a plain Error rather than a ContentError, which the command line answers with
 * "latch cannot start … run `npx latch kb check` again": kb check reads content/ and dialogs/, not these files.
 * `readYaml` parses, or reads the parsed-YAML cache.
 */
export function readDataFile<Schema extends z.ZodType>(path: string, schema: Schema, readYaml: YamlReader = parseYaml): z.infer<Schema> {
  try {
    return loadYamlFile(path, schema, undefined, readYaml);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    throw new Error(error.problems.map(formatContentProblem).join('\n'));
  }
}
