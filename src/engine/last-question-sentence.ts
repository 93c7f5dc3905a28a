import { splitSentences } from './split-sentences';

/**
 * The sentence of a message of several that holds its question: the last one ending in "?", or else the
 * last sentence; undefined for a message of one sentence. Parents often tell a long story and ask at the
 * end ("... she feeds every hour now. Is that a growth spurt?"), and the story's words can pull the
 * classifier towards a topic the question is not about.
 */
export function lastQuestionSentence(text: string): string | undefined {
  const sentences = splitSentences(text).map((sentence) => sentence.trim()).filter((sentence) => /[a-z]/i.test(sentence));
  if (sentences.length < 2) return undefined;
  for (let index = sentences.length - 1; index >= 0; index--) if (sentences[index].endsWith('?')) return sentences[index];
  return sentences[sentences.length - 1];
}

/** How many sentences a message holds (at least 1). */
export function sentenceCount(text: string): number {
  return Math.max(1, splitSentences(text).filter((sentence) => /[a-z]/i.test(sentence)).length);
}

/** Anything that ranks intents for a text (the intent classifier). */
export interface IntentRanker {
  classify(text: string): { ranked: readonly { intent: string }[] };
}

/**
 * The intent the question sentence alone ranks first, or undefined for a message of one sentence: when it
 * names the same intent as the whole message, the story around the question did not make that intent.
 */
export function questionSentenceTop(classifier: IntentRanker, text: string): string | undefined {
  const sentence = lastQuestionSentence(text);
  return sentence === undefined ? undefined : classifier.classify(sentence).ranked[0]?.intent;
}
