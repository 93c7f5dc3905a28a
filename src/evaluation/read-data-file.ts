import type { z } from 'zod';
import { ContentError, formatContentProblem } from '../knowledge/content-error';
import { loadYamlFile } from '../knowledge/load-yaml-file';

/**
 * A YAML file that is not content (labelled questions, a topics list), read as content is: each mistake with
 * its file and line. Thrown as a plain Error rather than a ContentError, which the command line answers with
 * "latch cannot start … run `npx latch kb check` again": kb check reads content/ and dialogs/, not these files.
 */
export function readDataFile<Schema extends z.ZodType>(path: string, schema: Schema): z.infer<Schema> {
  try {
    return loadYamlFile(path, schema);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    throw new Error(error.problems.map(formatContentProblem).join('\n'));
  }
}
