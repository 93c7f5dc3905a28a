import { buildRuleTriage } from '../../src/app/build-rule-triage';
import { ruleExpectations } from '../support/rule-expectations';
import { firstTurn, sharedContent, sharedEngine } from '../support/shared-engine';

// Issue 11, branch s9-rf-recall: red flags of eval/red-flags/train-7.yaml (two writers who never saw the rules)
// that no rule caught, widened by the kind of telling rather than by the sentence. Each kind has the wording
// that was missed, variants of our own (another person, tense, order, number), and near misses beside it
// that must stay ordinary.

beforeAll(() => {
  sharedEngine();
}, 60_000);

const triage = buildRuleTriage(sharedContent());

const { expectRuleFlag, expectNoRuleFlag } = ruleExpectations(triage);

/** A rule gives the crisis row at emergency, with any crisis wording (the writer's, a partner's, intrusive thoughts'). */
function expectCrisis(text: string): void {
  const found = triage(text, [], {});
  const got = found ? `${found.row} ${found.level} ${found.message.startsWith('crisis') ? 'crisis' : found.message} certain=${found.certain}` : 'no red flag';
  if (got !== 'mother-mental-health emergency crisis certain=true') throw new Error(`"${text}" got ${got}, expected a certain crisis`);
  expect(firstTurn(text).trace.route).toBe('red_flag');
}

describe('1. an intrusive image told as a scene: the baby slipping under, rolling off, a head hitting', () => {
  it.each([
    'every time i carry her down the stairs i see her head hitting the banister, over and over like a film clip',
    'i cant bath him anymore, every time i picture him slipping under and me just standing there not grabbing him',
    'i keep seeing him rolling off the changing table and me not catching him',
    'every time i go down the stairs with him i see his head hitting the wall',
    'i keep picturing her slipping under the bath water and me not moving',
    'i keep seeing her rolling off the bed and i cant stop it',
    'i imagine him falling off the changing table over and over',
  ])('"%s" gets the intrusive-thoughts reply and the crisis line', (text) => {
    expectRuleFlag(text, 'mother-mental-health', 'emergency', 'crisis_intrusive');
  });

  it.each(['i see him rolling over now at 4 months, is that why he wakes up', 'i saw him fall off the sofa this morning, he cried straight away and is feeding fine'])(
    '"%s" (a baby seen, not an image) is no crisis',
    (text) => {
      expect(triage(text, [], {})?.row).not.toBe('mother-mental-health');
    },
  );
});

describe('2. understanding now how parents come to hurt a baby', () => {
  it.each([
    'i actually get it now how mums end up hurting their babies',
    'i understand now how mums end up hurting their babies',
    'i get it now how parents end up shaking their babies',
  ])('"%s" gets the intrusive-thoughts reply and the crisis line', (text) => {
    expectRuleFlag(text, 'mother-mental-health', 'emergency', 'crisis_intrusive');
  });
});

describe('3. a means in hand or in mind, with no word for suicide', () => {
  it.each([
    'i keep thinking about the box of paracetamol in the top cupboard. baby is 10 weeks',
    'i keep thinking about the pills in the bathroom cabinet',
    'cant stop thinking about the box of tablets in the kitchen drawer',
    'sat on the bathroom floor holding the razor from the cabinet. didnt do anything',
    'last night i sat in the bathroom holding a razor blade. i didnt use it',
    'my partner took a load of her tablets last week',
    'she took a handful of her antidepressants on sunday',
    'the thought just popped up that i could go straight into a tree and it would all stop',
    'i keep thinking i could drive straight into the barrier on the way home',
  ])('"%s" is a crisis', (text) => {
    expectCrisis(text);
  });

  it.each([
    'can i take paracetamol while breastfeeding, the box in the cupboard says ask a pharmacist',
    'i keep thinking about the tablets the doctor gave me for pain, are they safe in breastmilk',
  ])('"%s" (a medicine question) is no crisis', (text) => {
    expectNoRuleFlag(text);
  });
});

describe('4. a wish to have died, or not to have woken', () => {
  it.each([
    '3 weeks after my section and i keep wishing id just died on the table',
    'i keep wishing i had died giving birth',
    'she told me she was disappointed she woke up',
    'i was gutted i woke up this morning',
    'wrote a note on my phone saying i should never have been born',
    'i honestly think i should never have been born',
  ])('"%s" is a crisis', (text) => {
    expectCrisis(text);
  });
});

describe('5. self-harm as the relief it would bring', () => {
  it.each(['all i can think is a few little cuts and id feel the release. i havent. not yet anyway', 'all i can think of is cutting and the release it would give'])(
    '"%s" is a crisis',
    (text) => {
      expectCrisis(text);
    },
  );

  it.each(['my milk came in and the release of the letdown feels amazing', 'the release when i pump is such a relief'])('"%s" (a let-down) is no red flag', (text) => {
    expectNoRuleFlag(text);
  });
});

describe('6. the baby better off with the father alone', () => {
  it.each(['i keep thinking harry would do better with just his dad', 'she keeps saying our son would do better with just his dad'])('"%s" is a crisis', (text) => {
    expectCrisis(text);
  });

  it('"he would do better with his dad giving the bottle at night?" (a feeding plan) is no red flag', () => {
    expectNoRuleFlag('he would do better with his dad giving the bottle at night?');
  });
});

describe('7. psychosis as a partner or neighbour tells it', () => {
  it.each([
    'my wife insists the baby they gave us at the hospital isnt ours, she has been saying the road signs have messages for her',
    'my wife is convinced the baby they brought her after theatre is not ours',
    'she says the number plates are sending her messages',
    'my wife walked out with both kids at 3am in her dressing gown, didnt seem to know where she was going',
    'my wife hasnt slept or eaten in 3 days, wont wash or look after the baby and is saying really bizarre things',
    'she hasnt slept in 4 days and keeps saying strange things to the baby',
    'shes been up 2 nights cleaning and rearranging, talking really fast about how our baby is special and chosen',
    'the woman next door handed me her 4 month old and said she cant do it anymore and walked off. i dont know where she has gone',
    'my sister handed me her baby and walked off, said she cant cope anymore, i dont know where she is',
  ])('"%s" is a crisis', (text) => {
    expectCrisis(text);
  });

  it.each(['she has not slept in 3 days with the baby s colic and is saying she is exhausted', 'we walked off the ward at 2 days and i dont know where the leaflet went'])(
    '"%s" is no crisis',
    (text) => {
      expect(triage(text, [], {})?.row).not.toBe('mother-mental-health');
    },
  );
});
