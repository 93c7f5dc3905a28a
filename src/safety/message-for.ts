import type { MessageKind, SafetyRule } from './safety-schema';
import type { Recognition, Subject } from './sign-recogniser';

/** A crisis told by a partner gets words for the partner; intrusive thoughts keep their own calm message. */
export function messageFor(rule: SafetyRule, subjects: readonly Subject[], recognition: Recognition): MessageKind {
  const message = rule.message ?? rule.level;
  if (message !== 'crisis' && message !== 'crisis_intrusive') return message;
  const firstPerson = subjects.includes('mother');
  const partnerNamed = (recognition.concepts.get('who_partner') ?? []).length > 0;
  if (!firstPerson && (subjects.includes('partner') || (partnerNamed && subjects.includes('ambiguous')))) return 'crisis_partner';
  // "she's talking to people who aren't there", "my daughter is acting out of character since the baby":
  // with no "i" or "me" anywhere, the writer is telling of someone else, whom a baby word cannot be in a
  // crisis of her own (a baby word counts as someone else only for the crisis message, not for an image
  // of harming the baby, where the baby is the one in the thought).
  const writerSpeaks = recognition.tokens.some((token) => token.word === 'i' || token.word === 'me' || token.word === 'myself');
  const someoneElse = subjects.includes('ambiguous') || (message === 'crisis' && (subjects.includes('baby') || subjects.includes('baby_likely')));
  if (!firstPerson && !writerSpeaks && (someoneElse || partnerNamed)) return 'crisis_partner';
  return message;
}
