import { buildRuleTriage } from '../../../src/app/build-rule-triage';
import { ruleExpectations } from '../../support/rule-expectations';
import { sharedContent } from '../../support/shared-engine';

// Issue 11, s19-nm: a sign a professional has already diagnosed, told in the writer's words ("doc diagnosed milk
// protein intolerance from the blood in her nappies", "… made his poo look dark, midwife confirmed it"), is one
// the escalation's "contact your midwife or GP today" has already been done for (professionalExplanations, read
// by isClearedByProfessional for rows below an emergency). Each red flag below is written to break it: the sign
// told after the diagnosis or as new, a professional's doubt, referral or a finding confirmed ("confirmed she
// has lost 12 percent"), the writer's or a relative's own diagnosis, an emergency, or a sign asked in a few
// words with no professional at all. Wordings written for this test.

const triage = buildRuleTriage(sharedContent());

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('a sign a professional has diagnosed raises no rule below an emergency', () => {
  it.each([
    'doc diagnosed a cows milk allergy from the blood in her poo, she is 6 weeks and I am dairy free now. what can I eat for calcium?',
    'the paediatrician diagnosed a small fissure from the blood on his nappy, 4 weeks old. will it bother him when he poos?',
    'dark bits in his spit up from my bleeding nipple, the health visitor confirmed it. he is 3 weeks and fine',
    "the nurse diagnosed cows milk allergy because of the blood in his nappies, he's 7 weeks. what can I eat?",
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('a sign told after the diagnosis, as new, doubted, referred or confirmed as found still escalates', () => {
  it.each([
    ['blood in nappy?? 3 weeks old', 'urgent_today'],
    ['why is there blood in his poo? 4 weeks', 'urgent_today'],
    ['blood in her sick this morning, 2 weeks old', 'urgent_today'],
    ['the GP diagnosed reflux last week but today there is blood in his sick, 5 weeks old', 'urgent_today'],
    ['the doctor diagnosed an allergy from the blood in her nappy and wants her seen by a specialist, 6 weeks', 'urgent_today'],
    ['the doctor diagnosed nothing, still blood in his poo every day, 4 weeks old', 'urgent_today'],
    ['I diagnosed it myself as a fissure, blood on his nappy, 3 weeks', 'urgent_today'],
    ['my mum diagnosed it as swallowed blood, there is blood in his sick, 10 days old', 'urgent_today'],
    ["the GP wasn't sure, blood in her poo twice today, 5 weeks", 'urgent_today'],
    ['the midwife confirmed she has lost 12 percent, day 4', 'urgent_today'],
    ["midwife diagnosed tongue tie and he's only had 2 wet nappies today, 6 days old", 'urgent_today'],
    ['the doctor diagnosed jaundice and she is still yellow at 3 weeks', 'urgent_today'],
    ['the paediatrician diagnosed cows milk allergy last week but now there is more blood in her nappy', 'urgent_today'],
    ['diagnosed with mastitis, 3 days of antibiotics and still feverish with a hot red lump', 'urgent_today'],
    ['the GP diagnosed mastitis yesterday, now the red patch is spreading and I feel faint', 'emergency'],
  ] as const)('"%s" is %s', (text, level) => expectRuleLevel(text, level));
});
