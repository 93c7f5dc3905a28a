import type { RedFlag } from '../safety/triage';
import type { TurnBuilder } from './turn-builder';

/** The escalation for a red flag; whatever dialog or clarification was open is closed. */
export function escalate(turn: TurnBuilder, redFlag: RedFlag, reason: string): void {
  turn.replies.push({ kind: 'handoff', level: redFlag.level, ruleId: redFlag.ruleId, text: turn.parts.options.escalationText(redFlag) });
  Object.assign(turn.state, { clarifying: false, dialog: null, suspendedDialog: null });
  const traced = { ruleId: redFlag.ruleId, level: redFlag.level, certain: redFlag.certain !== false };
  Object.assign(turn.trace, { route: 'red_flag', intent: null, confidence: 1, reason, redFlag: traced });
}
