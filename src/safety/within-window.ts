import type { Span } from './concept-matcher';
import { overlapping } from './recognition';

// How triage picks, for a sign of several parts, one found place per part close enough together.

/** One found place per part, all within `window` words of the first; the earliest such combination. */
export function withinWindow<Place extends { span: Span }>(candidates: readonly Place[][], window: number): Place[] | undefined {
  if (candidates.some((list) => list.length === 0)) return undefined;
  if (candidates.length === 1) return [candidates[0][0]];
  // A part whose concept comes again later in the sign may need another of its places than the first: "sunken
  // eyes and a sunken fontanelle" is one long place and two short ones, and taking the long one left none for
  // the second marker. Only such parts try further places, so every other sign reads as before.
  const repeated = candidates.map((list, part) => candidates.some((other, later) => later > part && other.length > 0 && list.includes(other[0])));
  for (const anchor of candidates.flat()) {
    const chosen: Place[] = [];
    const choose = (part: number): boolean => {
      if (part === candidates.length) return true;
      const list = candidates[part];
      for (const found of list) {
        // The same concept twice in a sign ("strange + strange") needs two places, not two readings of one
        // place ("has not slept" and "not slept" are one sign).
        if (Math.abs(found.span.start - anchor.span.start) > window || chosen.some((other) => other === found || (list.includes(other) && overlapping(other.span, found.span)))) continue;
        chosen.push(found);
        if (choose(part + 1)) return true;
        chosen.pop();
        if (!repeated[part]) return false;
      }
      return false;
    };
    if (choose(0)) return chosen;
  }
  return undefined;
}
