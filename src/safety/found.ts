import type { Span } from './concept-matcher';
import type { Subject } from './recognition';

/** A place where a sign part was found: its span and whose sign it is. */
export interface Found {
  span: Span;
  subject: Subject;
}
