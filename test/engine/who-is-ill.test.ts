import type { TopicKind } from '../../src/knowledge/content-schema';
import { decide, type DecisionPolicy } from '../../src/engine/decide';
import { whoIsIllUndecided } from '../../src/engine/who-is-ill';
import { normaliseText, splitWords } from '../../src/nlu/normalise-text';

const kinds: Record<string, TopicKind> = { 'immunity.baby_sick': 'knowledge', 'immunity.mother_sick': 'knowledge', 'milk.late': 'knowledge', 'refer.illness_care': 'referral' };
const kindOf = (intent: string): TopicKind => kinds[intent] ?? 'referral';
const illnessOf = (intent: string) => (intent === 'immunity.baby_sick' ? 'baby' : intent === 'immunity.mother_sick' ? 'mother' : undefined);
const policy: DecisionPolicy = { answerThreshold: 0.6, answerMargin: 0.4, referralThreshold: 0.4, clarifyThreshold: 0.25, optionThreshold: 0.12, minimumKnownWordShare: 0.3, maximumOptions: 3 };
const ranked = (...entries: [string, number][]) => entries.map(([intent, confidence]) => ({ intent, confidence }));
const undecidedFor = (text: string) => whoIsIllUndecided(splitWords(normaliseText(text)), illnessOf);

describe('whoIsIllUndecided', () => {
  it('holds the two illnesses apart when nobody is named as ill', () => {
    expect(undecidedFor('sick and breastfeeding')?.('immunity.mother_sick', 'immunity.baby_sick')).toBe(true);
    expect(undecidedFor('poorly and breastfeeding')?.('immunity.baby_sick', 'immunity.mother_sick')).toBe(true);
  });

  it('leaves any other pair to the classifier', () => {
    expect(undecidedFor('sick and breastfeeding')?.('immunity.mother_sick', 'milk.late')).toBe(false);
    expect(undecidedFor('sick and breastfeeding')?.('immunity.mother_sick', 'immunity.mother_sick')).toBe(false);
  });

  it('is absent when the message says who is ill, or speaks of no illness', () => {
    expect(undecidedFor('i am sick, can i still breastfeed')).toBeUndefined();
    expect(undecidedFor('my baby is poorly, do i keep feeding')).toBeUndefined();
    expect(undecidedFor('why is my milk late')).toBeUndefined();
  });
});

describe('decide with two intents the message does not tell apart', () => {
  const sick = undecidedFor('sick and breastfeeding');

  it('asks which, however far ahead the first is', () => {
    const decision = decide(ranked(['immunity.mother_sick', 0.83], ['immunity.baby_sick', 0.17]), kindOf, 1, policy, undefined, sick);
    expect(decision.route).toBe('clarify');
    expect(decision.options).toEqual(['immunity.mother_sick', 'immunity.baby_sick']);
  });

  it('answers as before when a referral or another topic comes between them', () => {
    expect(decide(ranked(['immunity.mother_sick', 0.9], ['milk.late', 0.05], ['immunity.baby_sick', 0.04]), kindOf, 1, policy, undefined, sick).route).toBe('answer');
    expect(decide(ranked(['refer.illness_care', 0.7], ['immunity.baby_sick', 0.2]), kindOf, 1, policy, undefined, sick).route).toBe('refer');
  });

  it('answers when the message names who is ill', () => {
    const decision = decide(ranked(['immunity.mother_sick', 0.83], ['immunity.baby_sick', 0.17]), kindOf, 1, policy, undefined, undecidedFor('i am sick and breastfeeding'));
    expect(decision).toMatchObject({ route: 'answer', intent: 'immunity.mother_sick' });
  });
});
