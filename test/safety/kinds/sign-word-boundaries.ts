import { buildRuleTriage } from '../../../src/app/build-rule-triage';
import { ruleExpectations } from '../../support/rule-expectations';
import { sharedContent, sharedEnglishWords } from '../../support/shared-engine';

// Issue 11 (s18-rf): a crisis phrase whose words run on into an ordinary phrase (a growth line tracked, a mark
// called by its name, a birthmark on an arm) is not the crisis; the same words with the crisis told around them
// still get the crisis line (RED-FLAGS.md: when unsure whether something is urgent, escalate).

const triage = buildRuleTriage(sharedContent(), sharedEnglishWords());

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('measure_tracked: tracking a baby growth line or feeds is no one tracking her', () => {
  it.each(['we are tracking her weight line in the red book, is dropping a bit normal?', 'i keep tracking her feeds in an app and she does about 9 a day'])('"%s" raises no rule', (text) =>
    expectNoRuleFlag(text),
  );
  it.each(['my wife is convinced the neighbours are tracking her feeds through the walls', 'she says people are tracking her weight to take the baby away', 'someone is tracking her with a chip in the baby monitor'])(
    '"%s" still gets the crisis line',
    (text) => expectRuleLevel(text, 'emergency', 'crisis'),
  );
});

describe('called_by_name: a mark called by its name is no voice calling them', () => {
  it.each(['the red patches on his eyelids are salmon patches, the health visitor called them that', 'little white spots on his nose, the doctor called them milia'])('"%s" raises no rule', (text) =>
    expectNoRuleFlag(text),
  );
  it.each(['my wife hears the angels calling them at night and says the baby is not ours', 'he says voices keep calling them from the loft and he has not slept in 4 days'])('"%s" still gets the crisis line', (text) =>
    expectRuleLevel(text, 'emergency', 'crisis'),
  );
});

describe('skin_mark_named: a birthmark on an arm is no self-harm mark', () => {
  it.each(['there is a port wine mark on her wrist, will it fade?', 'she was born with a strawberry mark on her arm and it has got bigger'])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each(['my sister has new marks on her arms and says she deserves it since the baby came', 'there are fresh marks on her wrists again and she will not talk to me'])('"%s" still gets the crisis line', (text) =>
    expectRuleLevel(text, 'emergency', 'crisis'),
  );
});
