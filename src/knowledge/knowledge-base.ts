import type { FactCondition } from './fact-condition';
import type { AnswerReview, AnswerSource, CommandWords, SystemMessages, TopicKind } from './content-schema';

export interface SourceLocation {
  file: string;
  line: number | undefined;
}

export interface Phrasing {
  text: string;
  location: SourceLocation;
  /** Where it stands inside its file, e.g. `intents[2].examples[5]`. */
  path: string;
}

export interface Intent {
  id: string;
  title: string;
  kind: TopicKind;
  topic: string;
  examples: Phrasing[];
  tests: Phrasing[];
  answerId: string;
  dialogId: string | undefined;
  /** Whose illness the intent is about, when it is about one. */
  illnessOf?: 'baby' | 'mother';
  location: SourceLocation;
}

export interface Answer {
  id: string;
  short: string;
  text: string;
  variants: { when: FactCondition; short: string | undefined; text: string }[];
  notes: { when: FactCondition; text: string }[];
  followUps: string[];
  sources: AnswerSource[];
  reviewStatus: 'draft' | 'reviewed' | 'approved' | undefined;
  /** The answer's review as written; none means it was never reviewed. */
  review?: AnswerReview;
  /** Where the answer is written, for the review list (answers built in code have none). */
  location?: SourceLocation;
}

/** The validated, cross-referenced content latch answers from. Immutable once loaded. */
export interface KnowledgeBase {
  intents: readonly Intent[];
  intentById: ReadonlyMap<string, Intent>;
  answerById: ReadonlyMap<string, Answer>;
  messages: SystemMessages;
  /** Words that cancel, start over, forget, or say yes or no. */
  commands: CommandWords;
  files: readonly string[];
}

export function describeSource(source: AnswerSource): string {
  if ('seed' in source) return `Source document, ${source.seed}`;
  if ('ref' in source) return source.ref;
  return source.url;
}

/**
 * The sources a parent is shown: public pages with a plain name ("NHS: … https://…"). Seed paragraphs and
 * study citations are for the reviewer (`latch kb check --evidence`); RED-FLAGS.md is never shown.
 */
export function parentSources(sources: readonly AnswerSource[]): string[] {
  return sources.flatMap((source) => ('url' in source ? [source.name ? `${source.name}: ${source.url}` : source.url] : []));
}
