import { sharedRuleExpectations } from '../../support/rule-expectations';

// Issue 11, branch s11-rf-recall: kinds of red flag in eval/red-flags/train-9.yaml (writer f, the tenth round's
// unseen measure) that no rule caught or that a rule caught too low, widened by the kind of telling rather than
// by the sentence. Each kind has wordings of our own (another person, order, tense) and near misses beside it
// that must stay ordinary.

const { expectRuleFlag, expectRuleLevel, expectNoRuleFlag } = sharedRuleExpectations();

describe('crisis 1. a means looked up, the baby as the only reason to stay, a way out of all of it', () => {
  it.each([
    'i looked up how many of my pills would be too many',
    'my partner has been googling how many tablets would be too many to take',
    'honestly my son is the only reason im still here',
    'the kids are the only thing keeping me alive right now',
    'i just want to get out of all this for good',
  ])('"%s" is a crisis', (text) => {
    expectRuleLevel(text, 'emergency', 'crisis');
  });

  it.each(['how many feeds a day is too many for a 2 week old', 'the bottle is the only reason im still sane lol', 'we want to get out of the house more, any tips'])(
    '"%s" is no red flag',
    (text) => {
      expectNoRuleFlag(text);
    },
  );
});

describe('crisis 2. terrified of hurting the baby or an older child; a stranger in the house that nobody else sees', () => {
  it.each(['im terrified i will hurt him when hes screaming', 'she is terrified she might hurt the baby', "seriously, I am terrified i'll hurt my two year old when she hits the baby"])(
    '"%s" gets the intrusive-thoughts reply and the crisis line',
    (text) => {
      expectRuleFlag(text, 'mother-mental-health', 'emergency', 'crisis_intrusive');
    },
  );

  it('"my wife insists someone has been in the house at night moving the bottles around" is a crisis', () => {
    expectRuleLevel('my wife insists someone has been in the house at night moving the bottles around', 'emergency', 'crisis');
  });

  it('"im terrified i will hurt my back carrying the car seat" is no red flag', () => {
    expectNoRuleFlag('im terrified i will hurt my back carrying the car seat');
  });
});

describe('dehydration made severe: a sign of it with lethargy or feeds refused, or two signs together (WHO/IMCI)', () => {
  it.each([
    'his eyes are sunken and hes really sleepy, 3 weeks old',
    'her nappies have been dry for 9 hours and she is refusing every feed, 10 days old',
    'the skin on his tummy stays pinched and his eyes look sunken',
    'her nappy has been dry for 10 hours since she stopped latching, 2 weeks old',
  ])('"%s" is an emergency', (text) => {
    expectRuleFlag(text, 'baby-dehydration', 'emergency', 'emergency');
  });

  it.each(['he stopped latching on the left side yesterday, 6 weeks, the right is fine', 'she stopped latching 3 hours ago and fell asleep, 4 weeks'])('"%s" is no red flag', (text) => {
    expectNoRuleFlag(text);
  });

  it.each(['no wet nappy for 9 hours overnight but she slept well and fed loads this morning', 'his soft spot looks a bit sunken when he sits up but hes alert and feeding well'])(
    '"%s" stays urgent today, not an emergency',
    (text) => {
      expectRuleLevel(text, 'urgent_today');
    },
  );
});

describe('jaundice with a baby who will not suck or struggles to nurse', () => {
  it.each(['baby is 5 days old and more yellow today, and doesnt want to suck at all', '3 days old, looking yellow and she struggles to nurse, keeps dozing'])('"%s" is an emergency', (text) => {
    expectRuleFlag(text, 'baby-jaundice', 'emergency', 'emergency');
  });
});

describe('a sleepy newborn told in other words, with few or short feeds, or feeds 4 hours apart', () => {
  it.each([
    'she is 6 days old and has only had 5 feeds today, falls asleep the moment she latches',
    'he only fed 5 times yesterday and slept almost all of the day, 9 days old',
    'born yesterday and has slept almost all of it, she will only nurse for a minute at a time',
    'my 4 day old is only feeding every 5 hours and sleeps through in between',
    'our 2 week old feeds every four hours and just sleeps, we have to wake him',
  ])('"%s" is urgent today', (text) => {
    expectRuleFlag(text, 'baby-not-feeding', 'urgent_today', 'urgent_today');
  });

  it.each(['she feeds every 2 hours in the day and sleeps 5 hours at night, 3 weeks', 'he slept almost all of the afternoon after a big feed, 2 weeks, can i put him down'])('"%s" is no red flag', (text) => {
    expectNoRuleFlag(text);
  });
});

describe('milk not in: "a good few ml" is plenty, not only drops', () => {
  it('"day 5 and i get a good few ml each time i hand express" is no red flag', () => {
    expectNoRuleFlag('day 5 and i get a good few ml each time i hand express');
  });
});

describe('grey and blotchy skin, told as one look', () => {
  it.each(['my 2 week old has gone grey and blotchy and wont feed', 'woke to find him grey and blotchy all over, hands icey'])('"%s" is an emergency', (text) => {
    expectRuleFlag(text, 'baby-skin-rash', 'emergency', 'emergency');
  });

  it('"her hands are a bit grey and blotchy after the bath but she warmed up fine" is no red flag', () => {
    expectNoRuleFlag('her hands are a bit grey and blotchy after the bath but she warmed up fine');
  });
});

describe('blood in the nappy told as red on the wipe; no poo told as none proper or days without one', () => {
  it.each(['there was a smear of red on the wipe when i changed her poo nappy, 2 weeks', 'bright red on the wipe after a poo, 5 weeks old'])('"%s" is urgent today', (text) => {
    expectRuleFlag(text, 'baby-blood', 'urgent_today', 'urgent_today');
  });

  it.each(['my 10 day old has not had a proper poo for 2 days', 'she is 2 weeks old and has gone 3 days without one, she used to poo every feed'])('"%s" is urgent today', (text) => {
    expectRuleFlag(text, 'baby-dirty-nappies', 'urgent_today', 'urgent_today');
  });

  it.each(['his cheeks are bright red and blotchy from teething, poo is green', 'my 3 month old has gone 3 days without one, breastfed and happy'])('"%s" is no red flag', (text) => {
    expectNoRuleFlag(text);
  });
});

describe('weight lost told as a fraction of a tenth or more', () => {
  it.each(['2 weeks old and he has lost a fifth of his weight since birth', 'the scales say she lost about a tenth of her weight, 5 days'])('"%s" is urgent today', (text) => {
    expectRuleFlag(text, 'baby-weight-loss', 'urgent_today', 'urgent_today');
  });

  it('"i have lost a fifth of my weight since the birth" (the mother\'s) is no red flag', () => {
    expectNoRuleFlag('i have lost a fifth of my weight since the birth');
  });
});

describe('few feeds beside a weight not back to birth weight; a feed slept through after taking little', () => {
  it.each([
    'my 9 day old feeds 6 times a day and is still under her birth weight',
    'only about 5 feeds in 24 hours and he is still under his birth weight at 8 days',
    'she wont take more than half a feed and then sleeps right through the next one, 3 weeks',
  ])('"%s" is urgent today', (text) => {
    expectRuleFlag(text, 'baby-not-feeding', 'urgent_today', 'urgent_today');
  });

  it.each(['she feeds 7 times a day and is back to her birth weight at 10 days', 'he slept right through the night feed, 8 weeks, is that ok'])('"%s" is no red flag', (text) => {
    expectNoRuleFlag(text);
  });
});
