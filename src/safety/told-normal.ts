import { chartMinimum } from './chart-minimum';
import type { Found } from './found';
import { isNegated } from './is-negated';
import { insideAny } from './inside-any';
import { allPartsPresent, compare, type NormalEntry } from './parse-sign';
import type { QuantityKind } from './quantity';
import { noSpans, type Recognition } from './recognition';
import type { SafetyFile } from './safety-schema';

/** What a message's `normal_when` entries are read against, made once per message. */
export interface NormalContext {
  recognition: Recognition;
  /** The kinds of quantity the message tells. */
  quantityKinds: ReadonlySet<QuantityKind>;
  /** The sentence a token position is in. */
  sentenceOf: (position: number) => number;
  /** Where a concept is told, read as said, by whoever says it, and never as over (compileRules' normalReading). */
  affirmedAsSaid: (name: string) => Found[];
  file: SafetyFile;
  dayOfLife: number | undefined;
}

/**
 * True when the message itself gives what makes this place of a sign normal (`normal_when`): every part of
 * one entry found, concepts in the sign's sentence or the next (or any before, for a sign a question names:
 * sign_named_asked), every quantity of a compared kind in
 * range (one of them in those sentences), and none of the entry's `!concept`s anywhere, un-negated.
 */
export function isToldNormal(context: NormalContext, entries: readonly NormalEntry[], found: Found, toldBefore = false): boolean {
  const { recognition, quantityKinds, sentenceOf, affirmedAsSaid, file, dayOfLife } = context;
  const sentence = sentenceOf(found.span.start);
  // A sign whose words are the name a yes-or-no question gives the story told before it ("… then she settles
  // again. is that a fit?", "is that the marbling thing?": concept sign_named_asked): the story's sentences
  // count, however many.
  const askedBack = insideAny(recognition.concepts.get('sign_named_asked') ?? noSpans, found.span);
  const near = (position: number) => {
    const other = sentenceOf(position);
    return other === sentence || other === sentence + 1 || (toldBefore && other === sentence - 1) || (askedBack && other < sentence);
  };
  return entries.some(
    ({ told, absent }) =>
      allPartsPresent(told, recognition, quantityKinds) &&
      absent.every((name) => (recognition.concepts.get(name) ?? noSpans).every((span) => isNegated(recognition, span))) &&
      told.parts.every((part) => {
        // Whoever tells it: "stops as soon as I touch her" is the writer's act, "pink the whole time" names no one.
        if (part.kind === 'concept') return affirmedAsSaid(part.name).some((other) => near(other.span.start));
        const limit = part.value === 'chart' ? chartMinimum(file, part.quantity, dayOfLife) : part.value;
        const told = recognition.quantities.filter((quantity) => quantity.kind === part.quantity);
        return told.some((quantity) => near(quantity.at)) && told.every((quantity) => compare(quantity.value, part.comparison, limit));
      }),
  );
}
