import type { Span } from './concept-matcher';
import { noSpans, type Recognition } from './recognition';

/** True when `span` starts inside, not at the start of, the writer's naming of her own wee (`own_urine`: "my own wee"). */
export function startsInsideOwnBody(recognition: Recognition, span: Span): boolean {
  return (recognition.concepts.get('own_urine') ?? noSpans).some((own) => own.start < span.start && span.start < own.end);
}
