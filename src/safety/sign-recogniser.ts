import { ConceptMatcher } from './concept-matcher';
import { insideAny } from './inside-any';
import { readQuantities } from './read-quantities';
import { numberWords, triageTokens, type PieceWord } from './triage-tokens';
import { readsAsEnglish } from './reads-as-english';
import { TypoCorrector } from './typo-corrector';
import type { Recognition } from './recognition';

export type { Recognition, Subject } from './recognition';

/** The writer's own baby told after another person's: "my friend's 4 month old and my 6 week old", "mine is 5 days". */
const writersOwn = new Set(['my', 'mine', 'mines', 'our', 'ours']);

/** Concepts triage itself relies on; content/safety.yaml must define them. */
export const requiredConcepts = ['negation', 'not_a_negation', 'resolved', 'who_baby', 'who_mother', 'who_partner', 'who_ambiguous', 'conjunction'] as const;

/**
 * Reads a message for signs: tokens as typed, misspellings of the concepts' words corrected, every concept
 * found with where it stands, numbers with what they measure, and which words negate.
 */
export class SignRecogniser {
  /** The corrector's answers (see TypoCorrector) as triageTokens asks for them, made once rather than per message. */
  private readonly correct: (word: string) => string | undefined;
  private readonly alternatives: (word: string) => readonly string[];
  /** Each piece of a message read into words, remembered across messages (see triageTokens). */
  private readonly pieces = new Map<string, readonly PieceWord[]>();
  /** The same, uncorrected, for messages in another language (see readsAsEnglish). */
  private readonly foreignPieces = new Map<string, readonly PieceWord[]>();

  constructor(
    readonly matcher: ConceptMatcher,
    englishWords: ReadonlySet<string>,
    /** Words people use in ordinary questions (the knowledge base's); misspellings close to them are not signs. */
    ordinaryWords: Iterable<string> = [],
  ) {
    const corrector = new TypoCorrector(new Set([...matcher.vocabulary, ...numberWords]), englishWords, false, ordinaryWords);
    this.correct = (word) => corrector.correct(word);
    this.alternatives = (word) => corrector.alternatives(word);
  }

  private last: { text: string; recognition: Recognition } | undefined;

  /** The same message is read by the rules and then by the net: the last reading is kept. */
  recognise(text: string): Recognition {
    if (this.last?.text === text) return this.last.recognition;
    const recognition = this.read(text);
    this.last = { text, recognition };
    return recognition;
  }

  /**
   * A reading of part of the message being read (one sentence of it, for the net's sentence-by-sentence
   * verdict), which leaves the kept reading of the whole message in place for the steps after.
   */
  recognisePart(text: string): Recognition {
    return this.last?.text === text ? this.last.recognition : this.read(text);
  }

  private read(text: string): Recognition {
    // Another language's words are not misspelt signs ("fait" is not "faint"): read as typed.
    const tokens = readsAsEnglish(text)
      ? triageTokens(text, this.correct, this.alternatives, this.pieces)
      : triageTokens(text, undefined, undefined, this.foreignPieces);
    const concepts = this.matcher.match(tokens);
    // An age told in the clause of someone else's person ("my friend's baby … at a week old") is theirs, up to
    // the writer's own ("… and my 8 week old", "mine is 5 days"): the review of s5-rf-nm found those read as theirs.
    const others = concepts.get('who_other') ?? [];
    // Only when the writer tells of a baby of her own too: "my sister had her baby 3 days ago, he hasn't done a
    // poo" is about the only baby in it, whose age the rules need (train-7).
    const babies = concepts.get('who_baby') ?? [];
    const writersBaby = tokens.some(
      (token, index) =>
        token.word === 'mine' ||
        token.word === 'mines' ||
        token.word === 'ours' ||
        ((token.word === 'my' || token.word === 'our') && !others.some((other) => other.start === index) && babies.some((baby) => baby.start > index && baby.start <= index + 2)),
    );
    const someoneElses = (index: number) =>
      writersBaby &&
      others.some((other) => other.end <= index && !tokens.slice(other.end - 1, index).some((token) => token.clauseEnd || token.sentenceEnd || writersOwn.has(token.word)));
    const { quantities, ages, ageDays, dayOfLife, othersAgeDays, pregnancyTold } = readQuantities(tokens, someoneElses);
    const exceptions = concepts.get('not_a_negation') ?? [];
    const negators = new Set<number>();
    for (const span of concepts.get('negation') ?? []) {
      if (insideAny(exceptions, span)) continue;
      negators.add(span.end - 1);
    }
    return { tokens, concepts, quantities, ages, ageDays, dayOfLife, othersAgeDays, negators, ...(pregnancyTold && { pregnancyTold }) };
  }
}
