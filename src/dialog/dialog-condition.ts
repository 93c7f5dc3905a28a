import { isDayRange, matchesRange, rangeHoldsThroughout } from '../knowledge/fact-condition';
import type { DayRange, Facts } from '../nlu/extract-facts';
import type { DialogCondition, SlotValue } from './dialog-schema';
import { minimumNappies, type NappyChart } from '../safety/nappy-chart';

export type DialogValues = Readonly<Record<string, SlotValue>>;

/** A name in a dialog's `when` is a slot of the dialog, or else a fact known about the person. */
export function valueOf(name: string, values: DialogValues, facts: Facts): SlotValue | undefined {
  const known = values[name] ?? (facts as Record<string, SlotValue | undefined>)[name];
  return known ?? (name === 'days_since_birth' ? facts.days_since_birth_range : undefined);
}

/** The day of life when the person gave it exactly; a range ("a week or more") is not a day. */
export function dayOfLife(values: DialogValues, facts: Facts): number | undefined {
  const day = valueOf('days_since_birth', values, facts);
  return typeof day === 'number' ? day : undefined;
}

/** How many days of the chart a range of days can stand for: past the chart's last rows nothing changes. */
const chartSpan = 60;

/**
 * The chart's minimum for a day, or for a range of days the strictest minimum any of its days has: when
 * unsure which day it is, a count is compared with the day that expects the most.
 */
export function minimumForDays(chart: NappyChart, kind: keyof NappyChart, days: number | DayRange): number | undefined {
  if (!isDayRange(days)) return minimumNappies(chart, kind, days);
  const last = days.lt === undefined ? days.gte + chartSpan : days.lt - 1;
  let strictest: number | undefined;
  for (let day = days.gte; day <= last; day++) {
    const minimum = minimumNappies(chart, kind, day);
    if (minimum !== undefined && (strictest === undefined || minimum > strictest)) strictest = minimum;
  }
  return strictest;
}

/** Every named value must be known and match; an unknown value never matches. */
export function matchesDialogCondition(condition: DialogCondition, values: DialogValues, facts: Facts, chart: NappyChart): boolean {
  return Object.entries(condition).every(([name, expected]) => {
    const value = valueOf(name, values, facts);
    if (value === undefined) return false;
    if (typeof expected !== 'object') return value === expected;
    if ('below_minimum_for_day' in expected) {
      const days = valueOf('days_since_birth', values, facts);
      const minimum = typeof days === 'number' || isDayRange(days) ? minimumForDays(chart, expected.below_minimum_for_day, days) : undefined;
      return typeof value === 'number' && minimum !== undefined && value < minimum;
    }
    if (isDayRange(value)) return rangeHoldsThroughout(expected, value);
    return typeof value === 'number' && matchesRange(value, expected);
  });
}
