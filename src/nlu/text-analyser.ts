import { normaliseText, splitWords } from './normalise-text';
import { SpellingCorrector } from './spelling-corrector';

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

  private constructor(private readonly vocabulary: ReadonlyMap<string, number>, protectedWords: ReadonlySet<string>) {
    this.corrector = new SpellingCorrector({ vocabulary, protectedWords });
  }

  /** `texts` are the knowledge base's own phrasings and answers; their words are what corrections aim at. */
  static fromTexts(texts: Iterable<string>, protectedWords: ReadonlySet<string>): TextAnalyser {
    const vocabulary = new Map<string, number>();
    for (const text of texts) {
      for (const word of splitWords(normaliseText(text))) vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
    }
    return new TextAnalyser(vocabulary, protectedWords);
  }

  analyse(text: string): AnalysedText {
    const normalised = normaliseText(text);
    const words = splitWords(normalised).map((word) => this.corrector.correct(word));
    const known = words.filter((word) => this.vocabulary.has(word)).length;
    return { normalised, words, knownWordShare: words.length === 0 ? 0 : known / words.length };
  }
}
