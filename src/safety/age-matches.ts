import type { AgeMention } from './baby-ages';

/** True when one of the ages fits the condition. */
export function someAgeMatches(condition: { lt?: number; lte?: number; gt?: number; gte?: number }, ages: readonly AgeMention[]): boolean {
  for (let index = 0; index < ages.length; index++) if (ageMatches(condition, ages[index].days)) return true;
  return false;
}

export function ageMatches(condition: { lt?: number; lte?: number; gt?: number; gte?: number }, ageDays: number | undefined): boolean {
  // An age the message does not give never stops a rule: when unsure, escalate.
  if (ageDays === undefined) return true;
  if (condition.lt !== undefined && !(ageDays < condition.lt)) return false;
  if (condition.lte !== undefined && !(ageDays <= condition.lte)) return false;
  if (condition.gt !== undefined && !(ageDays > condition.gt)) return false;
  if (condition.gte !== undefined && !(ageDays >= condition.gte)) return false;
  return true;
}
