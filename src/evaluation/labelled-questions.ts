import { z } from 'zod';
import type { YamlReader } from '../knowledge/yaml-cache';
import { readDataFile } from './read-data-file';

const labelledQuestionSchema = z.object({
  q: z.string(),
  label: z.string(),
  accept: z.array(z.string()).optional(),
  /** For OUT_OF_SCOPE: what the question is about (e.g. "smoking / vaping"). */
  topic: z.string().optional(),
  source: z.string().optional(),
  /** Red-flag files: the RED-FLAGS.md row and the level a RED_FLAG must get at least. */
  row: z.string().optional(),
  level: z.enum(['emergency', 'urgent_today', 'soon', 'crisis']).optional(),
  note: z.string().optional(),
});

export type LabelledQuestion = z.infer<typeof labelledQuestionSchema>;

/**
 * Reads a file like ../shared/eval/sample-questions.yaml: a list of { q, label, accept?, topic?, source? }.
 * A mistake stops with its file and line, as content does. `readYaml` as readDataFile takes it.
 */
export function readLabelledQuestions(path: string, readYaml?: YamlReader): LabelledQuestion[] {
  return readDataFile(path, z.array(labelledQuestionSchema), readYaml);
}
