import type { TriageToken } from './triage-tokens';
import { toldAsPast, type AgeMention } from './baby-ages';
import type { Quantity } from './quantity';
import type { WeightLost, WeightMention } from './read-weights';

/** A time of day told in a message; two of them make the hours between. */
export interface ClockTime {
  hour: number;
  at: number;
  /** am or pm not said ("quarter past three", "it's now 9"): read as the later of the two. */
  ambiguous?: boolean;
  /** A number after "at" ("went to bed at 8"), read as a time of day only beside another time. */
  bare?: boolean;
}

/**
 * What readQuantities gathers while it walks a message's numbers, shared by the reader of each kind of
 * quantity: one reader's finding (a count, a weight, a time of day) changes how a later number reads.
 */
export interface QuantityReading {
  tokens: readonly TriageToken[];
  quantities: Quantity[];
  /** Ages by how sure the words are: "10 days old" beats "day 4", which beats "baby is 3 weeks". */
  ages: (AgeMention & { years: boolean })[];
  clocks: ClockTime[];
  /** The last count of wet or dirty nappies: "twin 1 had 6 wet nappies, twin 2 only had 3" counts the 3 too. */
  lastCount?: Quantity;
  weights: WeightMention[];
  lost?: WeightLost;
  /** The writer tells weeks of her own pregnancy ("i'm 32 weeks"): whatever baby the message names is not born yet, unless an age says so. */
  pregnancyTold: boolean;
}

/** The number a reader is given, with the words around it that most readers look at. */
export interface NumberAt {
  index: number;
  token: TriageToken;
  value: number;
  /** 1 when a filler stands between the number and its unit ("four whole days"), so the unit is read past it. */
  shift: number;
  next: string;
  afterNext: string;
  previous: string;
}

/** The word at a token position, or '' past either end. */
export function wordAt(tokens: readonly TriageToken[], index: number): string {
  return tokens[index]?.word ?? '';
}

/** True when one of `words` stands within `span` tokens of `index`. */
export function isNear(tokens: readonly TriageToken[], index: number, span: number, words: ReadonlySet<string>): boolean {
  for (let other = Math.max(0, index - span); other <= Math.min(tokens.length - 1, index + span); other++) if (words.has(tokens[other].word)) return true;
  return false;
}

/** Keeps an age told at token `at`: its days, how sure the words are, and the day of life the nappy chart reads it by. */
export function addAge(reading: QuantityReading, at: number, days: number, strength: number, day = Math.max(1, Math.round(days))): void {
  const { tokens } = reading;
  reading.ages.push({ days, strength, day, at, past: toldAsPast(tokens, at), years: /^(year|years|yr|yrs)$/.test(wordAt(tokens, at + 1)) || /^(year|years|yr|yrs)$/.test(wordAt(tokens, at + 2)) });
}
