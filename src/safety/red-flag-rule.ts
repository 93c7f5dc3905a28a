import type { SafetyFile } from './safety-schema';
import type { RedFlag } from './triage';

/** Every rule id a dialog's `red_flag:` may name. */
export function safetyRuleIds(rules: SafetyFile): Set<string> {
  return new Set(rules.rules.map((rule) => rule.id));
}

/** The red flag a rule raises, for a dialog that found the sign from its answers rather than from words. */
export function redFlagForRule(rules: SafetyFile, ruleId: string): RedFlag | undefined {
  const rule = rules.rules.find((candidate) => candidate.id === ruleId);
  if (!rule) return undefined;
  return { ruleId, level: rule.level, message: rule.message ?? rule.level, means: rule.means, certain: true, row: rule.row };
}
