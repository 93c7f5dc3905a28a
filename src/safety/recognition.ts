import type { Span } from './concept-matcher';
import type { AgeMention } from './baby-ages';
import type { Quantity } from './read-quantities';
import type { TriageToken } from './triage-tokens';

// What triage knows of a message once read (see SignRecogniser), and small pieces every scope of it uses.

/** Whose sign a word is about, by the nearest person the writer names before it. */
export type Subject = 'baby' | 'mother' | 'partner' | 'ambiguous' | 'baby_likely' | 'none';

/** What triage knows of a message: its words, the concepts found where, the numbers, and the baby's age. */
export interface Recognition {
  tokens: TriageToken[];
  concepts: Map<string, Span[]>;
  quantities: Quantity[];
  ageDays?: number;
  dayOfLife?: number;
  /** Every age that may be the baby's, with where it is told: a rule reads the one told of its sign. */
  ages: AgeMention[];
  /** Ages the message gives of another person's baby, not this one's (see readQuantities). */
  othersAgeDays?: number[];
  /** The writer tells the weeks of her own pregnancy now ("i'm 32 weeks", "we're 36 weeks with twins"). */
  pregnancyTold?: boolean;
  /** Token indexes that negate what follows them ("no", "not", "never", "without"). */
  negators: Set<number>;
}

/** No places: one shared empty list rather than a new one per look-up of a concept the message lacks. */
export const noSpans: readonly Span[] = Object.freeze([]);

/** True when two spans share a token. */
export function overlapping(first: Span, second: Span): boolean {
  return first.start < second.end && second.start < first.end;
}
