/** A number read from a message, where it stands (token index), and what it measures. */
export interface Quantity {
  kind: QuantityKind;
  value: number;
  at: number;
}

export const quantityKinds = ['temperature', 'hours', 'days', 'percent', 'weight_drop', 'breaths', 'feeds', 'wet_nappies', 'dirty_nappies', 'seconds'] as const;
export type QuantityKind = (typeof quantityKinds)[number];
