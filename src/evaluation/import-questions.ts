import { existsSync } from 'node:fs';
import { z } from 'zod';
import { readDataFile } from './read-data-file';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { phrasingKey } from '../knowledge/phrasing-key';
import type { LabelledQuestion } from './labelled-questions';
import { trainingPartOf } from './source-site';

/** Which intent an OUT_OF_SCOPE topic of the corpus belongs to (`OFF_TOPIC` for the off-topic label). */
export type TopicIntents = Readonly<Record<string, string>>;

/** Reads a topics file (`topic: intent.id` lines); a missing file maps nothing. */
export function readTopicIntents(path: string): TopicIntents {
  if (!existsSync(path)) return {};
  // An empty file is an empty mapping.
  const schema = z.record(z.string(), z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/, 'expected an intent id (lines of "topic: intent.id")')).nullable();
  return readDataFile(path, schema) ?? {};
}

/** The intent a corpus question is an example of, or undefined when it teaches no intent. */
export function intentOfQuestion(question: LabelledQuestion, knowledgeBase: KnowledgeBase, topics: TopicIntents): string | undefined {
  if (knowledgeBase.intentById.has(question.label)) return question.label;
  if (question.label === 'OFF_TOPIC') return topics.OFF_TOPIC;
  if (question.label === 'OUT_OF_SCOPE' && question.topic) return intentOfTopic(question.topic, topics);
  return undefined;
}

/**
 * A topic's intent: its own line, else that of the first of its ' / '-joined parts that has one. Writers name
 * topics freely ('medicines / epilepsy', 'heat / sauna'), so a line per broad topic covers its narrower ones.
 */
export function intentOfTopic(topic: string, topics: TopicIntents): string | undefined {
  if (Object.hasOwn(topics, topic)) return topics[topic];
  const part = topic.split(' / ').map((name) => name.trim()).find((name) => Object.hasOwn(topics, name));
  return part === undefined ? undefined : topics[part];
}

export interface ImportedExamples {
  /** New phrasings by intent id, in corpus order. */
  examples: Map<string, string[]>;
  /** Questions of the development split, kept out of the examples. */
  development: number;
  /** Out-of-scope topics with no intent, and how often they were asked (examples side and development). */
  unmappedTopics: Map<string, number>;
  /** Phrasings left out because the knowledge base (or an earlier question) already has them. */
  duplicates: number;
}

/**
 * The training corpus's questions as examples of their intents: the examples side of the split only (the
 * development split stays out, to choose the model and tune the decide policy), phrasings the content
 * already has left out, and `keep` saying which existing phrasings count (the topic files', not an
 * earlier import's).
 */
export function importQuestions(
  questions: readonly LabelledQuestion[],
  knowledgeBase: KnowledgeBase,
  topics: TopicIntents,
  keep: (file: string) => boolean,
): ImportedExamples {
  const taken = new Set<string>();
  for (const intent of knowledgeBase.intents) {
    for (const phrasing of [...intent.examples, ...intent.tests]) if (keep(phrasing.location.file)) taken.add(phrasingKey(phrasing.text));
  }
  const result: ImportedExamples = { examples: new Map(), development: 0, unmappedTopics: new Map(), duplicates: 0 };
  for (const question of questions) {
    if (question.label === 'OUT_OF_SCOPE' && question.topic && intentOfTopic(question.topic, topics) === undefined) {
      result.unmappedTopics.set(question.topic, (result.unmappedTopics.get(question.topic) ?? 0) + 1);
    }
    const intentId = intentOfQuestion(question, knowledgeBase, topics);
    if (!intentId) continue;
    if (trainingPartOf(question.source) === 'development') {
      result.development++;
      continue;
    }
    const text = question.q.replace(/\s+/g, ' ').trim();
    const key = phrasingKey(text);
    if (key === '' || taken.has(key)) {
      result.duplicates++;
      continue;
    }
    taken.add(key);
    const list = result.examples.get(intentId) ?? [];
    list.push(text);
    result.examples.set(intentId, list);
  }
  return result;
}
