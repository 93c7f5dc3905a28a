/** The days of the week in the order Date.getDay() counts them, Sunday first. */
export const weekdayNames = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/**
 * Days from the last such weekday to today, for "born on Monday": today's own weekday counts as a week ago,
 * as both readers always counted it (a birth today is read from "today").
 */
export function daysSinceWeekday(today: Date, weekday: string): number {
  const difference = (today.getDay() - weekdayNames.indexOf(weekday as (typeof weekdayNames)[number]) + 7) % 7;
  return difference === 0 ? 7 : difference;
}
