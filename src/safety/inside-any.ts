import type { Span } from './concept-matcher';

/** True when one of `spans` holds all of `span`: a concept's place read as part of a wider phrase that contains it. */
export function insideAny(spans: readonly Span[], span: Span): boolean {
  return spans.some((outer) => outer.start <= span.start && outer.end >= span.end);
}
