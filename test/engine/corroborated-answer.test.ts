import type { TopicKind } from '../../src/knowledge/content-schema';
import { decide, type DecisionPolicy } from '../../src/engine/decide';
import type { IntentScore } from '../../src/nlu/intent-classifier';

const kindOf = (intent: string): TopicKind => (intent.startsWith('refer.') ? 'referral' : 'knowledge');

const policy: DecisionPolicy = {
  answerThreshold: 0.6,
  answerMargin: 0.5,
  referralThreshold: 0.5,
  clarifyThreshold: 0.25,
  optionThreshold: 0.12,
  minimumKnownWordShare: 0.3,
  maximumOptions: 3,
  corroboratedThreshold: 0.5,
  corroboratedMargin: 0.35,
};

function ranked(...entries: [string, number][]): IntentScore[] {
  return entries.map(([intent, confidence]) => ({ intent, confidence }));
}

// Short of the plain thresholds (lead 0.4 < 0.5) but at the corroborated ones (0.55 ≥ 0.5, 0.4 ≥ 0.35).
const between = ranked(['supply.growth_spurt', 0.55], ['supply.demand', 0.15], ['milk.late', 0.1]);

describe('decide with a corroborated answer', () => {
  it('answers when the question sentence alone ranks the same intent first', () => {
    const decision = decide(between, kindOf, 0.9, policy, () => 'supply.growth_spurt');
    expect(decision).toMatchObject({ route: 'answer', intent: 'supply.growth_spurt' });
    expect(decision.reason).toContain('question sentence');
  });

  it('asks when the question sentence alone ranks another intent first, or the message is one sentence', () => {
    expect(decide(between, kindOf, 0.9, policy, () => 'supply.demand').route).toBe('clarify');
    expect(decide(between, kindOf, 0.9, policy, () => undefined).route).toBe('clarify');
    expect(decide(between, kindOf, 0.9, policy).route).toBe('clarify');
  });

  it('asks below the corroborated thresholds, for unfamiliar words, or with the rule off', () => {
    const agrees = () => 'supply.growth_spurt';
    expect(decide(ranked(['supply.growth_spurt', 0.45], ['supply.demand', 0.05]), kindOf, 0.9, policy, agrees).route).toBe('clarify');
    expect(decide(ranked(['supply.growth_spurt', 0.55], ['supply.demand', 0.25]), kindOf, 0.9, policy, agrees).route).toBe('clarify');
    expect(decide(between, kindOf, 0.2, policy, agrees).route).toBe('clarify');
    expect(decide(between, kindOf, 0.9, { ...policy, corroboratedThreshold: undefined }, agrees).route).toBe('clarify');
  });

  it('classifies the question sentence only when the plain thresholds fall short and the corroborated ones are met', () => {
    let asked = 0;
    const count = () => {
      asked++;
      return 'supply.growth_spurt';
    };
    decide(ranked(['supply.growth_spurt', 0.9], ['supply.demand', 0.05]), kindOf, 0.9, policy, count);
    decide(ranked(['supply.growth_spurt', 0.3], ['supply.demand', 0.2]), kindOf, 0.9, policy, count);
    decide(ranked(['refer.pumping', 0.55], ['supply.demand', 0.2]), kindOf, 0.9, policy, count);
    expect(asked).toBe(0);
    decide(between, kindOf, 0.9, policy, count);
    expect(asked).toBe(1);
  });
});
