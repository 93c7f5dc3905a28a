import { matchesRange } from '../knowledge/fact-condition';
import type { Facts } from '../nlu/extract-facts';
import type { DialogCondition, SlotValue } from './dialog-schema';
import { minimumNappies, type NappyChart } from '../safety/nappy-chart';

export type DialogValues = Readonly<Record<string, SlotValue>>;

/** A name in a dialog's `when` is a slot of the dialog, or else a fact known about the person. */
export function valueOf(name: string, values: DialogValues, facts: Facts): SlotValue | undefined {
  return values[name] ?? (facts as Record<string, SlotValue | undefined>)[name];
}

export function dayOfLife(values: DialogValues, facts: Facts): number | undefined {
  const day = valueOf('days_since_birth', values, facts);
  return typeof day === 'number' ? day : undefined;
}

/** Every named value must be known and match; an unknown value never matches. */
export function matchesDialogCondition(condition: DialogCondition, values: DialogValues, facts: Facts, chart: NappyChart): boolean {
  return Object.entries(condition).every(([name, expected]) => {
    const value = valueOf(name, values, facts);
    if (value === undefined) return false;
    if (typeof expected !== 'object') return value === expected;
    if ('below_minimum_for_day' in expected) {
      const day = dayOfLife(values, facts);
      const minimum = day === undefined ? undefined : minimumNappies(chart, expected.below_minimum_for_day, day);
      return typeof value === 'number' && minimum !== undefined && value < minimum;
    }
    return typeof value === 'number' && matchesRange(value, expected);
  });
}
