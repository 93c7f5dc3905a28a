import { canStart, collectEnds, stemCount, type Element, type Found, type Span } from './concept-phrase';
import { compileConcepts, type CompiledConcept, type ConceptProblem } from './compile-concepts';
import { dependencyOrder } from './dependency-order';
import { keptSpans } from './kept-spans';
import { compileOtherStarts, notAWord, type OtherStarts } from './other-starts';
import { collectCodedEnds, compilePhraseCode, setCodedToken, startCodedMessage, type PhraseCode } from './phrase-code';
import { addGoing, clearTrieFinds, compilePhraseTrie, emptyTrieFinds, walkPhraseTrie, type PhraseTrie, type TrieFinds } from './phrase-trie';
import { stemOf, type TriageToken } from './triage-tokens';

export type { Span };

/** What a word (with its stem) starts, remembered by word. */
interface WordStarts {
  stem: string;
  /** The stem's and the word's numbers in the phrase code (-1: no phrase has it). */
  stemNumber: number;
  wordNumber: number;
  /** The nodes of the phrase tree whose word the token matches first (see phrase-trie.ts). */
  firsts: Int32Array;
  /** Every phrase starting with the stem or the word, for a message with alternatives (the slow, exact path). */
  flatByStem: readonly number[] | undefined;
  flatByWord: readonly number[] | undefined;
  /** Phrases starting with a prefix the word begins with. */
  prefixed: readonly number[];
}

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
  /**
   * The phrases that start with a word or a prefix, numbered (a start number): by number, the phrase, its
   * concept, and how many words and prefixes it has (a slip's alternative word only starts phrases of two or
   * more). Flat arrays, so looking up a message's starts touches no phrase until one is tried.
   */
  private readonly startPhrase: Element[][] = [];
  private readonly startConcept: number[] = [];
  private readonly startStems: number[] = [];
  /** By start number, the stamp of the start it was last taken at: a phrase is tried once per start. */
  private readonly startStamp: Int32Array;
  /** The phrases that start with a word, as one tree over the phrase code's numbers. */
  private readonly trie: PhraseTrie;
  /** What the current run's walk of the tree found (see findPhrases). */
  private readonly finds: TrieFinds;
  /** Every phrase that starts with a word, for a token with alternatives (the slow, exact path). */
  private readonly wordStartsFlat = new Map<string, number[]>();
  /** Phrases starting with a prefix, by its first three letters. */
  private readonly prefixStarts = new Map<string, number[]>();
  /** Counts starts, so a phrase's stamp says whether it was taken at this start already. */
  private stampCount = 0;
  /** What each word (with its stem) starts, remembered by word: one look-up per token instead of several. */
  private readonly startsByWord = new Map<string, WordStarts>();
  /** By concept number, its spans in the current run (see match), and the numbers of those found in the last run. */
  private readonly foundByNumber: Found;
  private readonly foundNumbers: number[] = [];
  /** Every phrase's ends in the current run, each read from where it stood before (see match). */
  private readonly ends: number[] = [];
  /** The spans gathered for the concept being matched, as numbers (see gather and keptSpans); grown when needed. */
  private spanStarts = new Int32Array(64);
  private spanEnds = new Int32Array(64);
  /** Every phrase as flat arrays of numbers (see phrase-code.ts), and where each start's and other start's begins. */
  private readonly code: PhraseCode;
  /**
   * By start number, a pair: where its phrase's code starts, and how many elements it has. A pair in one array
   * (read without reaching for the phrase itself), as a going phrase needs both: one cache line, not two.
   */
  private readonly startCode: Int32Array;
  /** True when a token of the current run has alternatives: its phrases are then matched by collectEnds. */
  private withAlternatives = false;

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
    for (const [concept, phrases] of this.phrases) {
      const number = numberOf.get(concept)!;
      for (const phrase of phrases) {
        const first = phrase[0];
        const byPrefix = first.kind === 'prefix' && first.prefix.length >= 3;
        if (first.kind !== 'stem' && !byPrefix) {
          otherStarts[number].push(phrase);
          continue;
        }
        const entry = this.startPhrase.length;
        this.startPhrase.push(phrase);
        this.startConcept.push(number);
        this.startStems.push(stemCount(phrase));
        if (byPrefix) {
          listIn(this.prefixStarts, first.prefix.slice(0, 3)).push(entry);
          continue;
        }
        for (const key of first.stem === first.word ? [first.stem] : [first.stem, first.word]) listIn(this.wordStartsFlat, key).push(entry);
      }
    }
    this.startStamp = new Int32Array(this.startPhrase.length).fill(-1);
    // The other starts in concept order, as compileOtherStarts numbers them, after the starts: the code's numbering follows this order.
    const { code, offsets } = compilePhraseCode([...this.startPhrase, ...otherStarts.flat()]);
    this.code = code;
    this.trie = compilePhraseTrie(this.startPhrase, this.startConcept, code.numberOf);
    this.finds = emptyTrieFinds(this.names.length);
    this.startCode = Int32Array.from(this.startPhrase.flatMap((phrase) => [offsets.get(phrase)!, phrase.length]));
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
    const finds = this.findPhrases(tokens);
    const { firstEnded, endedStart, endedEnd, endedNext, firstGoing, goingEntry, goingFrom, goingPosition, goingStart, goingNext } = finds;
    const { startPhrase, startCode, code } = this;
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
    const { alwaysTriedBits } = this.others;
    for (let word = 0; word < active.length; word++) active[word] |= alwaysTriedBits[word];
    const { alwaysTried, othersReady, needsMet, otherConcept, otherFrom, otherNeedCount, otherFirstKind, otherFirstConcept, otherPhrase, namingFrom, naming, otherSecondStem, otherSecondWord } = this.others;
    othersReady.fill(0);
    needsMet.fill(0);
    // Every phrase's ends go to one array, each read from where it stood before.
    const ends = this.ends;
    ends.length = 0;
    // Where a number stands: phrases that start with one are tried only there.
    let numbers: number[] | undefined;
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
          if (this.withAlternatives) collectEnds(startPhrase[entry], goingFrom[index], tokens, goingPosition[index], foundByNumber, ends);
          else collectCodedEnds(code, startCode[2 * entry], startCode[2 * entry + 1], goingFrom[index], tokens, goingPosition[index], foundByNumber, ends);
          gathered = this.gather(goingStart[index], from, gathered);
        }
        // None of its other starts has all it names here: none of them can match.
        const othersTo = alwaysTried[concept] === 1 || othersReady[concept] === 1 ? otherFrom[concept + 1] : 0;
        for (let other = otherFrom[concept]; other < othersTo; other++) {
          if (needsMet[other] !== otherNeedCount[other]) continue;
          const kind = otherFirstKind[other];
          if (kind === 0) {
            // Where the concept was found, each start once (its spans are sorted by start).
            const places = foundByNumber[otherFirstConcept[other]]!;
            for (let place = 0; place < places.length; place++) {
              const start = places[place].start;
              if (place > 0 && places[place - 1].start === start) continue;
              const from = ends.length;
              this.collectOtherEnds(other, tokens, start, foundByNumber, ends);
              gathered = this.gather(start, from, gathered);
            }
            continue;
          }
          if (kind === 1) {
            numbers ??= numberPositions(tokens);
            // A number then a word ("3 days old", "38 degrees"), some eighty phrases tried at every number: the
            // word after the number is compared here first, as collectCodedEnds would, without a call for each.
            const secondStem = otherSecondStem[other];
            const secondWord = otherSecondWord[other];
            const byWord = secondStem !== notAWord && !this.withAlternatives;
            for (let place = 0; place < numbers.length; place++) {
              const start = numbers[place];
              if (byWord && (start + 1 >= code.tokenCount || (code.tokenStems[start + 1] !== secondStem && code.tokenWords[start + 1] !== secondWord))) continue;
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
            collectEnds(phrase, 0, tokens, start, foundByNumber, ends);
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
    if (this.withAlternatives) collectEnds(this.others.otherPhrase[other], 0, tokens, position, found, ends);
    else collectCodedEnds(this.code, this.others.otherOffset[other], this.others.otherLength[other], 0, tokens, position, found, ends);
  }

  /**
   * The phrases that start with a word or a prefix, for every token, into `finds`: those made of words alone
   * found whole by walking the phrase tree (phrase-trie.ts) once from each token, the rest with where they
   * go on for match to finish in the concepts' order. A message with a token's alternatives (which only
   * collectEnds reads) has every phrase of each token's word go on from its second element instead. Plain
   * loops and no per-token allocation: this runs on every message.
   */
  private findPhrases(tokens: readonly TriageToken[]): TrieFinds {
    const finds = this.finds;
    clearTrieFinds(finds);
    this.withAlternatives = false;
    for (let index = 0; index < tokens.length; index++) if (tokens[index].alternatives) this.withAlternatives = true;
    if (this.withAlternatives) {
      this.findPhrasesWithAlternatives(tokens, finds);
      return finds;
    }
    const { code, trie, startConcept } = this;
    startCodedMessage(code, tokens.length);
    // From the last token back, so the tokens a walk reads after its start are set already.
    for (let start = tokens.length - 1; start >= 0; start--) {
      const known = this.startsOf(tokens[start]);
      setCodedToken(code, start, tokens[start], known.stemNumber, known.wordNumber);
      if (known.firsts.length > 0) walkPhraseTrie(trie, code, known.firsts, start, finds);
      const { prefixed } = known;
      for (let index = 0; index < prefixed.length; index++) addGoing(finds, startConcept[prefixed[index]], prefixed[index], 1, start + 1, start);
    }
    return finds;
  }

  /** Every phrase a token's word, its stem, an alternative of two or more words, or a prefix starts, to go on from its second element. */
  private findPhrasesWithAlternatives(tokens: readonly TriageToken[], finds: TrieFinds): void {
    for (let start = 0; start < tokens.length; start++) {
      const token = tokens[start];
      const known = this.startsOf(token);
      const stamp = this.nextStamp();
      if (known.flatByStem) this.goOnWithAll(known.flatByStem, stamp, start, finds);
      if (known.flatByWord) this.goOnWithAll(known.flatByWord, stamp, start, finds);
      // A slip's alternative starts only phrases of two or more words ("sopped breathing").
      for (const alternative of token.alternatives ?? []) {
        const entries = this.wordStartsFlat.get(alternative);
        if (entries) for (const entry of entries) if (this.startStems[entry] >= 2) this.goOnWith(entry, stamp, start, finds);
      }
      this.goOnWithAll(known.prefixed, stamp, start, finds);
    }
  }

  /** What the token's word starts (remembered by word: a token's stem is its word's, which is checked). */
  private startsOf(token: TriageToken): WordStarts {
    const known = this.startsByWord.get(token.word);
    if (known !== undefined && known.stem === token.stem) return known;
    const sameWord = token.word === token.stem;
    const stemNumber = this.code.numberOf.get(token.stem) ?? -1;
    const wordNumber = this.code.numberOf.get(token.word) ?? -1;
    const found: WordStarts = {
      stem: token.stem,
      stemNumber,
      wordNumber,
      firsts: this.firstNodes(stemNumber, sameWord ? -1 : wordNumber),
      flatByStem: this.wordStartsFlat.get(token.stem),
      flatByWord: sameWord ? undefined : this.wordStartsFlat.get(token.word),
      prefixed: this.prefixedBy(token.word),
    };
    if (this.startsByWord.size < 50000) this.startsByWord.set(token.word, found);
    return found;
  }

  /** A new stamp; before the count would overflow, every phrase's stamp is cleared and counting starts again. */
  private nextStamp(): number {
    if (this.stampCount === 0x7fffffff) {
      this.startStamp.fill(-1);
      this.stampCount = 0;
    }
    return ++this.stampCount;
  }

  /** The phrase numbered `entry`, started at `start`, to go on from its second element, unless it already does. */
  private goOnWith(entry: number, stamp: number, start: number, finds: TrieFinds): void {
    if (this.startStamp[entry] === stamp) return;
    this.startStamp[entry] = stamp;
    addGoing(finds, this.startConcept[entry], entry, 1, start + 1, start);
  }

  private goOnWithAll(entries: readonly number[], stamp: number, start: number, finds: TrieFinds): void {
    for (let index = 0; index < entries.length; index++) this.goOnWith(entries[index], stamp, start, finds);
  }

  /** The tree's first-word nodes listed under either number (-1 for none), each once. */
  private firstNodes(stemNumber: number, wordNumber: number): Int32Array {
    const byStem = this.trie.firsts.get(stemNumber);
    const byWord = this.trie.firsts.get(wordNumber);
    if (!byWord) return byStem ?? noNodes;
    if (!byStem) return byWord;
    return Int32Array.from(new Set([...byStem, ...byWord]));
  }

  /** The phrases starting with a prefix that `word` begins with (remembered with the word's other starts). */
  private prefixedBy(word: string): readonly number[] {
    return (this.prefixStarts.get(word.slice(0, 3)) ?? []).filter((entry) => {
      const prefix = this.startPhrase[entry][0].prefix;
      return prefix.length <= word.length && word.startsWith(prefix);
    });
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

/** No nodes: one shared empty list for the words that start no phrase. */
const noNodes = new Int32Array(0);

function listIn<Value>(map: Map<string, Value[]>, key: string): Value[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/** The positions of the tokens that are numbers, in order. */
function numberPositions(tokens: readonly TriageToken[]): number[] {
  const positions: number[] = [];
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
