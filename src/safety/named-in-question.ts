import type { Span } from './concept-matcher';
import type { Recognition } from './recognition';

/**
 * True when the sign's words are the name a yes-or-no question gives what the writer has just told ("is that a
 * fit?", "is that the marbling thing?", "that floppy sleep is normal right?": concept sign_named_asked): the
 * question names her story, so what makes that story normal may be told in any sentence before it.
 */
export function isNamedInQuestion(recognition: Recognition, span: Span): boolean {
  return (recognition.concepts.get('sign_named_asked') ?? []).some((asked) => asked.start <= span.start && asked.end >= span.end);
}
