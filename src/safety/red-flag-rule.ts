import type { SafetyFile } from './safety-schema';
import type { RedFlag } from './triage';

/** Number rules are named like phrase rules, `baby.<rule>`, so dialogs and traces use one kind of id. */
export function numberRuleId(name: keyof SafetyFile['number_rules']): string {
  return `baby.${name}`;
}

/** Every rule id a dialog's `red_flag:` may name. */
export function safetyRuleIds(rules: SafetyFile): Set<string> {
  return new Set([...rules.rules.map((rule) => rule.id), ...(Object.keys(rules.number_rules) as (keyof SafetyFile['number_rules'])[]).map(numberRuleId)]);
}

/** The red flag a rule raises, for a dialog that found the sign from its answers rather than from words. */
export function redFlagForRule(rules: SafetyFile, ruleId: string): RedFlag | undefined {
  const phraseRule = rules.rules.find((rule) => rule.id === ruleId);
  if (phraseRule) return { ruleId, level: phraseRule.level, message: phraseRule.message ?? phraseRule.level, means: phraseRule.means };
  const name = (Object.keys(rules.number_rules) as (keyof SafetyFile['number_rules'])[]).find((candidate) => numberRuleId(candidate) === ruleId);
  if (!name) return undefined;
  const numberRule = rules.number_rules[name];
  return { ruleId, level: numberRule.level, message: numberRule.level, means: numberRule.means };
}
