/**
 * Words a gap (`..`, `...`) in a concept phrase does not reach over, besides the end of a clause: "but"
 * ("bluish hands but pink lips"), and a negation between a body part and a sign word, which denies it ("her lips
 * are not blue", "his eyes aren't sunken"), as isNegated only looks before a sign's start.
 */
export const gapStops: ReadonlySet<string> = new Set(['but', 'not', 'never']);
