import { isCrisisMessage } from './crisis-message';
import type { RedFlagCorpusEntry } from './red-flag-corpus';
import { crisisRowsOf } from './safety-check';
import type { SafetyFile } from './safety-schema';
import type { RedFlag, RuleTriage } from './triage';

/**
 * Whether a rule's flag is a near miss told around its sign (`safety_check.near_miss`): the rules find a sign by
 * its words, and most false alarms are a sign told with what makes it ordinary ("piggy grunting all night but
 * breathes easily, pink and feeds well", "a clot on day 2 after lying down, a pad lasts hours, the midwife was
 * happy"). A model learnt from the corpus's red flags and near misses that the rules flag (by the words and
 * word pairs and which rule fired) tells the two apart; where it is at least `at_least` sure of a near miss the
 * message gets the sign's meaning and when to get help instead of an escalation (a bar of its own for the rules of a
 * level in `by_level`). Never a crisis line, a crisis
 * row's rule, a row a number decides (`numbers_decide`: the rules read the number), a safety check or a raise.
 * Returns the probability when the flag is let go, else undefined.
 */
export type NearMissGate = (text: string, ruled: RedFlag) => number | undefined;

/** How sure the model is that a rule's flag on `text` is a near miss. */
export type NearMissScorer = (text: string, ruleId: string) => number;

export function createNearMissGate(file: SafetyFile, score: NearMissScorer): NearMissGate | undefined {
  const setting = file.safety_check.near_miss;
  if (!setting) return undefined;
  const eligible = nearMissEligibility(file);
  return (text, ruled) => {
    if (!eligible(ruled)) return undefined;
    const probability = score(text, ruled.ruleId);
    return probability >= nearMissBar(setting, ruled.level) ? probability : undefined;
  };
}

/** How sure the model must be to let a flag of `level` go: the level's own bar (`by_level`), else `at_least`. */
export function nearMissBar(setting: NonNullable<SafetyFile['safety_check']['near_miss']>, level: RedFlag['level']): number {
  return setting.by_level?.[level] ?? setting.at_least;
}

/** The flags the gate may let go, and so the flags the model learns from: a rule's own, no crisis, no number's row. */
export function nearMissEligibility(file: SafetyFile): (flag: RedFlag) => boolean {
  const crisisRows = crisisRowsOf(file);
  const numberRows = new Set(Object.keys(file.safety_check.numbers_decide));
  return (flag) =>
    flag.certain !== false &&
    flag.raisedFrom === undefined &&
    flag.crisisCheckBeside === undefined &&
    !isCrisisMessage(flag.message) &&
    flag.row !== undefined &&
    !crisisRows.has(flag.row) &&
    !numberRows.has(flag.row);
}

export interface NearMissExample {
  text: string;
  ruleId: string;
  nearMiss: boolean;
}

/**
 * The model's lessons: every corpus entry (`learn: false` ones left out) that a rule flags eligibly, a near miss
 * or a red flag, with the rule that fired. Read as a first message with nothing known, as the corpus's writers wrote them.
 */
export function nearMissExamples(file: SafetyFile, entries: readonly RedFlagCorpusEntry[], rules: RuleTriage): NearMissExample[] {
  const eligible = nearMissEligibility(file);
  const examples: NearMissExample[] = [];
  for (const entry of entries) {
    if (entry.learn === false) continue;
    const flag = rules(entry.q, [], {});
    if (!flag || !eligible(flag)) continue;
    examples.push({ text: entry.q, ruleId: flag.ruleId, nearMiss: entry.label === 'NEAR_MISS' });
  }
  return examples;
}
