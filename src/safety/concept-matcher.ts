import { canStart, collectEnds, type Element, type Found, type Span } from './concept-phrase';
import { compileConcepts, type CompiledConcept, type ConceptProblem } from './compile-concepts';
import { dependencyOrder } from './dependency-order';
import { keptSpans } from './kept-spans';
import { compileOtherStarts, type OtherStarts } from './other-starts';
import { collectCodedEnds, compilePhraseCode, noWordNeeded, wordPresent, wordWithin, type PhraseCode } from './phrase-code';
import { PhraseStarts } from './phrase-starts';
import { stemOf, type TriageToken } from './triage-tokens';

export type { Span };

/**
 * Concepts compiled once: the phrases that start with a word merged into one tree (phrase-trie.ts), walked
 * once from each word of a message; what is not a word (gaps, numbers, prefixes, other concepts) finished per
 * concept. Concepts may refer to each other; the order they are finished in follows that.
 */
export class ConceptMatcher {
  private readonly phrases = new Map<string, Element[][]>();
  /** `!{other}` entries: a span inside a span of one of these concepts does not count ("yellow" in "yellow poo"). */
  private readonly exclusions = new Map<string, string[]>();
  /** Words (and their stems) the concepts use: a misspelling is corrected only towards these. */
  readonly vocabulary = new Set<string>();
  /** Concept names by number, in the order they are matched (a concept after those it refers to or excludes). */
  private readonly names: string[];
  /** By concept number, the concept numbers it excludes: `excluded[excludedFrom[c] .. excludedFrom[c + 1]]`. */
  private readonly excludedFrom: Int32Array;
  private readonly excluded: Int32Array;
  /** The phrases starting with a number, another concept or a gap, as the tables match reads (other-starts.ts). */
  private readonly others: OtherStarts;
  /** The phrases that start with a word or a prefix, and how a message's words find them (phrase-starts.ts). */
  private readonly starts: PhraseStarts;
  /** By concept number, its spans in the current run (see match), and the numbers of those found in the last run. */
  private readonly foundByNumber: Found;
  private readonly foundNumbers: number[] = [];
  /** Every phrase's ends in the current run, each read from where it stood before (see match). */
  private readonly ends: number[] = [];
  /** Where the current run's numbers stand (see numberPositions). */
  private readonly numbers: number[] = [];
  /** The spans gathered for the concept being matched, as numbers (see gather and keptSpans); grown when needed. */
  private spanStarts = new Int32Array(64);
  private spanEnds = new Int32Array(64);
  /** Every phrase as flat arrays of numbers (see phrase-code.ts), and where each start's and other start's begins. */
  private readonly code: PhraseCode;

  /** `compiled`: each concept's phrases as compileConcepts read them (each once), and the concepts it excludes. */
  private constructor(compiled: ReadonlyMap<string, CompiledConcept>) {
    for (const [name, { phrases, exclusions }] of compiled) {
      this.exclusions.set(name, exclusions);
      this.phrases.set(name, phrases);
      for (const phrase of phrases) for (const element of phrase) if (element.kind === 'stem') this.vocabulary.add(element.word);
    }
    this.names = dependencyOrder(this.phrases, this.exclusions);
    const numberOf = new Map(this.names.map((name, index) => [name, index]));
    const excludedBy = this.names.map((name) => (this.exclusions.get(name) ?? []).map((other) => numberOf.get(other)!));
    this.excludedFrom = new Int32Array(this.names.length + 1);
    excludedBy.forEach((others, concept) => (this.excludedFrom[concept + 1] = this.excludedFrom[concept] + others.length));
    this.excluded = Int32Array.from(excludedBy.flat());
    const otherStarts: Element[][][] = this.names.map(() => []);
    // Concepts a phrase refers to are looked up by number while matching, not by name.
    for (const phrases of this.phrases.values()) for (const phrase of phrases) for (const element of phrase) if (element.kind === 'concept') element.number = numberOf.get(element.name)!;
    this.foundByNumber = this.names.map(() => undefined);
    const startPhrase: Element[][] = [];
    const startConcept: number[] = [];
    for (const [concept, phrases] of this.phrases) {
      const number = numberOf.get(concept)!;
      for (const phrase of phrases) {
        const first = phrase[0];
        const byPrefix = first.kind === 'prefix' && first.prefix.length >= 3;
        if (first.kind !== 'stem' && !byPrefix) {
          otherStarts[number].push(phrase);
          continue;
        }
        startPhrase.push(phrase);
        startConcept.push(number);
      }
    }
    // The other starts in concept order, as compileOtherStarts numbers them, after the starts: the code's numbering follows this order.
    const { code, offsets } = compilePhraseCode([...startPhrase, ...otherStarts.flat()]);
    this.code = code;
    this.starts = new PhraseStarts(startPhrase, startConcept, code, offsets, this.names.length);
    this.others = compileOtherStarts(otherStarts, code, offsets);
  }

  /** Compiles the concepts, or lists every problem (unknown reference, cycle, empty phrase). */
  static compile(concepts: Readonly<Record<string, readonly string[]>>): ConceptMatcher | ConceptProblem[] {
    const compiled = compileConcepts(concepts);
    if (Array.isArray(compiled)) return compiled;
    try {
      return new ConceptMatcher(compiled);
    } catch (error) {
      return [{ concept: (error as Error).message, message: 'refers to itself through other concepts' }];
    }
  }

  has(name: string): boolean {
    return this.phrases.has(name);
  }

  /** Every place each concept is found in the message's tokens. */
  match(tokens: readonly TriageToken[]): Map<string, Span[]> {
    const finds = this.starts.findPhrases(tokens);
    const { firstEnded, endedStart, endedEnd, endedNext, firstGoing, goingEntry, goingFrom, goingPosition, goingStart, goingNext } = finds;
    const { startPhrase, startCode } = this.starts;
    const { code } = this;
    const found = new Map<string, Span[]>();
    // The same spans by concept number, for the phrases that refer to a concept: one array kept between runs
    // (a message may be read five times in a turn, its sentences apart), cleared at each.
    const foundByNumber: Found = this.foundByNumber;
    const foundNumbers = this.foundNumbers;
    for (let index = 0; index < foundNumbers.length; index++) foundByNumber[foundNumbers[index]] = undefined;
    foundNumbers.length = 0;
    // The concepts to finish, as bits by number: those the walk found something of, and those with an other
    // start that names no concept; one whose other starts become ready is added as the concepts it names are
    // found (always before it: the order puts a concept after those it names).
    const active = finds.active;
    // Where a number stands: phrases that start with one are tried only there. Without one, the concepts
    // whose only phrases tried everywhere start with a number are not tried (most messages have no number).
    const numbers = numberPositions(tokens, this.numbers);
    const alwaysTriedBits = numbers.length > 0 ? this.others.alwaysTriedBits : this.others.alwaysTriedWithoutNumberBits;
    for (let word = 0; word < active.length; word++) active[word] |= alwaysTriedBits[word];
    const { alwaysTried, othersReady, needsMet, otherConcept, otherFrom, otherNeedCount, otherFirstKind, otherFirstConcept, otherPhrase, namingFrom, naming, otherNeededStem, otherNeededWord, otherNeededReach, otherWordsFrom, otherWords } = this.others;
    othersReady.fill(0);
    needsMet.fill(0);
    // Every phrase's ends go to one array, each read from where it stood before.
    const ends = this.ends;
    ends.length = 0;
    for (let word = 0; word < active.length; word++) {
      for (let bits = active[word]; bits !== 0; bits = active[word]) {
        const lowest = bits & -bits;
        active[word] = bits ^ lowest;
        const concept = word * 32 + 31 - Math.clz32(lowest);
        let gathered = 0;
        for (let index = firstEnded[concept]; index !== -1; index = endedNext[index]) gathered = this.gatherOne(endedStart[index], endedEnd[index], gathered);
        for (let index = firstGoing[concept]; index !== -1; index = goingNext[index]) {
          const from = ends.length;
          const entry = goingEntry[index];
          if (this.starts.withAlternatives) collectEnds(startPhrase[entry], goingFrom[index], tokens, goingPosition[index], foundByNumber, ends);
          else collectCodedEnds(code, startCode[2 * entry], startCode[2 * entry + 1], goingFrom[index], tokens, goingPosition[index], foundByNumber, ends);
          gathered = this.gather(goingStart[index], from, gathered);
        }
        // None of its other starts has all it names here: none of them can match.
        const othersTo = alwaysTried[concept] === 1 || othersReady[concept] === 1 ? otherFrom[concept + 1] : 0;
        for (let other = otherFrom[concept]; other < othersTo; other++) {
          if (needsMet[other] !== otherNeedCount[other]) continue;
          if (!this.starts.withAlternatives && !wordsPresent(code, otherWords, otherWordsFrom[other], otherWordsFrom[other + 1])) continue;
          const kind = otherFirstKind[other];
          if (kind === 0) {
            // Where the concept was found, each start once (its spans are sorted by start).
            const places = foundByNumber[otherFirstConcept[other]]!;
            // A concept then a word ("{own_baby} has not had …", "{milk_words} ~3 just …": hundreds of phrases tried
            // wherever their concept is found): the word it needs after each of the concept's places from a start
            // is looked for here first, and a start where it stands after none of them is not tried.
            const neededStem = otherNeededStem[other];
            const byWord = neededStem !== noWordNeeded && !this.starts.withAlternatives;
            // Nowhere in the message: after none of the places either.
            if (byWord && !wordPresent(code, neededStem, otherNeededWord[other])) continue;
            for (let place = 0; place < places.length; place++) {
              const start = places[place].start;
              if (place > 0 && places[place - 1].start === start) continue;
              if (byWord && !wordAfterPlaces(code, places, place, otherNeededReach[other], neededStem, otherNeededWord[other])) continue;
              const from = ends.length;
              this.collectOtherEnds(other, tokens, start, foundByNumber, ends);
              gathered = this.gather(start, from, gathered);
            }
            continue;
          }
          if (kind === 1) {
            if (numbers.length === 0) continue;
            // A number then a word ("3 days old", "38 degrees", "# ~3 feeds since …"), some eighty phrases tried at
            // every number: the word it needs after the number is looked for here first, without a call for each,
            // and not at all when it is nowhere in the message.
            const neededStem = otherNeededStem[other];
            const byWord = neededStem !== noWordNeeded && !this.starts.withAlternatives;
            if (byWord && !wordPresent(code, neededStem, otherNeededWord[other])) continue;
            for (let place = 0; place < numbers.length; place++) {
              const start = numbers[place];
              if (byWord && !wordWithin(code, start + 1, otherNeededReach[other], neededStem, otherNeededWord[other])) continue;
              const from = ends.length;
              this.collectOtherEnds(other, tokens, start, foundByNumber, ends);
              gathered = this.gather(start, from, gathered);
            }
            continue;
          }
          const phrase = otherPhrase[other];
          for (let start = 0; start < tokens.length; start++) {
            if (!canStart(phrase[0], tokens[start], foundByNumber, start)) continue;
            const from = ends.length;
            this.collectOtherEnds(other, tokens, start, foundByNumber, ends);
            gathered = this.gather(start, from, gathered);
          }
        }
        if (gathered === 0) continue;
        const kept = this.keptSpans(concept, gathered, foundByNumber);
        if (kept === undefined) continue;
        found.set(this.names[concept], (foundByNumber[concept] = kept));
        foundNumbers.push(concept);
        const namingTo = namingFrom[concept + 1];
        for (let index = namingFrom[concept]; index < namingTo; index++) {
          const other = naming[index];
          if (++needsMet[other] !== otherNeedCount[other]) continue;
          const ready = otherConcept[other];
          othersReady[ready] = 1;
          active[ready >>> 5] |= 1 << (ready & 31);
        }
      }
    }
    return found;
  }

  /**
   * The ends of the other start's phrase matched at token `position`: as code (phrase-code.ts) unless a token
   * of this run has alternatives, which only collectEnds reads. (A start's phrase is matched the same way in
   * match itself.) The code path reads the phrase's length and offset from typed arrays, not the phrase.
   */
  private collectOtherEnds(other: number, tokens: readonly TriageToken[], position: number, found: Found, ends: number[]): void {
    if (this.starts.withAlternatives) collectEnds(this.others.otherPhrase[other], 0, tokens, position, found, ends);
    else collectCodedEnds(this.code, this.others.otherOffset[other], this.others.otherLength[other], 0, tokens, position, found, ends);
  }

  /** The span from `start` to `end` gathered after the `count` gathered so far; the new count. */
  private gatherOne(start: number, end: number, count: number): number {
    if (count === this.spanStarts.length) {
      this.spanStarts = grownCopy(this.spanStarts);
      this.spanEnds = grownCopy(this.spanEnds);
    }
    this.spanStarts[count] = start;
    this.spanEnds[count] = end;
    return count + 1;
  }

  /** The gathered span from `start` to each end in `ends` from `from` on, after the `count` gathered so far; the new count. */
  private gather(start: number, from: number, count: number): number {
    const { ends } = this;
    for (let position = from; position < ends.length; position++) {
      if (count === this.spanStarts.length) {
        this.spanStarts = grownCopy(this.spanStarts);
        this.spanEnds = grownCopy(this.spanEnds);
      }
      this.spanStarts[count] = start;
      this.spanEnds[count] = ends[position];
      count++;
    }
    return count;
  }

  /** The concept's `count` gathered spans, kept as keptSpans (kept-spans.ts) says: without those inside a span of a concept it excludes, sorted, each once. */
  private keptSpans(concept: number, count: number, found: Found): Span[] | undefined {
    return keptSpans(this.spanStarts, this.spanEnds, count, this.excluded, this.excludedFrom[concept], this.excludedFrom[concept + 1], found);
  }
}

/**
 * True when, after one of the places from `place` on that start where it does (the spans are sorted by start),
 * a token within `reach` has the stem or the word numbered `stem` and `word` (see neededWord in phrase-code.ts):
 * what a phrase of a concept then that word needs.
 */
function wordAfterPlaces(code: PhraseCode, places: readonly Span[], place: number, reach: number, stem: number, word: number): boolean {
  const start = places[place].start;
  for (let index = place; index < places.length && places[index].start === start; index++) if (wordWithin(code, places[index].end, reach, stem, word)) return true;
  return false;
}

/**
 * True when every word of `words` from pair `from` to pair `to` (stem and word numbers, see otherWords in
 * other-starts.ts) is somewhere in the message set in the code: what a phrase with those words needs to match.
 */
function wordsPresent(code: PhraseCode, words: Int32Array, from: number, to: number): boolean {
  for (let pair = from; pair < to; pair++) if (!wordPresent(code, words[2 * pair], words[2 * pair + 1])) return false;
  return true;
}

/** The positions of the tokens that are numbers, in order, into `positions` (emptied first). */
function numberPositions(tokens: readonly TriageToken[], positions: number[]): number[] {
  positions.length = 0;
  for (let index = 0; index < tokens.length; index++) if (tokens[index].value !== undefined) positions.push(index);
  return positions;
}

/** A copy of the list at twice its length. */
function grownCopy(list: Int32Array): Int32Array<ArrayBuffer> {
  const longer = new Int32Array(list.length * 2);
  longer.set(list);
  return longer;
}

export { stemOf };
