import { normaliseText, normaliseWords, splitWords } from './normalise-text';
import { SpellingCorrector, type DeletionIndex, type SpellingCorrectorOptions } from './spelling-corrector';

export interface AnalysedText {
  /** Lowercased, unicode-folded, chat spellings expanded. */
  normalised: string;
  /** Words after spelling correction. */
  words: string[];
  /** Share of the message's words the knowledge base uses (after correction), 0 to 1. */
  knownWordShare: number;
}

/** Normalisation and spelling correction against the vocabulary of the knowledge base. */
export class TextAnalyser {
  private readonly corrector: SpellingCorrector;

  private constructor(
    /** Each word of the knowledge base with how often it occurs: what corrections aim at. */
    readonly vocabulary: ReadonlyMap<string, number>,
    protectedWords: SpellingCorrectorOptions['protectedWords'],
    index?: DeletionIndex,
  ) {
    this.corrector = new SpellingCorrector({ vocabulary, protectedWords }, index);
  }

  /** The spelling index, for the compiled model. */
  get spellingIndex(): DeletionIndex {
    return this.corrector.index;
  }

  /** `texts` are the knowledge base's own phrasings and answers; their words are what corrections aim at. */
  static fromTexts(texts: Iterable<string>, protectedWords: SpellingCorrectorOptions['protectedWords']): TextAnalyser {
    const vocabulary = new Map<string, number>();
    for (const text of texts) {
      for (const word of splitWords(normaliseText(text))) vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
    }
    return new TextAnalyser(vocabulary, protectedWords);
  }

  /** The analyser of a compiled model: the vocabulary it was built with, no texts to read again. */
  static fromVocabulary(vocabulary: ReadonlyMap<string, number>, protectedWords: SpellingCorrectorOptions['protectedWords'], index: DeletionIndex): TextAnalyser {
    return new TextAnalyser(vocabulary, protectedWords, index);
  }

  analyse(text: string): AnalysedText {
    const { normalised, words } = normaliseWords(text);
    let known = 0;
    for (let index = 0; index < words.length; index++) {
      // Most words are the knowledge base's own: known, and left as they are, with one look-up.
      if (this.vocabulary.has(words[index])) {
        known++;
        continue;
      }
      const word = this.corrector.correct(words[index]);
      words[index] = word;
      if (this.vocabulary.has(word)) known++;
    }
    return { normalised, words, knownWordShare: words.length === 0 ? 0 : known / words.length };
  }
}
