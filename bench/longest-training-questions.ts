import { join } from 'node:path';
import { readLabelledQuestions } from '../src/evaluation/labelled-questions';

/**
 * The longest questions of the real-questions training file (every part of it, each text once), longest
 * first: where a first turn's time per character can be seen to grow or not (issue 13's long tail).
 */
export function longestTrainingQuestions(projectRoot: string, count = 30): string[] {
  const questions = readLabelledQuestions(join(projectRoot, 'eval', 'real-questions', 'train.yaml')).map((entry) => entry.q);
  return [...new Set(questions)].sort((first, second) => second.length - first.length).slice(0, count);
}
