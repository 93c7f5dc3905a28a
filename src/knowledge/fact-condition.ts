import { z } from 'zod';
import type { DayRange, Facts } from './facts';

/** Facts a condition may test, with the kind of value each holds. */
export const factKinds = {
  days_since_birth: 'number',
  days_since_birth_range: 'range',
  baby_age_weeks: 'number',
  birth_type: ['caesarean', 'vaginal'],
  first_baby: 'boolean',
  long_labour: 'boolean',
  mother_unwell: 'boolean',
  baby_unwell: 'boolean',
  twins: 'boolean',
  partner_asking: 'boolean',
  age_approximate: 'boolean',
  premature: 'boolean',
} as const satisfies Record<keyof Facts, 'number' | 'range' | 'boolean' | readonly string[]>;

export type FactName = keyof typeof factKinds;
export const factNames = Object.keys(factKinds) as FactName[];

/** `{ lt: 3 }`, `{ gte: 3, lt: 7 }`: a number compared with bounds, in answer variants and dialog conditions. */
export const rangeSchema = z
  .object({ lt: z.number(), lte: z.number(), gt: z.number(), gte: z.number(), eq: z.number() })
  .partial()
  .strict()
  .refine((range) => Object.keys(range).length > 0, { error: 'needs at least one of lt, lte, gt, gte, eq' });

export type NumberRange = z.infer<typeof rangeSchema>;

/**
 * `when: { days_since_birth: { lt: 3 }, birth_type: caesarean }`: every named fact must be known and
 * match. A fact that is not known never matches, so a variant for "under 3 days" is never shown to
 * someone who has not said when the baby was born.
 */
export const factConditionSchema = z
  .object({
    days_since_birth: rangeSchema,
    baby_age_weeks: rangeSchema,
    birth_type: z.enum(factKinds.birth_type),
    first_baby: z.boolean(),
    long_labour: z.boolean(),
    mother_unwell: z.boolean(),
    baby_unwell: z.boolean(),
    twins: z.boolean(),
    partner_asking: z.boolean(),
    premature: z.boolean(),
  })
  .partial()
  .strict();

export type FactCondition = z.infer<typeof factConditionSchema>;

export function matchesRange(value: number, range: NumberRange): boolean {
  return (
    (range.lt === undefined || value < range.lt) &&
    (range.lte === undefined || value <= range.lte) &&
    (range.gt === undefined || value > range.gt) &&
    (range.gte === undefined || value >= range.gte) &&
    (range.eq === undefined || value === range.eq)
  );
}

/**
 * Whether every whole number of days in `days` lies in `range`: "5 days or more" is past 72 hours for
 * certain, but is not "under 7 days", and never "exactly 5".
 */
export function rangeHoldsThroughout(range: NumberRange, days: DayRange): boolean {
  const lowest = days.gte;
  const highest = days.lt === undefined ? Infinity : days.lt - 1;
  if (highest < lowest) return false;
  return (
    (range.lt === undefined || highest < range.lt) &&
    (range.lte === undefined || highest <= range.lte) &&
    (range.gt === undefined || lowest > range.gt) &&
    (range.gte === undefined || lowest >= range.gte) &&
    (range.eq === undefined || (lowest === range.eq && highest === range.eq))
  );
}

export function isDayRange(value: unknown): value is DayRange {
  return typeof value === 'object' && value !== null && typeof (value as DayRange).gte === 'number';
}

export function matchesFacts(condition: FactCondition, facts: Facts): boolean {
  for (const [name, expected] of Object.entries(condition) as [FactName, unknown][]) {
    const value = name === 'days_since_birth' ? (facts.days_since_birth ?? facts.days_since_birth_range) : facts[name];
    if (value === undefined) return false;
    if (typeof expected === 'object' && expected !== null) {
      if (isDayRange(value)) {
        if (!rangeHoldsThroughout(expected as NumberRange, value)) return false;
      } else if (typeof value !== 'number' || !matchesRange(value, expected as NumberRange)) return false;
    } else if (value !== expected) {
      return false;
    }
  }
  return true;
}

/** How specific a condition is: the variant naming more facts wins over a more general one. */
export function specificity(condition: FactCondition): number {
  return Object.keys(condition).length;
}
