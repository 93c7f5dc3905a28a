import { normaliseText, splitWords } from '../nlu/normalise-text';

/**
 * Gates that read a wording sentence by sentence, against the curated text's own sentences: what a
 * sentence does (reassures, advises, diagnoses, says when to get help) matters, not only which words it has.
 */

/** The sentences of `text`, each normalised (case, contractions, "GP" as "doctor"), empty ones left out. */
export function normalisedSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => normaliseText(sentence))
    .filter((sentence) => sentence.length > 0);
}

function countMatches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  return pattern.global ? [...text.matchAll(pattern)].length : pattern.test(text) ? 1 : 0;
}

/** The first pattern found more often in the wording than in the curated text: reassurance the answer doesn't make. */
export function addedPhrase(patterns: readonly RegExp[], wording: string, curated: string): RegExp | undefined {
  return patterns.find((pattern) => countMatches(pattern, wording) > countMatches(pattern, curated));
}

/**
 * Each curated sentence that says whom to contact or how soon must survive in one wording sentence: every
 * contact and timing word in it, verbatim, and no more hedges ("if you can", "maybe", "tomorrow", "not")
 * than it had. Returns the terms of the first curated sentence that did not survive.
 */
export function weakenedHelpSentence(
  curatedSentences: readonly string[],
  wordingSentences: readonly string[],
  keyTerms: readonly RegExp[],
  hedges: readonly RegExp[],
): string | undefined {
  for (const curatedSentence of curatedSentences) {
    const terms = keyTerms.filter((term) => countMatches(term, curatedSentence) > 0);
    if (terms.length === 0) continue;
    const allowed = hedges.map((hedge) => countMatches(hedge, curatedSentence));
    const survives = wordingSentences.some(
      (sentence) => terms.every((term) => countMatches(term, sentence) > 0) && hedges.every((hedge, index) => countMatches(hedge, sentence) <= allowed[index]),
    );
    if (!survives) return terms.map((term) => term.source).join(' + ');
  }
  return undefined;
}

/**
 * A wording sentence that tells the person what to do (an advice cue) must be one the curated text already
 * gives: at least `minimumOverlap` of its content words (cue words aside) are in one curated sentence
 * (`curatedStems`: each curated sentence's content stems).
 * With `cues` empty every sentence of three content words or more is checked: a new claim ("cabbage
 * leaves soothe sore breasts") is advice in disguise. Returns the first new sentence.
 */
export function newAdviceSentence(
  curatedStems: ReadonlyArray<ReadonlySet<string>>,
  wordingSentences: readonly string[],
  cues: readonly RegExp[] | 'every sentence',
  ignoredStems: ReadonlySet<string>,
  minimumOverlap: number,
): string | undefined {
  for (const sentence of wordingSentences) {
    let words = sentence;
    if (cues !== 'every sentence') {
      if (!cues.some((cue) => countMatches(cue, sentence) > 0)) continue;
      words = cues.reduce((text, cue) => text.replace(new RegExp(cue.source, 'g'), ' '), sentence);
    }
    const stems = [...new Set(contentStems(words, ignoredStems))];
    if (stems.length === 0 || (cues === 'every sentence' && stems.length < 3)) continue;
    const bestOverlap = Math.max(0, ...curatedStems.map((known) => stems.filter((stem) => known.has(stem)).length / stems.length));
    if (bestOverlap < minimumOverlap) return sentence;
  }
  return undefined;
}

/**
 * A sentence that sounds like a diagnosis ("this sounds like", "could be", "you have") naming a condition:
 * each condition may be named that way no more often than the curated text does. Returns the condition.
 */
export function addedDiagnosis(curatedSentences: readonly string[], wordingSentences: readonly string[], cues: readonly RegExp[], conditions: readonly RegExp[]): RegExp | undefined {
  const diagnoses = (sentences: readonly string[], condition: RegExp) =>
    sentences.filter((sentence) => countMatches(condition, sentence) > 0 && cues.some((cue) => countMatches(cue, sentence) > 0)).length;
  return conditions.find((condition) => diagnoses(wordingSentences, condition) > diagnoses(curatedSentences, condition));
}

export function contentStems(normalised: string, ignoredStems: ReadonlySet<string>): string[] {
  return splitWords(normalised)
    .filter((word) => word.length > 2 && !/\d/.test(word))
    .map(stem)
    .filter((wordStem) => !ignoredStems.has(wordStem));
}

/** A crude stem, enough to see "feeding", "feeds" and "feed" as one word without a stemmer's vocabulary. */
export function stem(word: string): string {
  return word.toLowerCase().replace(/(ing|ed|es|s|ly)$/, '').replace(/(.)\1$/, '$1');
}
