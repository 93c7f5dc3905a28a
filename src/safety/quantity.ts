/** A number read from a message, where it stands (token index), and what it measures. */
export interface Quantity {
  kind: QuantityKind;
  value: number;
  at: number;
  /**
   * The number as told, where `value` is a day's average of it ("3 poos in the last 3 days" is 1 a day): the
   * net reads the count as told, so its inputs stay those it learnt on (a per-day count of 1 had pulled an
   * 8-week-old's glazed look to the nappy row, which the rules then closed).
   */
  told?: number;
}

export const quantityKinds = ['temperature', 'hours', 'days', 'percent', 'weight_drop', 'breaths', 'feeds', 'wet_nappies', 'dirty_nappies', 'seconds'] as const;
export type QuantityKind = (typeof quantityKinds)[number];
