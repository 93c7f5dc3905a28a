import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s25-mind: a fear of harming the baby told as a trip (isAccidentFearOnly) was tried and dropped after
// review: it freed no near miss in the training files and moved intrusive thoughts told with a trip (into the road,
// down the stairs, told with tears or for weeks) from the rule's intrusive-thoughts reply to the net's conditional
// check. Such thoughts keep the rule's crisis reply. Wordings written for these tests (the review's kinds reworded).

const triage = sharedRuleTriage();

const { expectRuleLevel } = ruleExpectations(triage);

describe('a thought of harming the baby told as a trip keeps the crisis reply', () => {
  it.each([
    'I keep seeing myself tripping with her into the traffic',
    'I keep imagining tripping and dropping him and I sob every time I pick him up',
    'I get flashes of tripping and dropping her, it has gone on for weeks and it wears me out',
  ])('"%s" keeps the crisis reply', (text) => expectRuleLevel(text, 'emergency', 'crisis'));
});
