import type { Recognition } from './recognition';

// Issue 11, s21-opener: "hi! my baby is 10 weeks and I have a few questions" got the crisis line from the
// learned net, and each retraining moved which openers it flagged. An opener is recognised by reading instead:
// every word of the message belongs to an opener concept of safety.yaml, so no sign, mood or number other than
// the baby's age has room in it.

/** The opener concepts whose words may make up the whole message. */
export const openerConcepts = ['opener_greeting', 'opener_baby', 'opener_age', 'opener_time', 'opener_awake', 'opener_questions', 'opener_glue'] as const;

/**
 * The concepts one of which must be there: a greeting, the baby's age or "a few questions". Being awake or the
 * hour alone ("I can't sleep", "it's 3am") is no opener, and keeps the check it has today.
 */
const anchorConcepts = ['opener_greeting', 'opener_age', 'opener_questions'] as const;

/** True when the message is only an opener: the safety check is not sent for it (createSafetyCheck). */
export function isOnlyOpener(recognition: Recognition): boolean {
  const { tokens, concepts, quantities } = recognition;
  if (tokens.length === 0 || !anchorConcepts.some((name) => (concepts.get(name)?.length ?? 0) > 0)) return false;
  // A number the rules read (a temperature, a count of nappies, hours since a feed) is more than an opener,
  // unless it is the age told ("nearly 8 weeks" is read as days too).
  const ages = concepts.get('opener_age') ?? [];
  if (quantities.some((quantity) => !ages.some((span) => span.start <= quantity.at && quantity.at < span.end))) return false;
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const name of openerConcepts) for (const span of concepts.get(name) ?? []) covered.fill(true, span.start, span.end);
  return covered.every(Boolean);
}
