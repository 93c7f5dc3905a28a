import type { SlotValue } from './dialog-schema';

/** Where a guided conversation stands between turns; kept in the conversation state. */
export interface DialogState {
  id: string;
  values: Record<string, SlotValue>;
  /** The slot whose question is open, or null before the first question. */
  asking: string | null;
  /** Answers to the open question that could not be read. */
  misses: number;
}
