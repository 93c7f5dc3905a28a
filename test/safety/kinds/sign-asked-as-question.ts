import { buildRuleTriage } from '../../../src/app/build-rule-triage';
import { ruleExpectations } from '../../support/rule-expectations';
import { sharedContent } from '../../support/shared-engine';

// Issue 11: a parent often tells a sign by asking about it, in a few words and without "my" ("why is the poo
// white?", "blood in nappy?? is that normal"). s17-nm's first mechanism read a short question that named no
// person and gave no age or number as a question in general and raised no rule; the round's review found it
// silenced these signs, seen now in the writer's own baby or in herself, so it was taken out. Each message here
// asks about a sign in a way that also tells it: a rule must escalate it. Wordings written for this test.

const triage = buildRuleTriage(sharedContent());

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
