import type { Found, Span } from './concept-phrase';

/**
 * A concept's `count` gathered spans (`starts[i]` to `ends[i]`) without those inside a span of a concept it
 * excludes (`excluded[excludedFrom .. excludedTo]`: "yellow" in "yellow poo"), each once, by start and then
 * longest first; undefined when none is left. Filtered and sorted as numbers, in place, so only the spans kept
 * become objects, in an array of their number.
 */
export function keptSpans(starts: Int32Array, ends: Int32Array, count: number, excluded: Int32Array, excludedFrom: number, excludedTo: number, found: Found): Span[] | undefined {
  if (excludedTo > excludedFrom) {
    let kept = 0;
    for (let index = 0; index < count; index++) {
      const start = starts[index];
      const end = ends[index];
      if (insideExcluded(excluded, excludedFrom, excludedTo, found, start, end)) continue;
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

/** True when a span of one of the excluded concepts overlaps tokens [start, end). */
function insideExcluded(excluded: Int32Array, from: number, to: number, found: Found, start: number, end: number): boolean {
  for (let index = from; index < to; index++) {
    const spans = found[excluded[index]];
    if (spans) for (let other = 0; other < spans.length; other++) if (spans[other].start < end && spans[other].end > start) return true;
  }
  return false;
}
