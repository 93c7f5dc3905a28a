import { ruleExpectations } from '../../support/rule-expectations';
import { firstTurn, sharedEngine, sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, branch s9-rf-recall: red flags of eval/red-flags/train-7.yaml (two writers who never saw the rules)
// that no rule caught, widened by the kind of telling rather than by the sentence. Each kind has the wording
// that was missed, variants of our own (another person, tense, order, number), and near misses beside it
// that must stay ordinary.

beforeAll(() => {
  sharedEngine();
}, 60_000);

const triage = sharedRuleTriage();

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

describe('8. hours between a clock time and the time now told as "its 12 now"', () => {
  it.each([
    ['last proper feed was at 2am and its gone half 9 now, she keeps turning away from the bottle. 3 weeks old', 'baby-not-feeding'],
    ['im looking after my granddaughter, 3 wks old, she wont take her bottle. last one was 4 this morning and its 12 now', 'baby-not-feeding'],
    ["my 2 week old hasn't had a feed since 4am and its 12:30 now, she wont latch when i try", 'baby-not-feeding'],
    ['10 day old, no feed since 6 this morning and its gone 2 now, he just sleeps', 'baby-not-feeding'],
    ["just realised the last wet nappy was before lunch and it's nearly 9pm now. she's 6 weeks", 'baby-wet-nappies'],
  ])('"%s" is urgent today', (text, row) => {
    expectRuleFlag(text, row, 'urgent_today', 'urgent_today');
  });

  it('"3 week old, last feed was at 10 and its 12 now, she is asleep on me" (two hours) is no red flag', () => {
    expectNoRuleFlag('3 week old, last feed was at 10 and its 12 now, she is asleep on me');
  });
});

describe('9. a sleepy baby and too few feeds told as having to wake her, conking out, feeds missed in a row', () => {
  it.each([
    '5 day old only latches for a minute or two then conks out. maybe 6 feeds in the whole 24 hrs',
    '1 wk old has only fed 6 times in 24 hrs and i have to wake him every single time',
    '1 wk old has only fed 6 times in 24 hrs and i have to wake her every single time',
    '5 day old, i have to wake him for every feed and its been 5 hours since the last one',
    'shes not been interested in her last 3 feeds, just turns her head away. 3 weeks',
    "she's missed two feeds in a row now, just not interested, and she's unusually quiet. 3 weeks old",
    'he has refused his last 3 feeds, 2 weeks old',
    'shes gone off her milk since yesterday, only takes a few sucks then stops. 5 days old',
  ])('"%s" is urgent today on the not-feeding row', (text) => {
    expectRuleFlag(text, 'baby-not-feeding', 'urgent_today', 'urgent_today');
  });
});

describe('10. milk not in, told as nothing come in, as drops or a ceiling in ml, beside a baby off track', () => {
  it.each([
    "wifes milk still not in at day 4, he was screaming nonstop so we've had to give formula",
    'my breasts didnt grow at all when i was pregnant and now its day 4, the nurse can only squeeze out a few golden drops and he cries after every feed',
    'couldnt pump or feed for the first 18 hours because of an infection, now day 5 and nothings come in',
    'day 5, pumping every 2 hours and ive never got more than 5ml in a session',
    'day 6 after my section and still nothing, hes losing weight',
    'day 5 and nothing has come in yet',
  ])('"%s" is urgent today on the milk-not-in row', (text) => {
    expectRuleFlag(text, 'mother-milk-not-in', 'urgent_today', 'urgent_today');
  });

  it.each([
    'is it normal to feel no fullness when milk comes in? im on day 4 and my boobs feel the same',
    'day 4, no engorgement, but she has loads of wet nappies. has my milk come in or not?',
    "it's day 4 and my mother in law is saying maybe im just one of those women who cant make milk. is that a thing?",
    'day 2 and only a few drops of colostrum when i hand express',
    'my milk hasnt come in yet and its day 4',
  ])('"%s" (no more than the day, or before 72 hours) is left to the milk.late answer and dialog', (text) => {
    expectNoRuleFlag(text);
  });
});

describe('11. signs described rather than named', () => {
  it.each([
    ['tried waking him for his feed for 20 mins, undressed him, wet flannel on his feet, he just wont come round properly', 'baby-unresponsive', 'emergency'],
    ['she chokes and goes blue during every feed and coughs a lot', 'baby-breathing-seizure', 'emergency'],
    ['my five week old still has a slight tan look to her and her poo is whitish, like chalk', 'baby-jaundice', 'urgent_today'],
    // Black poo past the meconium days reads as both rows at the same level and wording (stools not yet
    // yellow; blood): the dirty-nappies rule, earlier in the file, speaks first.
    ['blackish poo on day 6, not on any vitamins', 'baby-dirty-nappies', 'urgent_today'],
    ['caught his cord on his vest and it came off early, now every time i dab it another drop of fresh blood comes', 'baby-blood', 'urgent_today'],
  ])('"%s" is %s', (text, row, level) => {
    expectRuleFlag(text, row, level, level);
  });

  it.each([
    "my daughter's baby is 5 days and his stools have gone from black to green to mustard yellow, 4 a day. that's the right progression isn't it",
    'is it normal for a newborns feet to go blue after a bath? the rest of him is nice and pink',
  ])('"%s" is no red flag', (text) => {
    expectNoRuleFlag(text);
  });
});

describe('12. whose sign: a baby named only by age, and another person’s', () => {
  it.each(['my sisters week old is making a grunting sound with every breath', "my friend's 2 week old is grunting with every breath and won't feed"])('"%s" is an emergency', (text) => {
    expectRuleFlag(text, 'baby-breathing-seizure', 'emergency', 'emergency');
  });
});

describe('13. low mood told by how she is rather than named, with how long', () => {
  it.each([
    'my partners mood has dropped right down since the birth 6 weeks ago and she doesnt seem interested in the baby',
    'my wife isnt the person i married since the baby came 3 months ago. flat, stays in bed',
    'my wife says she feels hollow most days, our son is 3 months',
    'my wife seems totally indifferent to our daughter. 2 months now and nothing excites her',
    'not sure who else to ask. my wife is 6 weeks postpartum, barely says a word all day',
    "i've felt grey every single day since about week two. hes 11 weeks",
    'since the birth i feel like im watching my life through a window. 6 weeks',
    "feel like i'm babysitting someone else's kid. she's 6 weeks",
    'my husband works away, baby is 7 weeks, i sit in the dark most evenings',
  ])('"%s" is low mood, soon', (text) => {
    expectRuleFlag(text, 'mother-low-mood', 'soon', 'soon');
  });

  it.each([
    "can lack of sleep actually kill you? i'm on about 4 hours a night in bits with a 3 week old. i'm fine in myself",
    '7 months of waking every 2 hours and im falling apart. is it ok to drop night feeds?',
    'day 5 and i cried at an advert, mood has dropped a bit since the milk came in',
  ])('"%s" (exhaustion, or the first days) is no red flag', (text) => {
    expectNoRuleFlag(text);
  });
});

describe('14. a lethargic baby who will not feed is an emergency, not only poor feeding', () => {
  it.each(['10 hrs old, came a bit early, shes really lethargic, no energy at all and cant latch', 'my 5 day old is so listless and wont feed', 'he seems lethargic and is refusing the breast, 2 weeks old'])(
    '"%s" is an emergency',
    (text) => {
      expectRuleFlag(text, 'baby-unresponsive', 'emergency', 'emergency');
    },
  );

  it('"this third time she cries every day, not eating, no energy. 5 weeks now" (the mother’s) is not the baby’s emergency', () => {
    expect(triage('doc, my wife had blues after the first two children but it passed. this third time she cries every day, not eating, no energy, palpitations. 5 weeks now', [], {})?.row).toBe('mother-low-mood');
  });
});

describe('15. a means found with her, and a plan told without saying what for', () => {
  it.each([
    'my husband found me with a bottle of pills and a bottle of wine last night',
    'my mum found me with the tablets in my hand',
    'i have a plan for how to do it, just waiting for the right time',
  ])('"%s" is a crisis', (text) => {
    expectCrisis(text);
  });

  it.each(['can i take paracetamol and have a glass of wine', 'i have a plan to introduce the bottle, just waiting for the right time'])('"%s" is no red flag', (text) => {
    expectNoRuleFlag(text);
  });
});

describe('16. probes of our own for the weakest rows: sleepiness and nothing expressed, in other words', () => {
  it.each([
    'my 4 day old has only had three feeds since yesterday and is really hard to keep awake',
    'only fed 5 times in the last day and sleeps right through, 10 days old',
    'he drinks 10ml and falls asleep every time, only 6 feeds a day, 9 days old',
  ])('"%s" is urgent today on the not-feeding row', (text) => {
    expectRuleFlag(text, 'baby-not-feeding', 'urgent_today', 'urgent_today');
  });

  it('"baby is 5 days old, nothing when i express, pcos" is milk not in', () => {
    expectRuleFlag('baby is 5 days old, nothing when i express, pcos', 'mother-milk-not-in', 'urgent_today', 'urgent_today');
  });
});

describe('17. "still nothing" with a risk alone is the milk.late question (../shared/eval/sample-questions.yaml)', () => {
  it('"had an emergency c section and everyone keeps saying my milk will be late bc of the surgery. is that true?? day 4 and still nothing" is no rule flag', () => {
    expectNoRuleFlag('had an emergency c section and everyone keeps saying my milk will be late bc of the surgery. is that true?? day 4 and still nothing');
  });
});
