import type { Span } from './concept-matcher';
import type { Recognition } from './recognition';

/** What one message's sign parts are read against, worked out once per message before its rules are weighed. */
export interface SignScope {
  recognition: Recognition;
  /** Spans of the concepts that are a sign on their own; only "gone now" reads them, and they are empty without it. */
  signSpans: readonly Span[];
  /** Spans of every concept a sign is made of; empty without "gone now" too. */
  partSpans: readonly Span[];
  /** A professional has seen it, or it was long ago or in the past (each un-negated). */
  pastOrSeen: boolean;
  /** Where the concept over_still_urgent is told, unless pastOrSeen. */
  stillUrgentSpans: readonly Span[];
  /** False when a sign a general question names is read as if it were seen (askedAbout). */
  questionScope: boolean;
}
