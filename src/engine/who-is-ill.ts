import { namesNobodyIll } from '../nlu/illness-subject';

/** Whether a message leaves two intents undecided, so that latch asks which whatever the confidences (decide.ts). */
export type Undecided = (top: string, rival: string) => boolean;

type IllnessOf = (intentId: string) => 'baby' | 'mother' | undefined;

/**
 * The mother's illness and the baby's, when the message speaks of an illness and names nobody at all ("sick
 * and breastfeeding"). Nothing it says tells the two apart, so a lead of one over the other comes from how the
 * training phrasings happen to word "sick" (0.83 for the mother's, and "poorly and breastfeeding" 0.71 for the
 * baby's): a guess, and the honest reply is a question. `illnessOf` reads whose illness an intent is about
 * (`illness_of` in the topic files). Undefined when the message names anyone, or no illness.
 */
export function whoIsIllUndecided(words: readonly string[], illnessOf: IllnessOf): Undecided | undefined {
  return namesNobodyIll(words) ? illnessesApart(illnessOf) : undefined;
}

/** The undecided pairs of a message that names nobody at all: one intent about the baby's illness, one about the mother's. */
export function illnessesApart(illnessOf: IllnessOf): Undecided {
  return (top, rival) => {
    const topIll = illnessOf(top);
    const rivalIll = illnessOf(rival);
    return topIll !== undefined && rivalIll !== undefined && topIll !== rivalIll;
  };
}
