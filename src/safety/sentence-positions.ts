import type { TriageToken } from './triage-tokens';

// Where a token stands in its sentence and clause: the places the sign recogniser's scopes (a question's reach,
// a story told in the past, a time of day) are measured from.

/** True when an "if" stands between the sentence's start and `position`, in the same clause as `position`. */
export function inIfClause(tokens: readonly TriageToken[], sentenceStart: number, position: number): boolean {
  for (let index = position - 1; index >= sentenceStart; index--) {
    if (tokens[index].word === 'if') return true;
    if (tokens[index].clauseEnd) return false;
  }
  return false;
}

/** Where the sentence holding token `position` starts. */
export function sentenceStartOf(tokens: readonly TriageToken[], position: number): number {
  let start = position;
  while (start > 0 && !tokens[start - 1].sentenceEnd) start--;
  return start;
}

/** Where the sentence that a span ending at `end` (exclusive) ends in ends (exclusive). */
export function sentenceEndOf(tokens: readonly TriageToken[], end: number): number {
  let last = end;
  while (last < tokens.length && !tokens[last - 1].sentenceEnd) last++;
  return last;
}

/** "this morning", "this afternoon", "this evening" starting at token `index`. */
export function isThisPartOfDay(tokens: readonly TriageToken[], index: number): boolean {
  return tokens[index].word === 'this' && /^(morning|afternoon|evening)$/.test(tokens[index + 1]?.word ?? '');
}

/** How many sentence ends lie between two token positions. */
export function sentencesBetween(tokens: readonly TriageToken[], from: number, to: number): number {
  let count = 0;
  for (let index = Math.min(from, to); index < Math.max(from, to); index++) if (tokens[index].sentenceEnd) count++;
  return count;
}
