import { sharedRuleExpectations } from '../../support/rule-expectations';

// Issues 11 and 12, "the project's held-out in-scope tests flagged ≤ 1 %" (branch s11-rf-inscope): ordinary
// questions of eval/real-questions/train.yaml that a rule sent to an escalation, by kind. Each kind has
// ordinary questions written for this test in other words, which nothing escalates, and red flags written to
// break the narrowing (the same words beside a present sign), which the rules still escalate at the row's level.

const { triage, expectNoRuleFlag, expectRuleLevel, expectOrdinary } = sharedRuleExpectations();

interface Kind {
  name: string;
  ordinary: string[];
  stillFlagged: [text: string, level: string][];
}

const kinds: Kind[] = [
  {
    name: 'breasts told as fruit: "oranges" is the fruit, not an orange baby',
    ordinary: ['lime sized before my son, oranges now. will I have enough milk?', 'mine were like little limes and now they are oranges, does size matter for supply'],
    stillFlagged: [
      ['my baby looks orange, and she is 2 weeks old', 'urgent_today'],
      ['went from lemons to oranges, and the baby is orange and only 10 hours old', 'urgent_today'],
    ],
  },
  {
    name: 'a baby in a neonatal unit now, or jaundice treated there, is in the staff’s care',
    ordinary: [
      'he is in the nicu and too weak to suck yet, will pumping tell my body to make milk?',
      'our son was on the neonatal unit for a week for jaundice and had formula there. can my supply recover?',
    ],
    stillFlagged: [
      ['she came home from nicu on monday and now she is floppy and will not wake', 'emergency'],
      ['he was in special care for a week, now he is home and too weak to suck', 'emergency'],
      ['she was in the nicu with jaundice and now at home she is yellow and very sleepy, 5 days old', 'urgent_today'],
    ],
  },
  {
    name: 'a toddler is past the newborn rules, unless a baby is named beside them',
    ordinary: ['toddler is running a high temperature and will not eat anything, he only wants the boob all day. is that enough for him?', 'poorly toddler with a fever who won\'t eat, nursing all day, does my milk keep him hydrated'],
    stillFlagged: [
      ['my toddler has a cold and now the baby will not feed, nothing since this morning', 'urgent_today'],
      ['the toddler is fine but the 3 week old has not fed since last night', 'urgent_today'],
    ],
  },
  {
    name: '"what\'s the point of that" asked of what a child does',
    ordinary: [
      'my 14 month old feeds for a minute, wanders off, then comes back for another minute. whats the point of that?',
      'what is the point of breastfeeding a 2 year old who eats three meals a day?',
    ],
    stillFlagged: [
      ['i cry every day and have done for a month, whats the point of anything', 'emergency'],
      ['i have felt low every day for 6 weeks, whats the point', 'soon'],
    ],
  },
  {
    name: '"am I a bad mum?" asked of a feeding choice, not a mood told',
    ordinary: [
      'my 18 month old bites, I want to pull her off the second she latches. am i a bad mum?',
      'my 3 month old only naps on the boob. am i a bad mum for letting her?',
      'my 10 week old has had formula top ups at night. would that make me a bad mother?',
    ],
    stillFlagged: [
      ['my 4 month old is fine but i feel like a bad mum all the time, for weeks now', 'soon'],
      ['i am a terrible mother and i cry every day, she is 5 weeks old', 'soon'],
    ],
  },
  {
    name: 'a temperature told of nobody, beside the writer asking about feeding through her own illness, is hers',
    ordinary: ['running 38.8 with a chest infection and aching all over, safe to breastfeed?', 'temperature of 39 with tonsillitis. can i still nurse or will it pass through the milk'],
    stillFlagged: [
      ['temp of 38.6, is it ok to nurse him?', 'emergency'],
      ['38.5 at 6 weeks old, safe to breastfeed?', 'emergency'],
      ['she has 38.4 and is 3 weeks old, can i still breastfeed', 'emergency'],
      ['38.5 and floppy, ok to nurse?', 'emergency'],
    ],
  },
  {
    name: 'weight lost "in the first days" beside colostrum, with no age and nothing told as still so',
    ordinary: ['she has lost weight in the first few days and I am only making colostrum. is that expected?', 'baby lost some weight in the first days while I only have colostrum, did I do something wrong?'],
    stillFlagged: [
      ['he lost weight in the first few days and it is day 6 and still only colostrum', 'urgent_today'],
      ['she is still losing weight and I still only have colostrum', 'urgent_today'],
    ],
  },
  {
    name: 'a story about an earlier child, opened in the sentence before the sign',
    ordinary: ['With my eldest I only fed every four hours like the leaflet said. He ended up not gaining. Was the schedule the problem?'],
    stillFlagged: [
      ['With my eldest I fed every four hours. This time she was not gaining at 3 weeks and is still under her birth weight.', 'urgent_today'],
      ['With my first it was easy. Now he is floppy and will not wake.', 'emergency'],
      ['With my first I fed on a schedule. She is 3 weeks old and has not regained her birth weight.', 'urgent_today'],
    ],
  },
  {
    name: 'a sign’s word in an everyday sense: an inverted question, growing pains that flare up, the breast crawl, leaking denied, "mine passes out"',
    ordinary: [
      'I only got the cold a day later, would not my baby have caught it from me already?',
      'breastfeeding seems to help her growing pains, is that a thing?',
      'he nurses when his growing pains flare up at night, can breastfeeding ease that?',
      'he is doing the breast crawl on my tummy, bobbing towards the nipple. do I help him latch?',
      'I have never leaked at all, and my sister soaked through pads every night. is my supply low?',
      'is it the milk that knocks them out? mine passes out on me within five minutes of every feed',
    ],
    stillFlagged: [
      ['he keeps saying this is not my baby, they swapped her, my wife is not sleeping', 'emergency'],
      ['the red patch on my breast is growing and I have a fever and feel faint', 'emergency'],
      ['his head is bobbing with every breath and he grunts', 'emergency'],
      ['her nostrils are flaring up and down with every breath', 'emergency'],
      ['I am soaking through pads every hour and feel dizzy, I never leak milk', 'emergency'],
      ['my wife passed out while feeding the baby and is very pale', 'emergency'],
    ],
  },
];

describe.each(kinds)('$name', ({ ordinary, stillFlagged }) => {
  it.each(ordinary)('"%s" is not sent the red-flag route', (text) => expectOrdinary(text));
  it.each(stillFlagged)('"%s" still escalates at %s', (text, level) => expectRuleLevel(text, level));
});

// A count that names its own kind is that kind ("8 wet nappies but only one poo a day"), not the count before it
// told again ("twin 1 had 6 wet nappies, twin 2 only had 3"): read by what each number counts.
describe('a second nappy count of another kind', () => {
  it('"8 wet nappies but only one poo" at 2 weeks counts one dirty nappy, not one wet one', () => {
    expect(triage('my 2 week old has 8 wet nappies but only one poo a day', [], {})?.ruleId).toBe('baby.dirty_nappies');
  });
  it('"8 wet nappies but only one poo" at 6 weeks (past the dirty-nappy chart) raises no rule', () => expectNoRuleFlag('my 6 week old has 8 wet nappies but only one poo a day'));
  it('"twin 1 had 6 wet nappies, twin 2 only had 3" on day 6 still counts 3 wet', () => expectRuleLevel('day 6, twin 1 had 6 wet nappies, twin 2 only had 3', 'urgent_today'));
});
