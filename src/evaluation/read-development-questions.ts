import type { YamlReader } from '../knowledge/yaml-cache';
import { readLabelledQuestions, type LabelledQuestion } from './labelled-questions';
import { trainingPartOf } from './source-site';

/**
 * The development split of a corpus of real questions (eval/real-questions/train.yaml): the questions from
 * sites the intents' examples never learnt from, without the RED_FLAG ones, which the safety net's own
 * corpora measure. What the bench scripts choose a model and tune the decide policy on. `readYaml` as
 * readLabelledQuestions takes it.
 */
export function readDevelopmentQuestions(corpusPath: string, readYaml?: YamlReader): LabelledQuestion[] {
  return readLabelledQuestions(corpusPath, readYaml).filter((question) => trainingPartOf(question.source) === 'development' && question.label !== 'RED_FLAG');
}
