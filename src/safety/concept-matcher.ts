import { stemOf, triageTokens, type TriageToken } from './triage-tokens';

/**
 * One element of a concept phrase as content/safety.yaml writes it: a word (matched by its stem, so
 * "hurting", "hurts" and "hurt" agree), `word*` (any word starting so), `..` (up to three words of
 * anything), `#` (any number) or `{concept}` (any phrase of another concept).
 */
type Element =
  | { kind: 'stem'; stem: string; word: string }
  | { kind: 'prefix'; prefix: string }
  | { kind: 'gap'; maximum: number }
  | { kind: 'number' }
  | { kind: 'concept'; name: string };

/** Where a concept was found: tokens [start, end). */
export interface Span {
  start: number;
  end: number;
}

export type ConceptMatches = ReadonlyMap<string, readonly Span[]>;

/** A problem in a concept list, with the concept and phrase, for a content error that names the line. */
export interface ConceptProblem {
  concept: string;
  phrase?: string;
  message: string;
}

const gapLength = 3;
const longGapLength = 6;

/**
 * Concepts compiled once: phrases indexed by the stem of their first word, so a message is matched in one
 * pass over its words. Concepts may refer to each other; the order they are matched in follows that.
 */
export class ConceptMatcher {
  private readonly order: string[];
  private readonly phrases = new Map<string, Element[][]>();
  /** `!{other}` entries: a span inside a span of one of these concepts does not count ("yellow" in "yellow poo"). */
  private readonly exclusions = new Map<string, string[]>();
  /** Words (and their stems) the concepts use: a misspelling is corrected only towards these. */
  readonly vocabulary = new Set<string>();
  /** Phrases by the stem (and the word) they start with. */
  private readonly wordStarts = new Map<string, { concept: string; phrase: Element[] }[]>();
  /** Phrases starting with a prefix, by its first three letters. */
  private readonly prefixStarts = new Map<string, { concept: string; phrase: Element[] }[]>();
  /** Phrases starting with a short prefix, a number, a gap or another concept: tried at every word. */
  private readonly otherStarts = new Map<string, Element[][]>();

  private constructor(concepts: Readonly<Record<string, readonly string[]>>) {
    for (const [name, list] of Object.entries(concepts)) {
      this.exclusions.set(name, list.filter(isExclusion).map((entry) => entry.slice(2, -1)));
      this.phrases.set(name, list.filter((phrase) => !isExclusion(phrase)).map((phrase) => compilePhrase(phrase)));
      for (const phrase of this.phrases.get(name)!) for (const element of phrase) if (element.kind === 'stem') this.vocabulary.add(element.word);
    }
    this.order = dependencyOrder(this.phrases, this.exclusions);
    for (const [concept, phrases] of this.phrases) {
      for (const phrase of phrases) {
        const first = phrase[0];
        if (first.kind === 'prefix' && first.prefix.length >= 3) {
          const key = first.prefix.slice(0, 3);
          const list = this.prefixStarts.get(key) ?? [];
          list.push({ concept, phrase });
          this.prefixStarts.set(key, list);
          continue;
        }
        if (first.kind !== 'stem') {
          const list = this.otherStarts.get(concept) ?? [];
          list.push(phrase);
          this.otherStarts.set(concept, list);
          continue;
        }
        for (const key of first.stem === first.word ? [first.stem] : [first.stem, first.word]) {
          const list = this.wordStarts.get(key) ?? [];
          list.push({ concept, phrase });
          this.wordStarts.set(key, list);
        }
      }
    }
  }

  /** Compiles the concepts, or lists every problem (unknown reference, cycle, empty phrase). */
  static compile(concepts: Readonly<Record<string, readonly string[]>>): ConceptMatcher | ConceptProblem[] {
    const problems: ConceptProblem[] = [];
    for (const [name, list] of Object.entries(concepts)) {
      for (const phrase of list) {
        if (isExclusion(phrase)) {
          if (!Object.hasOwn(concepts, phrase.slice(2, -1))) problems.push({ concept: name, phrase, message: `excludes ${phrase.slice(1)}, which is not a concept` });
          continue;
        }
        const elements = compilePhrase(phrase);
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
      return new ConceptMatcher(concepts);
    } catch (error) {
      return [{ concept: (error as Error).message, message: 'refers to itself through other concepts' }];
    }
  }

  has(name: string): boolean {
    return this.phrases.has(name);
  }

  /** Every place each concept is found in the message's tokens. */
  match(tokens: readonly TriageToken[]): Map<string, Span[]> {
    // Phrases that start with a word are looked up by the tokens' words and stems, once for all concepts.
    // Written as plain loops: this runs on every message, and per-token arrays and sets were a fifth of a turn.
    const starts = new Map<string, { phrase: Element[]; start: number }[]>();
    for (let start = 0; start < tokens.length; start++) {
      const token = tokens[start];
      const seen = new Set<Element[]>();
      const add = (entry: { concept: string; phrase: Element[] }) => {
        if (seen.has(entry.phrase)) return;
        seen.add(entry.phrase);
        let list = starts.get(entry.concept);
        if (!list) starts.set(entry.concept, (list = []));
        list.push({ phrase: entry.phrase, start });
      };
      for (const entry of this.wordStarts.get(token.stem) ?? []) add(entry);
      if (token.word !== token.stem) for (const entry of this.wordStarts.get(token.word) ?? []) add(entry);
      // A real word that may be a slip starts only phrases of two or more words ("sopped breathing").
      for (const alternative of token.alternatives ?? []) {
        for (const entry of this.wordStarts.get(alternative) ?? []) if (stemCount(entry.phrase) >= 2) add(entry);
      }
      for (const entry of this.prefixStarts.get(token.word.slice(0, 3)) ?? []) {
        const prefix = (entry.phrase[0] as { prefix: string }).prefix;
        if (prefix.length <= token.word.length && token.word.startsWith(prefix)) add(entry);
      }
    }
    const found = new Map<string, Span[]>();
    for (const name of this.order) {
      const started = starts.get(name);
      const others = this.otherStarts.get(name);
      if (!started && !others) continue;
      const spans: Span[] = [];
      for (const { phrase, start } of started ?? []) for (const end of matchFrom(phrase, 1, tokens, start + 1, found)) spans.push({ start, end });
      for (const phrase of others ?? []) {
        for (const start of startPositions(phrase[0], tokens, found)) {
          for (const end of matchFrom(phrase, 0, tokens, start, found)) spans.push({ start, end });
        }
      }
      if (spans.length === 0) continue;
      const exclusions = this.exclusions.get(name);
      const excluded = exclusions ? exclusions.flatMap((other) => found.get(other) ?? []) : [];
      const kept = excluded.length === 0 ? spans : spans.filter((span) => !excluded.some((other) => other.start < span.end && other.end > span.start));
      if (kept.length > 0) found.set(name, dedupe(kept));
    }
    return found;
  }
}

function isExclusion(entry: string): boolean {
  return /^!\{[a-z_0-9]+\}$/.test(entry.trim());
}

function compilePhrase(phrase: string): Element[] {
  const elements: Element[] = [];
  for (const part of phrase.trim().split(/\s+/)) {
    if (part === '') continue;
    if (part === '..') elements.push({ kind: 'gap', maximum: gapLength });
    else if (part === '...') elements.push({ kind: 'gap', maximum: longGapLength });
    else if (part === '#') elements.push({ kind: 'number' });
    else if (/^\{[a-z_0-9]+\}$/.test(part)) elements.push({ kind: 'concept', name: part.slice(1, -1) });
    else if (part.endsWith('*') && part.length > 1) elements.push({ kind: 'prefix', prefix: part.slice(0, -1).toLowerCase() });
    else for (const token of triageTokens(part)) elements.push({ kind: 'stem', stem: token.stem, word: token.word });
  }
  return elements;
}

/**
 * Where a phrase that does not start with a word can start: where its first concept was found, or at a
 * number, rather than at every token (most messages have few of either).
 */
function startPositions(element: Element, tokens: readonly TriageToken[], found: ReadonlyMap<string, readonly Span[]>): number[] {
  if (element.kind === 'concept') return [...new Set((found.get(element.name) ?? []).map((span) => span.start))].sort((first, second) => first - second);
  const positions: number[] = [];
  for (let start = 0; start < tokens.length; start++) if (canStart(element, tokens[start], found, start)) positions.push(start);
  return positions;
}

function canStart(element: Element, token: TriageToken, found: ReadonlyMap<string, readonly Span[]>, start: number): boolean {
  switch (element.kind) {
    case 'stem':
      return token.stem === element.stem || token.word === element.word;
    case 'prefix':
      return token.word.startsWith(element.prefix);
    case 'number':
      return token.value !== undefined;
    case 'concept':
      return (found.get(element.name) ?? []).some((span) => span.start === start);
    case 'gap':
      return true;
  }
}

/** The token indexes where `phrase[from…]` can end when it starts at `position`. */
function matchFrom(phrase: readonly Element[], from: number, tokens: readonly TriageToken[], position: number, found: ReadonlyMap<string, readonly Span[]>): number[] {
  if (from === phrase.length) return [position];
  const element = phrase[from];
  if (element.kind === 'gap') {
    const ends: number[] = [];
    // Nor does it start after one: "since yesterday, no jabs".
    const afterBreak = position > 0 && (tokens[position - 1].sentenceEnd || tokens[position - 1].clauseEnd);
    for (let skip = 0; skip <= (afterBreak ? 0 : element.maximum) && position + skip <= tokens.length; skip++) {
      // A gap does not reach over the end of a clause or over "but": "bluish hands but pink lips".
      if (skip > 0 && (tokens[position + skip - 1].sentenceEnd || tokens[position + skip - 1].clauseEnd || tokens[position + skip - 1].word === 'but')) break;
      ends.push(...matchFrom(phrase, from + 1, tokens, position + skip, found));
      if (ends.length > 0) break;
    }
    return ends;
  }
  if (position >= tokens.length) return [];
  if (element.kind === 'concept') {
    const ends: number[] = [];
    for (const span of found.get(element.name) ?? []) if (span.start === position) ends.push(...matchFrom(phrase, from + 1, tokens, span.end, found));
    return ends;
  }
  if (!canStart(element, tokens[position], found, position) && !(element.kind === 'stem' && (tokens[position].alternatives?.includes(element.stem) ?? false) && stemCount(phrase) >= 2)) return [];
  // The words of one phrase stay in one sentence.
  if (from + 1 < phrase.length && tokens[position].sentenceEnd) return [];
  return matchFrom(phrase, from + 1, tokens, position + 1, found);
}

function stemCount(phrase: readonly Element[]): number {
  return phrase.filter((element) => element.kind === 'stem' || element.kind === 'prefix').length;
}

function dedupe(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans
    .filter((span) => {
      const key = `${span.start}:${span.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
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
