import { triageTokens, type TriageToken } from './triage-tokens';
import { gapStops } from './gap-stops';

// The phrases of content/safety.yaml's concept lists: how one is compiled into elements, and how one is
// matched from a place in a message (the matcher in concept-matcher.ts decides where to try them).

/**
 * One element of a concept phrase as content/safety.yaml writes it: a word (matched by its stem, so
 * "hurting", "hurts" and "hurt" agree), `word*` (any word starting so), `..` (up to three words of
 * anything), `#` (any number) or `{concept}` (any phrase of another concept).
 */
export interface Element {
  kind: 'stem' | 'prefix' | 'gap' | 'number' | 'concept';
  /** A word's stem and the word as written ('stem'). */
  stem: string;
  word: string;
  /** What the word starts with ('prefix'). */
  prefix: string;
  /** How many words a gap skips at most ('gap'). */
  maximum: number;
  /** The concept referred to, and its number in match order, set once the order is known ('concept'). */
  name: string;
  number: number;
}

/**
 * Every element has every field, unused ones blank, in one order: one object shape keeps the property reads
 * of the matching loops fast (five shapes made each read a slow, megamorphic one).
 */
function element(kind: Element['kind'], fields: Partial<Omit<Element, 'kind'>> = {}): Element {
  return {
    kind,
    stem: fields.stem ?? '',
    word: fields.word ?? '',
    prefix: fields.prefix ?? '',
    maximum: fields.maximum ?? 0,
    name: fields.name ?? '',
    number: fields.number ?? -1,
  };
}

/** Where a concept was found: tokens [start, end). */
export interface Span {
  start: number;
  end: number;
}

export type ConceptMatches = ReadonlyMap<string, readonly Span[]>;

/** The spans found so far in one run, by concept number (undefined: not found, or not matched yet). */
export type Found = (readonly Span[] | undefined)[];

const gapLength = 3;
const longGapLength = 6;

/** `wordTokens` remembers each word's tokens between phrases (they are only read). */
export function compilePhrase(phrase: string, wordTokens: Map<string, readonly { stem: string; word: string }[]>): Element[] {
  const elements: Element[] = [];
  for (const part of phrase.trim().split(/\s+/)) {
    if (part === '') continue;
    if (part === '..') elements.push(element('gap', { maximum: gapLength }));
    else if (part === '...') elements.push(element('gap', { maximum: longGapLength }));
    else if (part === '#') elements.push(element('number'));
    else if (/^\{[a-z_0-9]+\}$/.test(part)) elements.push(element('concept', { name: part.slice(1, -1) }));
    else if (part.endsWith('*') && part.length > 1) elements.push(element('prefix', { prefix: part.slice(0, -1).toLowerCase() }));
    else {
      let tokens = wordTokens.get(part);
      if (!tokens) wordTokens.set(part, (tokens = triageTokens(part).map((token) => ({ stem: token.stem, word: token.word }))));
      for (const token of tokens) elements.push(element('stem', { stem: token.stem, word: token.word }));
    }
  }
  return elements;
}

export function canStart(element: Element, token: TriageToken, found: Found, start: number): boolean {
  switch (element.kind) {
    case 'stem':
      return token.stem === element.stem || token.word === element.word;
    case 'prefix':
      return token.word.startsWith(element.prefix);
    case 'number':
      return token.value !== undefined;
    case 'concept': {
      const spans = found[element.number];
      if (spans) for (let index = 0; index < spans.length; index++) if (spans[index].start === start) return true;
      return false;
    }
    case 'gap':
      return true;
  }
}

/** Adds to `ends` the token indexes where `phrase[from…]` can end when it starts at `position`. */
export function collectEnds(phrase: readonly Element[], from: number, tokens: readonly TriageToken[], position: number, found: Found, ends: number[]): void {
  // Words one after another are checked in a loop; the recursion is for gaps and concepts, which branch.
  for (; from < phrase.length; from++, position++) {
    const element = phrase[from];
    if (element.kind === 'gap') {
      // Nor does it start after one: "since yesterday, no jabs".
      const afterBreak = position > 0 && (tokens[position - 1].sentenceEnd || tokens[position - 1].clauseEnd);
      const count = ends.length;
      for (let skip = 0; skip <= (afterBreak ? 0 : element.maximum) && position + skip <= tokens.length; skip++) {
        // A gap does not reach over the end of a clause, over "but" ("bluish hands but pink lips") or over a
        // negation ("her lips are not blue").
        if (skip > 0 && (tokens[position + skip - 1].sentenceEnd || tokens[position + skip - 1].clauseEnd || gapStops.has(tokens[position + skip - 1].word))) break;
        collectEnds(phrase, from + 1, tokens, position + skip, found, ends);
        // The shortest gap the rest fits after.
        if (ends.length > count) break;
      }
      return;
    }
    if (position >= tokens.length) return;
    if (element.kind === 'concept') {
      const spans = found[element.number];
      if (spans) for (const span of spans) if (span.start === position) collectEnds(phrase, from + 1, tokens, span.end, found, ends);
      return;
    }
    const token = tokens[position];
    if (!canStart(element, token, found, position) && !(element.kind === 'stem' && (token.alternatives?.includes(element.stem) ?? false) && stemCount(phrase) >= 2)) return;
    // The words of one phrase stay in one sentence.
    if (from + 1 < phrase.length && token.sentenceEnd) return;
  }
  ends.push(position);
}

export function stemCount(phrase: readonly Element[]): number {
  return phrase.filter((element) => element.kind === 'stem' || element.kind === 'prefix').length;
}
