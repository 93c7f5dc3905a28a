/** The minimum wet and dirty nappies in 24 hours by day of life; content/safety.yaml's `number_rules` is one. */
export interface NappyChart {
  wet_nappies: { minimum_by_day: Readonly<Record<string, number>> };
  dirty_nappies: { minimum_by_day: Readonly<Record<string, number>>; until_day: number };
}

/**
 * The chart's minimum for a day of life: its first row holds before it (day 0 is day 1), its last row for
 * every later day (day 7 on); dirty nappies only count in the first weeks, so after those there is none.
 */
export function minimumNappies(chart: NappyChart, kind: keyof NappyChart, day: number): number | undefined {
  if (kind === 'dirty_nappies' && day > chart.dirty_nappies.until_day) return undefined;
  const rows = chart[kind].minimum_by_day;
  const days = Object.keys(rows).map(Number);
  return rows[String(Math.min(Math.max(day, Math.min(...days)), Math.max(...days)))];
}
