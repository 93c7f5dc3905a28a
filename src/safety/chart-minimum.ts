import { minimumNappies } from './nappy-chart';
import type { QuantityKind } from './quantity';
import type { SafetyFile } from './safety-schema';

/** The nappy chart's minimum for the day of life; wet nappies with no day given use the day-3 row, dirty ones need the day. */
export function chartMinimum(file: SafetyFile, kind: QuantityKind, dayOfLife: number | undefined): number | undefined {
  if (kind === 'wet_nappies') return minimumNappies(file.nappy_chart, 'wet_nappies', dayOfLife ?? 3);
  if (kind === 'dirty_nappies' && dayOfLife !== undefined) return minimumNappies(file.nappy_chart, 'dirty_nappies', dayOfLife);
  return undefined;
}
