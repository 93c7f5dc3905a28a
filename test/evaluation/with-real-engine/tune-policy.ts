import { defaultDecisionPolicy } from '../../../src/engine/decide';
import type { LabelledQuestion } from '../../../src/evaluation/labelled-questions';
import { evaluateUnder, policyContextOf, resultUnder, tunePolicy, type FirstMessageView, type PolicyContext } from '../../../src/evaluation/tune-policy';
import type { TopicKind } from '../../../src/knowledge/content-schema';
import { sharedContent } from '../../support/shared-engine';

const kinds: Record<string, TopicKind> = { 'milk.late': 'knowledge', 'milk.coming_in': 'knowledge', 'refer.smoking': 'referral' };
const context: PolicyContext = {
  kindOf: (id) => kinds[id] ?? 'referral',
  hasDialog: (id) => id === 'milk.late',
  isSeedIntent: (id) => kinds[id] === 'knowledge',
  illnessOf: () => undefined,
};

function view(text: string, top: string, confidence: number, second = 'milk.coming_in'): FirstMessageView {
  return { text, redFlag: false, ranked: [{ intent: top, confidence }, { intent: second, confidence: 1 - confidence }], knownWordShare: 1 };
}

// Right answers come with confidences 0.95, 0.9, 0.85, 0.6; the one wrong answer with 0.7.
const questions: LabelledQuestion[] = [
  { q: 'r1', label: 'milk.coming_in' },
  { q: 'r2', label: 'milk.coming_in' },
  { q: 'r3', label: 'milk.coming_in' },
  { q: 'r4', label: 'milk.coming_in' },
  { q: 'w1', label: 'milk.coming_in' },
  { q: 'o1', label: 'OUT_OF_SCOPE' },
];
const views = new Map<string, FirstMessageView>([
  ['r1', view('r1', 'milk.coming_in', 0.95, 'milk.late')],
  ['r2', view('r2', 'milk.coming_in', 0.9, 'milk.late')],
  ['r3', view('r3', 'milk.coming_in', 0.85, 'milk.late')],
  ['r4', view('r4', 'milk.coming_in', 0.6, 'milk.late')],
  ['w1', view('w1', 'milk.late', 0.7)],
  ['o1', view('o1', 'refer.smoking', 0.8)],
]);

describe('resultUnder', () => {
  it('gives the route the engine would: a dialog for an intent with one, red flags first', () => {
    expect(resultUnder(view('x', 'milk.late', 0.9), defaultDecisionPolicy, context)).toMatchObject({ route: 'dialog', intent: 'milk.late' });
    expect(resultUnder({ ...view('x', 'milk.late', 0.9), redFlag: true }, defaultDecisionPolicy, context)).toMatchObject({ route: 'red_flag', intent: null });
  });
});

describe('tunePolicy', () => {
  it('answers as much as it can without a wrong answer when none is allowed', () => {
    const tuned = tunePolicy([{ questions, views, targets: { maximumWrong: 0, minimumKeptOut: 0.95 } }], defaultDecisionPolicy, context);
    expect(tuned.metTargets).toBe(true);
    expect(tuned.reports[0].inScope).toMatchObject({ right: 3, wrong: 0 });
    // Kept out of answering by the threshold or the margin, whichever the grid found first.
    expect(resultUnder(views.get('w1') as FirstMessageView, tuned.policy, context).route).not.toBe('dialog');
    expect(resultUnder(views.get('r3') as FirstMessageView, tuned.policy, context).route).toBe('answer');
  });

  it('takes the wrong answer when one in five is allowed, for the right answer below it', () => {
    const tuned = tunePolicy([{ questions, views, targets: { maximumWrong: 0.2 } }], defaultDecisionPolicy, context);
    expect(tuned.reports[0].inScope).toMatchObject({ right: 4, wrong: 1 });
    expect(evaluateUnder(questions, views, tuned.policy, context).inScope.right).toBe(4);
  });

  it('says when no policy meets the targets, and comes as close as it can', () => {
    const tuned = tunePolicy([{ questions, views, targets: { maximumWrong: 0, minimumRight: 1 } }], defaultDecisionPolicy, context);
    expect(tuned.metTargets).toBe(false);
    expect(tuned.reports[0].inScope.wrong + (4 - tuned.reports[0].inScope.right)).toBe(1);
  });
});

describe('policyContextOf', () => {
  const { knowledgeBase } = sharedContent();
  const contextOfContent = policyContextOf(knowledgeBase);

  it('reads each intent’s kind and dialog from the knowledge base', () => {
    for (const intent of knowledgeBase.intents) {
      expect(contextOfContent.kindOf(intent.id)).toBe(intent.kind);
      expect(contextOfContent.hasDialog(intent.id)).toBe(Boolean(intent.dialogId));
      expect(contextOfContent.isSeedIntent(intent.id)).toBe(intent.kind === 'knowledge');
    }
    expect(knowledgeBase.intents.some((intent) => intent.dialogId)).toBe(true);
  });

  it('counts an id the knowledge base does not know as a referral without a dialog', () => {
    expect(contextOfContent.kindOf('no.such_intent')).toBe('referral');
    expect(contextOfContent.hasDialog('no.such_intent')).toBe(false);
    expect(contextOfContent.isSeedIntent('no.such_intent')).toBe(false);
  });
});
