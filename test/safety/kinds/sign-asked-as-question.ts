import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11: a parent often tells a sign by asking about it, in a few words and without "my" ("why is the poo
// white?", "blood in nappy?? is that normal"). s17-nm's first mechanism read a short question that named no
// person and gave no age or number as a question in general and raised no rule; the round's review found it
// silenced these signs, seen now in the writer's own baby or in herself, so it was taken out. Each message here
// asks about a sign in a way that also tells it: a rule must escalate it. Wordings written for this test.

const triage = sharedRuleTriage();

const { expectRuleLevel } = ruleExpectations(triage);

describe('a sign told by asking about it, without naming whose, still escalates', () => {
  it.each([
    ['why is the baby yellow?', 'urgent_today'],
    ['normal for baby to be yellow?', 'urgent_today'],
    ['why is the poo white?', 'urgent_today'],
    ['does chalky white poo mean something is wrong?', 'urgent_today'],
    ['why is there blood in the nappy?', 'urgent_today'],
    ['blood in nappy?? is that normal', 'urgent_today'],
    ['blood in poo - what does that mean?', 'urgent_today'],
    ['why is the cord stump bleeding?', 'urgent_today'],
    ['belly button bleeding, is that normal?', 'urgent_today'],
    ['why are there orange crystals in the nappy?', 'urgent_today'],
    ['dark wee, should I worry?', 'urgent_today'],
    ['why is the mouth so dry?', 'urgent_today'],
    ['why is the soft spot sunken?', 'urgent_today'],
    ['why is the milk coming out pink?', 'soon'],
    ['hot red lump in breast and fever, what is it?', 'urgent_today'],
    ['fever and red breast - what does it mean?', 'urgent_today'],
  ] as const)('"%s" is %s', (text, level) => expectRuleLevel(text, level));
});

// s18-rf: a degree or "still" in the question says the sign is here now ("this shivery", "still be yellow"),
// whatever the general words around it ("can mastitis make you", "why would a"); without them the question
// stays general.
describe('a sign asked about with "this" or "still" is one told now', () => {
  it.each([
    ['could a blocked duct make me this shivery? the side is red and hot', 'urgent_today'],
    ['why would a 3 week old still be so yellow?', 'urgent_today'],
    ['why would a 16 day old still have yellow eyes', 'urgent_today'],
  ] as const)('"%s" is %s', (text, level) => expectRuleLevel(text, level));
  it.each(['can a baby get jaundice from breast milk?', 'would a newborn be yellow if the milk is slow to come in?'])('"%s" stays a general question', (text) =>
    expect(triage(text, [], {})).toBeUndefined(),
  );
});

describe('breathing that pauses, told noun first, is a pause in breathing', () => {
  it.each(['her breathing pauses now and then while she sleeps, 5 weeks old', 'his breathing pauses when he is asleep, is that normal?'])('"%s" is an emergency', (text) =>
    expectRuleLevel(text, 'emergency'),
  );
});

