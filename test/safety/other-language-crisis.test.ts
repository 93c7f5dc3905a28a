import { sharedRuleExpectations } from '../support/rule-expectations';
import { firstTurn } from '../support/shared-engine';

// Issue 11, s13-rf: a crisis written in another language got a referral, as latch reads English. RED-FLAGS.md:
// when in doubt about a crisis, the crisis line; the reply says latch reads English, and gives the locale's
// crisis line and emergency number (no number of another country is made up). Text-speak without vowels
// ("dnt") is the same "not". Phrasings written for these tests.

const { expectRuleLevel, expectNoRuleFlag } = sharedRuleExpectations();

describe('wanting to die or to harm, in another language', () => {
  it.each([
    "je veux mourir depuis que le bébé est né",
    'mon mari dit que je devrais aller mieux mais j ai envie de mourir',
    'no quiero vivir así, el bebé tiene dos semanas',
    'a veces pienso en hacerme daño cuando llora',
    'voglio morire, non dormo da giorni',
    'ich will nicht mehr leben, das Baby ist drei Wochen alt',
    'às vezes quero morrer, meu bebê tem um mês',
  ])('"%s" gets the crisis line', (text) => expectRuleLevel(text, 'emergency', 'crisis'));

  it('says that latch reads English and gives the configured crisis line, with no answer beside it', () => {
    const { trace, replies } = firstTurn('quiero morirme, no puedo más con el bebé');
    expect(trace.route).toBe('red_flag');
    const text = replies.map((reply) => reply.text).join(' ');
    expect(text).toMatch(/only read English/);
    expect(text).toMatch(/116 123/);
    expect(replies.some((reply) => reply.kind === 'answer')).toBe(false);
  });

  it.each(['je veux mourir de rire quand il éternue', 'quiero morirme de risa con este bebé'])('"%s" (dying of laughter) raises no crisis', (text) => expectNoRuleFlag(text));
});

describe('text-speak without vowels keeps its "not"', () => {
  it.each(['dnt wanna b here anymore', 'i dnt want to be here anymore, baby is 3 weeks'])('"%s" gets the crisis line', (text) => expectRuleLevel(text, 'emergency', 'crisis'));
});
