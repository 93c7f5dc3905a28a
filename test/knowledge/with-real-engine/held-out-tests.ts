import { firstTurn, sharedEngine } from '../../support/shared-engine';

const knowledgeBase = sharedEngine().knowledgeBase;
const isCurated = (intentId: string | null) => intentId !== null && knowledgeBase.intentById.get(intentId)?.kind === 'knowledge';
const cases = knowledgeBase.intents.flatMap((intent) =>
  intent.tests.map((test) => [intent.id, intent.kind, test.text, `${test.location.file}:${test.location.line}`] as const),
);

describe('every held-out phrasing in content/', () => {
  // A confident curated answer to the wrong question is the costliest mistake; asking or referring is not.
  it.each(cases)('%s (%s) never gets another curated answer: "%s" (%s)', (intentId, _kind, text) => {
    const { trace } = firstTurn(text);
    expect(trace.route).not.toBe('red_flag');
    if (trace.route === 'answer' && isCurated(trace.intent)) expect(trace.intent).toBe(intentId);
  });

  it('answers at least 85 % of held-out knowledge phrasings outright with the right intent', () => {
    const knowledge = cases.filter(([, kind]) => kind === 'knowledge');
    const right = knowledge.filter(([intentId, , text]) => {
      const { trace } = firstTurn(text);
      // Starting the intent's guided dialog (milk.late) is answering it, as `latch eval` counts it.
      return (trace.route === 'answer' || trace.route === 'dialog') && trace.intent === intentId;
    });
    expect(right.length / knowledge.length).toBeGreaterThanOrEqual(0.85);
  });

  it('sends at least 80 % of held-out referral and small-talk phrasings to exactly their own intent', () => {
    const others = cases.filter(([, kind]) => kind !== 'knowledge');
    const right = others.filter(([intentId, , text]) => firstTurn(text).trace.intent === intentId);
    expect(right.length / others.length).toBeGreaterThanOrEqual(0.8);
  });
});
