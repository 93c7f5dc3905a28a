import type { Subject } from './sign-recogniser';

/** A baby's sign is not raised by the mother's words ("my mouth is dry"), nor a mother's by the baby's. */
export function fitsWho(who: 'baby' | 'mother' | 'mother_only' | 'anyone', subject: Subject): boolean {
  if (who === 'baby') return subject !== 'mother' && subject !== 'partner';
  if (who === 'mother') return subject !== 'baby';
  // Signs a baby has too (breathlessness): "she" in a message about a baby is the baby.
  if (who === 'mother_only') return subject !== 'baby' && subject !== 'baby_likely';
  return true;
}

/**
 * Whose exception rules a sign out: the mother's or a partner's words ("my wife slept well") for her signs,
 * the baby's for the baby's; "the baby slept well" is no evidence about the mother, nor one told of nobody.
 */
export function exceptionFitsWho(who: 'baby' | 'mother' | 'mother_only' | 'anyone', subject: Subject): boolean {
  if (who === 'mother' || who === 'mother_only') return subject === 'mother' || subject === 'partner' || subject === 'ambiguous';
  if (who === 'baby') return subject === 'baby' || subject === 'baby_likely' || subject === 'ambiguous';
  return true;
}
