import type { TopicKind } from '../../src/knowledge/content-schema';
import { decide, defaultDecisionPolicy, type DecisionPolicy } from '../../src/engine/decide';
import type { IntentScore } from '../../src/nlu/intent-classifier';

const kinds: Record<string, TopicKind> = {
  'milk.late': 'knowledge',
  'milk.coming_in': 'knowledge',
  'milk.colostrum': 'knowledge',
  'supply.demand': 'knowledge',
  'supply.growth_spurt': 'knowledge',
  'refer.pumping': 'referral',
  'refer.off_topic': 'referral',
  'smalltalk.greeting': 'smalltalk',
  'smalltalk.thanks': 'smalltalk',
};
const kindOf = (intent: string): TopicKind => {
  const kind = kinds[intent];
  if (!kind) throw new Error(`unknown intent ${intent} in the test`);
  return kind;
};

const policy: DecisionPolicy = {
  answerThreshold: 0.55,
  answerMargin: 0.25,
  referralThreshold: 0.55,
  clarifyThreshold: 0.25,
  optionThreshold: 0.12,
  minimumKnownWordShare: 0.5,
  maximumOptions: 3,
};

/** Intents with confidences, most likely first, as the classifier ranks them. */
function ranked(...entries: [string, number][]): IntentScore[] {
  return entries.map(([intent, confidence]) => ({ intent, confidence }));
}

const familiar = 0.9;
const unfamiliar = 0.2;

describe('decide', () => {
  describe('when one intent is confidently ahead', () => {
    it('answers a knowledge intent', () => {
      const decision = decide(ranked(['milk.late', 0.9], ['milk.coming_in', 0.05]), kindOf, familiar, policy);
      expect(decision).toMatchObject({ route: 'answer', intent: 'milk.late', options: [] });
    });

    it('refers a referral intent with its id', () => {
      const decision = decide(ranked(['refer.pumping', 0.8], ['milk.late', 0.1]), kindOf, familiar, policy);
      expect(decision).toMatchObject({ route: 'refer', intent: 'refer.pumping', options: [] });
    });

    it('makes small talk for a small-talk intent', () => {
      const decision = decide(ranked(['smalltalk.greeting', 0.95], ['smalltalk.thanks', 0.02]), kindOf, familiar, policy);
      expect(decision).toMatchObject({ route: 'smalltalk', intent: 'smalltalk.greeting', options: [] });
    });

    it('answers at exactly the answer threshold when the lead is wide enough', () => {
      const decision = decide(ranked(['milk.late', 0.55], ['milk.coming_in', 0.2]), kindOf, familiar, policy);
      expect(decision.route).toBe('answer');
    });

    it('says why in the reason', () => {
      const decision = decide(ranked(['milk.late', 0.9], ['milk.coming_in', 0.05]), kindOf, familiar, policy);
      expect(decision.reason).toContain('0.90');
    });
  });

  describe('when the second intent is close', () => {
    it('asks which knowledge intent was meant, most likely first', () => {
      const decision = decide(ranked(['milk.late', 0.5], ['milk.coming_in', 0.4], ['milk.colostrum', 0.05]), kindOf, familiar, policy);
      expect(decision).toMatchObject({ route: 'clarify', intent: 'milk.late', options: ['milk.late', 'milk.coming_in'] });
    });

    it('measures the lead over the next curated topic, not over a referral in between', () => {
      const decision = decide(ranked(['milk.late', 0.6], ['refer.pumping', 0.3], ['milk.coming_in', 0.05]), kindOf, familiar, policy);
      expect(decision).toMatchObject({ route: 'answer', intent: 'milk.late' });
    });

    it('clarifies even above the answer threshold when the lead is below the margin', () => {
      const decision = decide(ranked(['milk.late', 0.6], ['milk.coming_in', 0.38]), kindOf, familiar, policy);
      expect(decision.route).toBe('clarify');
    });

    it('offers at most three options', () => {
      const decision = decide(
        ranked(['milk.late', 0.3], ['milk.coming_in', 0.2], ['milk.colostrum', 0.18], ['supply.demand', 0.16], ['supply.growth_spurt', 0.15]),
        kindOf,
        familiar,
        policy,
      );
      expect(decision.route).toBe('clarify');
      expect(decision.options).toEqual(['milk.late', 'milk.coming_in', 'milk.colostrum']);
    });

    it('offers as many options as the policy allows', () => {
      const decision = decide(ranked(['milk.late', 0.4], ['milk.coming_in', 0.35], ['milk.colostrum', 0.2]), kindOf, familiar, { ...policy, maximumOptions: 2 });
      expect(decision.options).toEqual(['milk.late', 'milk.coming_in']);
    });

    it('does not offer intents below the option threshold', () => {
      const decision = decide(ranked(['milk.late', 0.45], ['milk.coming_in', 0.3], ['milk.colostrum', 0.11]), kindOf, familiar, policy);
      expect(decision.options).toEqual(['milk.late', 'milk.coming_in']);
    });

    it('offers only knowledge intents, never small talk or referrals', () => {
      const decision = decide(
        ranked(['refer.pumping', 0.4], ['smalltalk.thanks', 0.25], ['milk.late', 0.2], ['milk.coming_in', 0.14]),
        kindOf,
        familiar,
        policy,
      );
      expect(decision).toMatchObject({ route: 'clarify', intent: 'milk.late', options: ['milk.late', 'milk.coming_in'] });
    });
  });

  describe('when nothing is likely enough', () => {
    it('refers with no intent', () => {
      const decision = decide(ranked(['milk.late', 0.2], ['milk.coming_in', 0.18], ['supply.demand', 0.15]), kindOf, familiar, policy);
      expect(decision).toEqual(expect.objectContaining({ route: 'refer', intent: null, options: [] }));
    });

    it('refers with no intent when there are no intents at all', () => {
      expect(decide([], kindOf, familiar, policy)).toMatchObject({ route: 'refer', intent: null, options: [] });
    });

    it('refers to a referral topic that is likely but not confident, when no knowledge intent is worth offering', () => {
      const decision = decide(ranked(['refer.pumping', 0.4], ['refer.off_topic', 0.3], ['milk.late', 0.05]), kindOf, familiar, policy);
      expect(decision).toMatchObject({ route: 'refer', intent: 'refer.pumping', options: [] });
    });

    it('refers with no intent when the top intent is small talk that is not confident', () => {
      const decision = decide(ranked(['smalltalk.greeting', 0.4], ['smalltalk.thanks', 0.35], ['milk.late', 0.05]), kindOf, familiar, policy);
      expect(decision).toMatchObject({ route: 'refer', intent: null });
    });
  });

  describe('when most words are unfamiliar', () => {
    it('asks instead of answering a confident knowledge intent', () => {
      const decision = decide(ranked(['milk.late', 0.9], ['milk.coming_in', 0.05]), kindOf, unfamiliar, policy);
      expect(decision).toMatchObject({ route: 'clarify', intent: 'milk.late', options: ['milk.late'] });
      expect(decision.route).not.toBe('answer');
      expect(decision.reason).toContain('unfamiliar');
    });

    it('answers once the known-word share reaches the minimum', () => {
      const decision = decide(ranked(['milk.late', 0.9], ['milk.coming_in', 0.05]), kindOf, policy.minimumKnownWordShare, policy);
      expect(decision.route).toBe('answer');
    });

    it('still refers a confident referral intent and makes confident small talk', () => {
      expect(decide(ranked(['refer.off_topic', 0.9], ['milk.late', 0.05]), kindOf, 0, policy)).toMatchObject({ route: 'refer', intent: 'refer.off_topic' });
      expect(decide(ranked(['smalltalk.greeting', 0.9], ['milk.late', 0.05]), kindOf, 0, policy)).toMatchObject({ route: 'smalltalk', intent: 'smalltalk.greeting' });
    });
  });

  it('ships a default policy that offers at most three options', () => {
    expect(defaultDecisionPolicy.maximumOptions).toBe(3);
    expect(defaultDecisionPolicy.clarifyThreshold).toBeLessThan(defaultDecisionPolicy.answerThreshold);
    expect(defaultDecisionPolicy.optionThreshold).toBeLessThan(defaultDecisionPolicy.clarifyThreshold);
  });

  describe('referral and small-talk threshold', () => {
    const lenient = { ...policy, referralThreshold: 0.4 };

    it('says who can help from the referral threshold, below the curated-answer threshold', () => {
      const decision = decide(ranked(['refer.pumping', 0.45], ['milk.late', 0.1]), kindOf, 0.9, lenient);
      expect(decision).toMatchObject({ route: 'refer', intent: 'refer.pumping' });
    });

    it('still does not answer a curated intent below the answer threshold', () => {
      const decision = decide(ranked(['milk.late', 0.45], ['milk.coming_in', 0.1]), kindOf, 0.9, lenient);
      expect(decision.route).toBe('clarify');
    });
  });

  it('refers a message of mostly unknown words instead of asking "did you mean"', () => {
    const decision = decide(ranked(['milk.late', 0.4], ['milk.coming_in', 0.3]), kindOf, 0.1, policy);
    expect(decision).toMatchObject({ route: 'refer', intent: null });
  });
});
