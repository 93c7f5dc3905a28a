/** The minimum wet and dirty nappies in 24 hours by day of life, from content/safety.yaml. */
export interface NappyChart {
  wet_nappies: { minimumByDay: Readonly<Record<string, number>> };
  dirty_nappies: { minimumByDay: Readonly<Record<string, number>>; untilDay: number };
}

/** The chart's last row holds for every later day (day 7 on); dirty nappies only count in the first weeks. */
export function minimumNappies(chart: NappyChart, kind: keyof NappyChart, day: number): number | undefined {
  const rows = chart[kind].minimumByDay;
  if (kind === 'dirty_nappies' && day > chart.dirty_nappies.untilDay) return undefined;
  const lastDay = Math.max(...Object.keys(rows).map(Number));
  const firstDay = Math.min(...Object.keys(rows).map(Number));
  return rows[String(Math.min(Math.max(day, firstDay), lastDay))];
}
