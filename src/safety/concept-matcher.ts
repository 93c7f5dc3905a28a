import { canStart, collectEnds, compilePhrase, stemCount, type Element, type Found, type Span } from './concept-phrase';
import { collectCodedEnds, compilePhraseCode, setCodedToken, startCodedMessage, type PhraseCode } from './phrase-code';
import { stemOf, type TriageToken } from './triage-tokens';

export type { Span };

/** A problem in a concept list, with the concept and phrase, for a content error that names the line. */
export interface ConceptProblem {
  concept: string;
  phrase?: string;
  message: string;
}

/**
 * Phrases starting with one word, split by their second element: a word there is looked up by the next
 * token ("not" starts some 270 phrases, of which the next word leaves a handful), anything else is tried.
 * Each list holds start numbers (see `startPhrase`).
 */
interface StartBucket {
  /** One-element phrases and those whose second element is not a word. */
  always: number[];
  /** By the stem of the second word, numbered as in the phrase code (see phrase-code.ts). */
  byStem: Map<number, number[]>;
  /** By the second word as written, numbered as in the phrase code. */
  byWord: Map<number, number[]>;
}

/** The phrases a word starts, by its stem and by itself as written: whole buckets, flat lists and prefixes. */
interface WordStarts {
  stem: string;
  /** The stem's and the word's numbers in the phrase code (-1: no phrase has it). */
  stemNumber: number;
  wordNumber: number;
  byStem: StartBucket | undefined;
  byWord: StartBucket | undefined;
  flatByStem: readonly number[] | undefined;
  flatByWord: readonly number[] | undefined;
  prefixed: readonly number[];
}

/**
 * The phrases started in one run, in the order found, kept between runs so a message allocates none of it:
 * by start, the phrase's start number (see `startPhrase`), the token it starts at, and the next start of the
 * same concept (`next` chains each concept's starts, see findStarts); `count` of them are this run's.
 */
interface Starts {
  entry: Int32Array;
  at: Int32Array;
  next: Int32Array;
  count: number;
}

/**
 * Concepts compiled once: phrases indexed by the stem of their first word (and then their second), so a
 * message is matched in one pass over its words. Concepts may refer to each other; the order they are
 * matched in follows that.
 */
export class ConceptMatcher {
  private readonly phrases = new Map<string, Element[][]>();
  /** `!{other}` entries: a span inside a span of one of these concepts does not count ("yellow" in "yellow poo"). */
  private readonly exclusions = new Map<string, string[]>();
  /** Words (and their stems) the concepts use: a misspelling is corrected only towards these. */
  readonly vocabulary = new Set<string>();
  /** Concept names by number, in the order they are matched (a concept after those it refers to or excludes). */
  private readonly names: string[];
  /** By concept number: the concept numbers it excludes. */
  private readonly excludedBy: number[][];
  /** By concept number: phrases starting with a number, another concept or a gap, tried where one may stand. */
  private readonly otherStarts: Element[][][];
  /**
   * Parallel to `otherStarts`: the concept numbers each phrase names. A phrase naming a concept the message
   * lacks cannot match, so it is not tried (".. {pale_grey} yellow" would otherwise be tried at every word).
   */
  private readonly otherNeeds: number[][][];
  /**
   * By concept number, the concepts with such a phrase that names it: only once it is found can one of
   * their phrases match, so a message's other starts are looked at only for concepts one of whose needs
   * it has (most concepts' phrases start with another concept that most messages lack).
   */
  private readonly neededBy: number[][];
  /** By concept number, 1 when one of its other starts names no concept (a number or a gap first): always tried. */
  private readonly alwaysTried: Uint8Array;
  /** By concept number, 1 when a concept its other starts name was found in this run (see neededBy). */
  private readonly needFound: Uint8Array;
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
  /** Phrases by the stem (and the word) they start with. */
  private readonly wordStarts = new Map<string, StartBucket>();
  /** Every phrase that starts with a word, for a token with alternatives (the slow, exact path). */
  private readonly wordStartsFlat = new Map<string, number[]>();
  /** Phrases starting with a prefix, by its first three letters. */
  private readonly prefixStarts = new Map<string, number[]>();
  /** Counts starts, so a phrase's stamp says whether it was taken at this start already. */
  private stampCount = 0;
  /**
   * By concept number, the first start found in this run (-1 for none); kept between runs, reset at each.
   * A plain array, so the compiled matcher stays plain data (the tests keep it as a JSON snapshot).
   */
  private readonly firstStarted: number[];
  /** What each word (with its stem) starts, remembered by word: one look-up per token instead of three. */
  private readonly startsByWord = new Map<string, WordStarts>();
  /** By concept number, its spans in the current run (see match). */
  private readonly foundByNumber: Found;
  /** The starts of the current run (see findStarts); grown when a long message needs more. */
  private readonly starts: Starts = { entry: new Int32Array(256), at: new Int32Array(256), next: new Int32Array(256), count: 0 };
  /** Every phrase's ends in the current run, each read from where it stood before (see match). */
  private readonly ends: number[] = [];
  /** The spans gathered for the concept being matched, as numbers (see gather and keptSpans); grown when needed. */
  private spanStarts = new Int32Array(64);
  private spanEnds = new Int32Array(64);
  /** Every phrase as flat arrays of numbers (see phrase-code.ts), and where each start's and other start's begins. */
  private readonly code: PhraseCode;
  private readonly startOffsets: Int32Array;
  private readonly otherOffsets: number[][];
  /** True when a token of the current run has alternatives: its phrases are then matched by collectEnds. */
  private withAlternatives = false;

  /** `compiled`: each concept's phrases as compile() read them (each once), and the concepts it excludes. */
  private constructor(compiled: ReadonlyMap<string, { phrases: Element[][]; exclusions: string[] }>) {
    for (const [name, { phrases, exclusions }] of compiled) {
      this.exclusions.set(name, exclusions);
      this.phrases.set(name, phrases);
      for (const phrase of phrases) for (const element of phrase) if (element.kind === 'stem') this.vocabulary.add(element.word);
    }
    this.names = dependencyOrder(this.phrases, this.exclusions);
    const numberOf = new Map(this.names.map((name, index) => [name, index]));
    this.excludedBy = this.names.map((name) => (this.exclusions.get(name) ?? []).map((other) => numberOf.get(other)!));
    this.otherStarts = this.names.map(() => []);
    this.otherNeeds = this.names.map(() => []);
    // Concepts a phrase refers to are looked up by number while matching, not by name.
    for (const phrases of this.phrases.values()) for (const phrase of phrases) for (const element of phrase) if (element.kind === 'concept') element.number = numberOf.get(element.name)!;
    this.firstStarted = this.names.map(() => -1);
    this.foundByNumber = this.names.map(() => undefined);
    this.neededBy = this.names.map(() => []);
    this.alwaysTried = new Uint8Array(this.names.length);
    this.needFound = new Uint8Array(this.names.length);
    const secondWords = new Map<StartBucket, { byStem: Map<string, number[]>; byWord: Map<string, number[]> }>();
    for (const [concept, phrases] of this.phrases) {
      const number = numberOf.get(concept)!;
      for (const phrase of phrases) {
        const first = phrase[0];
        const byPrefix = first.kind === 'prefix' && first.prefix.length >= 3;
        if (first.kind !== 'stem' && !byPrefix) {
          this.otherStarts[number].push(phrase);
          this.otherNeeds[number].push(phrase.flatMap((element) => (element.kind === 'concept' ? [element.number] : [])));
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
        for (const key of first.stem === first.word ? [first.stem] : [first.stem, first.word]) {
          listIn(this.wordStartsFlat, key).push(entry);
          let bucket = this.wordStarts.get(key);
          if (!bucket) this.wordStarts.set(key, (bucket = { always: [], byStem: new Map(), byWord: new Map() }));
          const second = phrase[1];
          if (second?.kind !== 'stem') {
            bucket.always.push(entry);
            continue;
          }
          // By text first: the phrase code that numbers them is compiled once every phrase is in place.
          const byText = secondWords.get(bucket) ?? { byStem: new Map<string, number[]>(), byWord: new Map<string, number[]>() };
          secondWords.set(bucket, byText);
          listIn(byText.byStem, second.stem).push(entry);
          if (second.word !== second.stem) listIn(byText.byWord, second.word).push(entry);
        }
      }
    }
    this.startStamp = new Int32Array(this.startPhrase.length).fill(-1);
    const { code, offsets } = compilePhraseCode([...this.startPhrase, ...this.otherStarts.flat()]);
    this.code = code;
    for (const [bucket, { byStem, byWord }] of secondWords) {
      for (const [text, entries] of byStem) bucket.byStem.set(code.numberOf.get(text)!, entries);
      for (const [text, entries] of byWord) bucket.byWord.set(code.numberOf.get(text)!, entries);
    }
    this.startOffsets = Int32Array.from(this.startPhrase, (phrase) => offsets.get(phrase)!);
    this.otherOffsets = this.otherStarts.map((phrases) => phrases.map((phrase) => offsets.get(phrase)!));
    this.otherNeeds.forEach((needsOfPhrases, concept) => {
      for (const needs of needsOfPhrases) {
        if (needs.length === 0) this.alwaysTried[concept] = 1;
        for (const needed of needs) if (!this.neededBy[needed].includes(concept)) this.neededBy[needed].push(concept);
      }
    });
  }

  /** Compiles the concepts, or lists every problem (unknown reference, cycle, empty phrase). */
  static compile(concepts: Readonly<Record<string, readonly string[]>>): ConceptMatcher | ConceptProblem[] {
    const problems: ConceptProblem[] = [];
    const compiled = new Map<string, { phrases: Element[][]; exclusions: string[] }>();
    // Thousands of phrases share their words: each word is read into tokens once (loading was most of the
    // start's garbage, which a server keeps as resident memory).
    const wordTokens = new Map<string, readonly { stem: string; word: string }[]>();
    for (const [name, list] of Object.entries(concepts)) {
      const concept = { phrases: [] as Element[][], exclusions: [] as string[] };
      compiled.set(name, concept);
      for (const phrase of list) {
        if (isExclusion(phrase)) {
          concept.exclusions.push(phrase.slice(2, -1));
          if (!Object.hasOwn(concepts, phrase.slice(2, -1))) problems.push({ concept: name, phrase, message: `excludes ${phrase.slice(1)}, which is not a concept` });
          continue;
        }
        const elements = compilePhrase(phrase, wordTokens);
        concept.phrases.push(elements);
        if (elements.length === 0 || elements.every((element) => element.kind === 'gap')) problems.push({ concept: name, phrase, message: 'has no words' });
        for (const element of elements) {
          if (element.kind === 'concept' && !Object.hasOwn(concepts, element.name)) {
            problems.push({ concept: name, phrase, message: `refers to {${element.name}}, which is not a concept` });
          }
        }
      }
    }
    if (problems.length > 0) return problems;
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
    const { entry: startedEntry, at: startedAt, next: nextStarted } = this.findStarts(tokens);
    const { firstStarted, startPhrase } = this;
    const found = new Map<string, Span[]>();
    // The same spans by concept number, for the phrases that refer to a concept: one array kept between runs
    // (a message may be read five times in a turn, its sentences apart), cleared at each.
    const foundByNumber: Found = this.foundByNumber.fill(undefined);
    const { alwaysTried, needFound, neededBy } = this;
    needFound.fill(0);
    // Every phrase's ends go to one array, each read from where it stood before.
    const ends = this.ends;
    ends.length = 0;
    // Where a number stands: phrases that start with one are tried only there.
    let numbers: number[] | undefined;
    const { startOffsets } = this;
    for (let concept = 0; concept < this.names.length; concept++) {
      // A concept with no start here finds nothing, unless one of its other starts may be tried (see below): most
      // of the 380-odd concepts are passed over on three small arrays, without reading their phrase lists.
      if (firstStarted[concept] === -1 && (alwaysTried[concept] | needFound[concept]) === 0) continue;
      const others = this.otherStarts[concept];
      // Made when the concept's first place is found: most concepts tried are found nowhere.
      let gathered = 0;
      for (let index = firstStarted[concept]; index !== -1; index = nextStarted[index]) {
        const start = startedAt[index];
        const from = ends.length;
        const entry = startedEntry[index];
        this.collectPhraseEnds(startPhrase[entry], startOffsets[entry], 1, tokens, start + 1, foundByNumber, ends);
        gathered = this.gather(start, from, gathered);
      }
      const needs = this.otherNeeds[concept];
      const offsets = this.otherOffsets[concept];
      // None of the concepts its other starts name is here: none of them can match (allFound would say so).
      const otherCount = alwaysTried[concept] === 1 || needFound[concept] === 1 ? others.length : 0;
      for (let other = 0; other < otherCount; other++) {
        const phrase = others[other];
        if (!allFound(needs[other], foundByNumber)) continue;
        const first = phrase[0];
        if (first.kind === 'concept') {
          // Where the concept was found, each start once (its spans are sorted by start).
          const places = foundByNumber[first.number];
          if (!places) continue;
          for (let place = 0; place < places.length; place++) {
            const start = places[place].start;
            if (place > 0 && places[place - 1].start === start) continue;
            const from = ends.length;
            this.collectPhraseEnds(phrase, offsets[other], 0, tokens, start, foundByNumber, ends);
            gathered = this.gather(start, from, gathered);
          }
          continue;
        }
        if (first.kind === 'number') {
          numbers ??= numberPositions(tokens);
          for (const start of numbers) {
            const from = ends.length;
            this.collectPhraseEnds(phrase, offsets[other], 0, tokens, start, foundByNumber, ends);
            gathered = this.gather(start, from, gathered);
          }
          continue;
        }
        for (let start = 0; start < tokens.length; start++) {
          if (!canStart(first, tokens[start], foundByNumber, start)) continue;
          const from = ends.length;
          collectEnds(phrase, 0, tokens, start, foundByNumber, ends);
          gathered = this.gather(start, from, gathered);
        }
      }
      if (gathered === 0) continue;
      const kept = this.keptSpans(concept, gathered, foundByNumber);
      if (kept === undefined) continue;
      found.set(this.names[concept], (foundByNumber[concept] = kept));
      const needing = neededBy[concept];
      for (let index = 0; index < needing.length; index++) needFound[needing[index]] = 1;
    }
    return found;
  }

  /**
   * The ends of `phrase` matched from its element `from` at token `position`: as code (phrase-code.ts, its
   * elements at `offset`) unless a token of this run has alternatives, which only collectEnds reads.
   */
  private collectPhraseEnds(phrase: Element[], offset: number, from: number, tokens: readonly TriageToken[], position: number, found: Found, ends: number[]): void {
    if (this.withAlternatives) collectEnds(phrase, from, tokens, position, found, ends);
    else collectCodedEnds(this.code, offset, phrase.length, from, tokens, position, found, ends);
  }

  /**
   * Phrases that start with a word are looked up by the tokens' words and stems, once for all concepts,
   * into one flat list of (phrase, start) chained per concept: `firstStarted` holds each concept's first
   * start, `nextStarted` after each start the next one of its concept. Plain loops and no per-token
   * allocation: this runs on every message.
   */
  private findStarts(tokens: readonly TriageToken[]): Starts {
    const starts = this.starts;
    starts.count = 0;
    this.firstStarted.fill(-1);
    startCodedMessage(this.code, tokens.length);
    this.withAlternatives = false;
    // Each token's starts are looked up once: as the next token of one start, then as the start itself.
    let following = tokens.length > 0 ? this.startsOf(tokens[0]) : undefined;
    for (let start = 0; start < tokens.length; start++) {
      const token = tokens[start];
      const known = following!;
      setCodedToken(this.code, start, token, known.stemNumber, known.wordNumber);
      if (token.alternatives) this.withAlternatives = true;
      const stamp = this.nextStamp();
      const next = tokens[start + 1];
      following = next === undefined ? undefined : this.startsOf(next);
      if (token.alternatives || next?.alternatives) {
        // A real word that may be a slip: every phrase of the start word is tried, as collectEnds decides.
        if (known.flatByStem) this.takeAll(known.flatByStem, stamp, start, starts);
        if (known.flatByWord) this.takeAll(known.flatByWord, stamp, start, starts);
        // A slip's alternative starts only phrases of two or more words ("sopped breathing").
        for (const alternative of token.alternatives ?? []) {
          const entries = this.wordStartsFlat.get(alternative);
          if (entries) for (const entry of entries) if (this.startStems[entry] >= 2) this.take(entry, stamp, start, starts);
        }
      } else {
        if (known.byStem) this.takeBucket(known.byStem, following, stamp, start, starts);
        if (known.byWord) this.takeBucket(known.byWord, following, stamp, start, starts);
      }
      this.takeAll(known.prefixed, stamp, start, starts);
    }
    return starts;
  }

  /** What the token's word starts (remembered by word: a token's stem is its word's, which is checked). */
  private startsOf(token: TriageToken): WordStarts {
    const known = this.startsByWord.get(token.word);
    if (known !== undefined && known.stem === token.stem) return known;
    const sameWord = token.word === token.stem;
    const found: WordStarts = {
      stem: token.stem,
      stemNumber: this.code.numberOf.get(token.stem) ?? -1,
      wordNumber: this.code.numberOf.get(token.word) ?? -1,
      byStem: this.wordStarts.get(token.stem),
      byWord: sameWord ? undefined : this.wordStarts.get(token.word),
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

  /** Takes the phrase numbered `entry` as started at `start`, unless it already was there. */
  private take(entry: number, stamp: number, start: number, starts: Starts): void {
    if (this.startStamp[entry] === stamp) return;
    this.startStamp[entry] = stamp;
    const concept = this.startConcept[entry];
    const index = starts.count;
    if (index === starts.entry.length) growStarts(starts);
    starts.next[index] = this.firstStarted[concept];
    this.firstStarted[concept] = index;
    starts.entry[index] = entry;
    starts.at[index] = start;
    starts.count = index + 1;
  }

  private takeAll(entries: readonly number[], stamp: number, start: number, starts: Starts): void {
    for (let index = 0; index < entries.length; index++) this.take(entries[index], stamp, start, starts);
  }

  /** The bucket's phrases whose second word, if any, is the next token's. */
  private takeBucket(bucket: StartBucket, next: WordStarts | undefined, stamp: number, start: number, starts: Starts): void {
    this.takeAll(bucket.always, stamp, start, starts);
    if (!next) return;
    // By number: a stem or word no phrase has (-1) is in no bucket.
    if (next.stemNumber !== -1) {
      const byStem = bucket.byStem.get(next.stemNumber);
      if (byStem) this.takeAll(byStem, stamp, start, starts);
    }
    if (next.wordNumber !== -1) {
      const byWord = bucket.byWord.get(next.wordNumber);
      if (byWord) this.takeAll(byWord, stamp, start, starts);
    }
  }

  /** The phrases starting with a prefix that `word` begins with (remembered with the word's other starts). */
  private prefixedBy(word: string): readonly number[] {
    return (this.prefixStarts.get(word.slice(0, 3)) ?? []).filter((entry) => {
      const prefix = this.startPhrase[entry][0].prefix;
      return prefix.length <= word.length && word.startsWith(prefix);
    });
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

  /**
   * The concept's `count` gathered spans without those inside a span of a concept it excludes ("yellow" in
   * "yellow poo"), each once, by start and then longest first; undefined when none is left. Filtered and
   * sorted as numbers, so only the spans kept become objects, in an array of their number.
   */
  private keptSpans(concept: number, count: number, found: Found): Span[] | undefined {
    const { spanStarts: starts, spanEnds: ends } = this;
    const excludedBy = this.excludedBy[concept];
    if (excludedBy.length > 0) {
      let kept = 0;
      for (let index = 0; index < count; index++) {
        const start = starts[index];
        const end = ends[index];
        if (insideExcluded(excludedBy, found, start, end)) continue;
        starts[kept] = start;
        ends[kept] = end;
        kept++;
      }
      count = kept;
    }
    if (count === 0) return undefined;
    // An insertion sort: a concept has a span or two in a message.
    for (let index = 1; index < count; index++) {
      const start = starts[index];
      const end = ends[index];
      let at = index;
      while (at > 0 && (starts[at - 1] > start || (starts[at - 1] === start && ends[at - 1] < end))) {
        starts[at] = starts[at - 1];
        ends[at] = ends[at - 1];
        at--;
      }
      starts[at] = start;
      ends[at] = end;
    }
    let unique = 0;
    for (let index = 0; index < count; index++) {
      if (unique > 0 && starts[unique - 1] === starts[index] && ends[unique - 1] === ends[index]) continue;
      starts[unique] = starts[index];
      ends[unique] = ends[index];
      unique++;
    }
    const spans: Span[] = new Array(unique);
    for (let index = 0; index < unique; index++) spans[index] = { start: starts[index], end: ends[index] };
    return spans;
  }
}

/** The start lists at twice their length, their starts kept. */
function growStarts(starts: Starts): void {
  starts.entry = grownCopy(starts.entry);
  starts.at = grownCopy(starts.at);
  starts.next = grownCopy(starts.next);
}

function listIn<Value>(map: Map<string, Value[]>, key: string): Value[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

function isExclusion(entry: string): boolean {
  return /^!\{[a-z_0-9]+\}$/.test(entry.trim());
}

/** True when every concept numbered in `needs` has been found. */
function allFound(needs: readonly number[], found: Found): boolean {
  for (let index = 0; index < needs.length; index++) if (found[needs[index]] === undefined) return false;
  return true;
}

/** The positions of the tokens that are numbers, in order. */
function numberPositions(tokens: readonly TriageToken[]): number[] {
  const positions: number[] = [];
  for (let index = 0; index < tokens.length; index++) if (tokens[index].value !== undefined) positions.push(index);
  return positions;
}

/** True when a span of one of the excluded concepts overlaps tokens [start, end). */
function insideExcluded(excludedBy: readonly number[], found: Found, start: number, end: number): boolean {
  for (let index = 0; index < excludedBy.length; index++) {
    const spans = found[excludedBy[index]];
    if (spans) for (let other = 0; other < spans.length; other++) if (spans[other].start < end && spans[other].end > start) return true;
  }
  return false;
}

/** A copy of the list at twice its length. */
function grownCopy(list: Int32Array): Int32Array<ArrayBuffer> {
  const longer = new Int32Array(list.length * 2);
  longer.set(list);
  return longer;
}

function dependencyOrder(phrases: ReadonlyMap<string, Element[][]>, exclusions: ReadonlyMap<string, string[]>): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string) => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') throw new Error(name);
    state.set(name, 'visiting');
    for (const phrase of phrases.get(name) ?? []) for (const element of phrase) if (element.kind === 'concept') visit(element.name);
    for (const other of exclusions.get(name) ?? []) visit(other);
    state.set(name, 'done');
    order.push(name);
  };
  for (const name of phrases.keys()) visit(name);
  return order;
}

export { stemOf };
