import { sharedRuleExpectations } from '../../support/rule-expectations';

// Issue 11, "the project's held-out in-scope tests flagged ≤ 1 %" (branch s10-rf-inscope): ordinary questions of
// eval/real-questions/train.yaml, then of train-i.yaml, that a rule sent to an escalation, grouped by why the rule
// should not have fired. Each kind has ordinary questions (written for this test in other words), which no rule
// escalates, and red flags written to break the narrowing (the same words beside a present sign), which the
// rules must still escalate at the row's level (RED-FLAGS.md: when unsure whether something is urgent, escalate).
// The ordinary questions go through the whole first turn, as `latch classify` sees them: the rules read the
// words the understanding corrected too, and the learned check speaks where no rule does.

const { expectNoRuleFlag, expectRuleLevel, expectOrdinary } = sharedRuleExpectations();

interface Kind {
  name: string;
  ordinary: string[];
  stillFlagged: [text: string, level: string, message?: string][];
}

const kinds: Kind[] = [
  {
    name: 'another person: friends told as a group, and what was expected "by now", are not the writer now',
    ordinary: [
      'no leaking at all at 37 weeks. my friends were soaking through pads by now, is something wrong?',
      'zero leaking at 36 weeks. my friends were soaking pads by now. am i making colostrum?',
    ],
    stillFlagged: [
      ['my friends were soaking pads and so am i now, a pad every hour', 'emergency'],
      ['i am soaking a pad an hour, my friends say that is normal by now', 'emergency'],
      ['my friend is soaking a pad an hour and feels faint', 'emergency'],
    ],
  },
  {
    name: 'an everyday sense: milk asked whether it pours out, a top-up asked about, amber beads, "keep telling", nothing else changed',
    ordinary: [
      'how do you actually know your milk came in? does it just start pouring out or what',
      'is it okay to top up with formula while i am waiting for my milk to come?',
      'do amber teething necklaces actually work for breastfed babies?',
      'if breastmilk comes from blood, why does everyone keep telling me to drink milk?',
      'went from 4oz to 1oz a pump in a week and nothing has changed that i know of, why?',
    ],
    stillFlagged: [
      ['blood is pouring out of me, will it stop on its own?', 'emergency'],
      ['is it ok to top up? he has lost 12 percent and is 4 days old', 'urgent_today'],
      ['his wee is amber and strong, only 2 wet nappies today at 5 days old', 'urgent_today'],
      ['my expressed milk has had blood in it for a week, my mum keeps telling me it is fine', 'soon'],
      ['day 5 and nothing has changed, still only drops of colostrum', 'urgent_today'],
    ],
  },
  {
    name: 'how milk is made: milk that comes from blood is physiology, not blood in the milk',
    ordinary: ['if breastmilk comes from blood, why do people keep telling me to drink milk?', 'breastmilk is made from blood, so why does my mum keep saying to drink cows milk?'],
    stillFlagged: [
      ['my milk comes out pink with blood in it and has done for days', 'soon'],
      ['there is blood in my pumped milk every time, for 5 days now', 'soon'],
    ],
  },
  {
    name: 'how long to breastfeed: a reason to keep going past an age is no crisis',
    ordinary: ['he turned one last week, is there any reason to keep going past a year?', 'is there a reason to keep going beyond 12 months or is it just comfort?'],
    stillFlagged: [
      ['i can not see any reason to keep going past tonight', 'emergency', 'crisis'],
      ['there is no reason to keep going, everyone would be better off without me', 'emergency', 'crisis'],
    ],
  },
  {
    name: "the colour of the writer's own colostrum is no yellow skin",
    ordinary: ['does eating carrots change the colour of my colostrum? mine is nearly orange', 'is colostrum supposed to look like this? mine is almost orange'],
    stillFlagged: [
      ['my colostrum is orange and my baby is yellow, 12 hours old', 'urgent_today'],
      ['what colour is colostrum meant to be? mine is orange and so is his skin', 'urgent_today'],
      ['my colostrum is orange, she is orange too', 'urgent_today'],
      ['my colostrum looks orange. she is yellow and sleepy', 'urgent_today'],
    ],
  },
  {
    // The rule lets go; the learned check may still give its conditional crisis line (a crisis row is never
    // silenced by a rule's reading), so these are checked on the rules alone.
    name: 'the fear of smothering a baby with large breasts while feeding is a feeding worry, not an intrusive thought',
    ordinary: [],
    stillFlagged: [
      ['i have big boobs and i keep having thoughts that i will smother him on purpose', 'emergency', 'crisis'],
      ['my boobs are huge. i keep picturing smothering her with a pillow', 'emergency', 'crisis'],
      ['i have really large breasts. sometimes i want to smother him when he screams', 'emergency', 'crisis'],
      ['i am scared i will smother him', 'emergency', 'crisis'],
    ],
  },
];

describe('large breasts and the fear of smothering, on the rules alone', () => {
  it.each([
    'are there positions for breastfeeding with big boobs? worried i will smother her',
    'i am a 36h and scared i will smother him while he latches, what hold works?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe.each(kinds)('$name', ({ ordinary, stillFlagged }) => {
  if (ordinary.length > 0) it.each(ordinary)('"%s" is not sent the red-flag route', (text) => expectOrdinary(text));
  // Every row given its three cells: a missing wording would be taken for jest's done callback.
  it.each(stillFlagged.map(([text, level, message]) => [text, level, message ?? '']))('"%s" still escalates at %s', (text, level, message) =>
    expectRuleLevel(text, level, message || undefined),
  );
});

// Found while trying a narrowing of this branch (a stay in neonatal care told as past): a sign told in the present
// after a past time about someone else was read as past and done with. The time is no longer the sign's when a
// verb in the present stands between them; a sign told in the past after it still is.
describe('a sign told now beside a past time', () => {
  it.each([
    ['she was in hospital and i am soaking a pad an hour', 'emergency'],
    ['he was in hospital last week and im soaking a pad an hour', 'emergency'],
    ['the baby was in hospital with jaundice and is floppy and hard to wake', 'emergency'],
  ])('"%s" escalates at %s', (text, level) => expectRuleLevel(text, level));
  it.each(['with my first i had mastitis, is it more likely this time?', 'my sister had a big bleed in hospital last year, does that run in families?'])(
    '"%s" raises no rule',
    (text) => expectNoRuleFlag(text),
  );
});

// The retrained net let go of a train-8 red flag the rules never read ("7lb when born, 6lb 3oz on day 4"): the
// "born" of the first weight's "when born" made the second weight the birth weight. The rules read it now.
describe('a birth weight told "when born", then a lower one', () => {
  it.each(['8lb when born, 7lb 2oz on day 4', 'she was 3.6kg when born and 3.2kg at day 5'])('"%s" escalates the same day', (text) => expectRuleLevel(text, 'urgent_today'));
  it.each(['7lb when born, 6lb 12oz on day 4', 'he was 3.4kg when born and 3.3kg on day 3'])('"%s" (less than 10 %%, before 2 weeks) raises no rule', (text) => expectNoRuleFlag(text));
});
