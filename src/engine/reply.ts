import type { SafetyLevel } from '../safety/safety-schema';

export interface Choice {
  /** What the button shows and what is sent back when it is pressed. */
  label: string;
  /** The intent this choice leads to; null for "none of these". */
  intentId: string | null;
}

/** What the bot says, as data; each channel renders it its own way. */
export type Reply =
  | { kind: 'text'; text: string }
  | { kind: 'answer'; intentId: string; answerId: string; short: string; text: string; sources: string[] }
  | { kind: 'choices'; text: string; choices: Choice[] }
  | { kind: 'handoff'; level: SafetyLevel; ruleId: string; text: string };

/** A curated answer, worded for what is known about the person. */
export type AnswerReply = Extract<Reply, { kind: 'answer' }>;
