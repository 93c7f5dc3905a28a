import fc from 'fast-check';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, second pass on the mental-health, low-mood and milk-not-in rows: the kinds of wording, each
// composed from parts (who × sign × when × the story around it), caught by the rules alone. Written here in
// our own words from how the NHS, Mind, Samaritans and Action on Postpartum Psychosis describe what people
// say, apart from content/safety.yaml and the corpora.

// The real content, as every file reads it (the test run's snapshot), not parsed from the YAML again.
const triage = sharedRuleTriage();
const flag = (text: string) => triage(text, [], {});

function join(...parts: string[]): string {
  return parts.filter((part) => part !== '').join(' ');
}

const story = fc.constantFrom('', 'sorry for rambling.', 'baby is feeding ok.', 'its 4am here.', 'i havent told anyone this.');
const crisisRules = ['mother.self_harm', 'mother.intrusive_thoughts'];

function expectCrisis(text: string): void {
  const found = flag(text);
  if (!found || found.level !== 'emergency' || !crisisRules.includes(found.ruleId)) {
    throw new Error(`"${text}" got ${found ? `${found.ruleId} ${found.level}` : 'no red flag'}, expected a crisis`);
  }
}

describe('passive wishes, a life not wanted, a method or a plan reach the crisis line', () => {
  // Each kind in several wordings: the rules hold the kind, not one sentence.
  const kinds: Record<string, string[]> = {
    'not caring whether she wakes or lives': [
      "i wouldn't care if i didn't wake up tomorrow",
      "honestly i don't care whether i live or die now",
      "if a car hit me tomorrow i'd honestly be relieved",
      'part of me hopes something bad happens to me',
      "i keep wishing i just wasn't here anymore",
    ],
    'others better off once she is gone for good': [
      'they would all be happier if i just went and never came back',
      "my son deserves so much better than me",
      'my husband could move on and be happier if i disappeared',
      "my family would have a better life without me",
    ],
    'no reason or future': [
      "what's the point in carrying on like this",
      "i can't see any reason to live",
      "i can't picture a future for myself",
      'i dont want this life anymore',
    ],
    'a method, a place, a means or a plan': [
      'on the drive home i thought about swerving into oncoming traffic',
      'i keep thinking about the railway line near us',
      'ive been counting the co-codamol left from my section',
      "i've worked out when i would do it",
      'i could make it look like an accident',
      'i keep looking at the pills in the drawer and counting them',
    ],
    'leaving for good': [
      'i daydream about walking out and never coming back',
      'i keep thinking about driving away for good',
    ],
    'searching for a way, a means at hand, a goodbye': [
      'i keep googling ways to make it all stop',
      'i sat on the bathroom floor with a bottle of pills for an hour',
      'i wrote my husband a goodbye text and deleted it',
      'sometimes when driving i think about letting go of the wheel',
    'sometimes i wonder what it would be like to throw myself down the stairs',
    'would anyone even notice if i was no longer here',
      "i don't want to be anything anymore",
    ],
    'not trusting herself': ["i don't trust myself right now", "i'm scared of what i might do to myself", 'i dont feel safe on my own'],
    'thoughts of death': ['i think about death all the time', "i've been having really dark thoughts", 'i feel low every day and keep thinking about dying'],
    'wanting not to wake, an escape, others fine once she is gone': [
      "i get into bed at night and hope i don't wake up",
      "i can't keep living like this",
      "i've been thinking everyone would cope fine once i'm gone",
      'the only escape is to die',
      'i sometimes think about what would happen if i just drove into the sea',
    ],
  };
  it.each(Object.entries(kinds))('%s', (_kind, signs) => {
    fc.assert(
      fc.property(fc.constantFrom(...signs), fc.constantFrom('', 'since the birth', 'most nights', 'lately'), story, (sign, when, before) => {
        expectCrisis(join(before, sign, when));
      }),
      { numRuns: 40, seed: 2011 },
    );
  });
});

describe('self-harm in any words, hers or told by someone else, and not a baby scratching her', () => {
  it.each([
    'i bit my hands till they bruised',
    'i slapped my own face over and over',
    'i dig my nails into my arms until they bleed',
    'she has been burning her arms with a lighter',
    'i stopped cutting years ago but the urge is back',
    'i punched myself in the head last night',
    'last night i held the scissors to my wrist',
  ])('"%s"', (text) => expectCrisis(text));

  it.each([
    'my 5 month old keeps scratching my face and pulling my hair while he feeds',
    'he bit my nipple so hard it bled',
    'i cut my finger chopping onions, can i still breastfeed',
    'i burnt my hand on the kettle this morning',
    'i hit my head on the cupboard door getting a bottle',
    "it's like banging my head against a wall trying to get her to latch",
  ])('"%s" is not self-harm', (text) => {
    expect(flag(text)?.ruleId).not.toBe('mother.self_harm');
  });
});

describe('intrusive thoughts about the baby get the calm crisis message', () => {
  it.each([
    'i keep picturing smashing his head on the floor',
    'i had a flash of pressing her face into my chest until she stopped breathing',
    'i get thoughts about my baby that horrify me',
    "i'm scared to be on my own with him because of the thoughts i get",
    'horrible images of my little girl getting hurt by me',
    'i keep having scary thoughts about hurting my baby boy',
    'what if i let go of the pram and it rolls into traffic',
    "i'm going to hurt her, i can't be near her",
    'does the thought of hurting the baby mean i will do it',
  ])('"%s"', (text) => {
    expect(flag(text)).toMatchObject({ ruleId: 'mother.intrusive_thoughts', level: 'emergency', message: 'crisis_intrusive' });
  });

  it.each([
    'will fasting while i am breastfeeding harm my baby',
    'will antibiotics get into my milk and hurt the baby',
    'is that harming my baby through the milk',
    'my gf says feeding feels like knives on her nipples',
    'does the heel prick hurt the baby',
    'is the tongue tie snip going to hurt her',
    'will the jab hurt him',
  ])('"%s" is a question, not a thought of harm', (text) => {
    expect(flag(text)).toBeUndefined();
  });

  it('a baby shaking her head at the breast is not a thought of shaking her', () => {
    expect(flag('she keeps shaking her head at the breast')?.ruleId).not.toBe('mother.intrusive_thoughts');
  });
});

describe('psychosis as a partner, parent or friend describes it', () => {
  const who = ['my wife', 'my partner', 'my girlfriend', 'my sister', 'my friend'];
  const signs = [
    'keeps saying people are coming to take the baby',
    'is convinced the midwives are spies',
    'thinks the tv is talking about her',
    'thinks god is sending her signs through the baby',
    'says she has figured out the meaning of life',
    'is seeing bugs crawling on the walls',
    'laughs at things nobody else can hear',
    'says the baby is not ours',
    'thinks she might be god',
    'keeps saying she is going to meet the king',
    'thinks she is being punished by god and has stopped eating',
    'thinks her thoughts are being broadcast on the radio',
    'says the colours are talking to her and has not slept since friday',
    'keeps saying she is dead and we are all in heaven',
    'is obsessed that someone is coming into the house at night and checks every room',
    'believes the hospital put a chip in her arm',
    'keeps seeing our dead dog in the garden',
    'says the neighbours are filming us through the smoke alarm',
    'can feel something in the house that moves from room to room',
    'is convinced the baby has died even though he is right here',
    'thinks she is still pregnant and keeps asking where the baby is',
    'says the man who reads the news is in love with her',
  ];
  const sleepAndSpeech = [
    'has not slept in 4 days and talks nonstop',
    'has been up for three nights and keeps laughing to herself',
    'says she does not need sleep and is talking so fast i cant follow',
    'hasnt slept for days and is rearranging the nursery at 3am',
    'keeps asking the same questions over and over and does not know what day it is',
    'stares at the wall for hours and does not answer when i talk to her',
    'gave away most of our savings this week and is barely sleeping',
    'has been laughing and crying at the same time for hours and has not slept',
  ];
  it('each sign of psychosis she is told of', () => {
    fc.assert(
      fc.property(fc.constantFrom(...who), fc.constantFrom(...signs, ...sleepAndSpeech), fc.constantFrom('', 'baby is 10 days old.', 'since the birth.'), (person, sign, after) => {
        const text = join(person, sign, after);
        const found = flag(text);
        if (!found || found.ruleId !== 'mother.self_harm' || found.message !== 'crisis_partner') throw new Error(`"${text}" got ${found ? `${found.ruleId} ${found.message}` : 'no red flag'}`);
      }),
      { numRuns: 80, seed: 2012 },
    );
  });
});

describe('low mood that has lasted is caught; a baby crying or empty breasts are not low mood', () => {
  const feelings = [
    'i feel numb',
    'i have been really down',
    "i haven't felt happy",
    "i'm just going through the motions",
    'i cry every day',
    'everything feels grey and pointless',
    "i can't shake this heaviness",
    'i feel so empty and disconnected',
    'the baby blues never went away',
    'i cry in the car every day before i go in',
    "i don't love my baby the way i should",
    "i've given up on everything and won't get dressed",
    "i'm just waiting for the day to be over",
  ];
  const lasting = ['for weeks', 'for about a month now', 'since the birth 7 weeks ago', 'for a few months', 'most days for 5 weeks'];
  it('a low feeling and how long it has lasted', () => {
    fc.assert(
      fc.property(fc.constantFrom(...feelings), fc.constantFrom(...lasting), (feeling, duration) => {
        const text = join(feeling, duration);
        const found = flag(text);
        if (!found) throw new Error(`"${text}" got no red flag, expected at least soon`);
      }),
      { numRuns: 60, seed: 2013 },
    );
  });

  it.each([
    'my boobs feel empty all the time, is my supply gone',
    'my c-section scar still feels numb months later',
    'i feel guilty some days, baby is three weeks old',
    'baby is 3 weeks and im struggling with the latch',
    "i'm worried about getting postnatal depression, what are the signs",
    'my mum had postnatal depression after me, will i get it',
    'whats the difference between baby blues and pnd',
    'she is 3 weeks old and has flat nipples to latch on to',
    'how many heavy wet nappies should a 2 week old have',
    "will my baby be fine when i'm gone back to work",
  ])('"%s" is not low mood', (text) => {
    expect(flag(text)?.ruleId).not.toBe('mother.low_mood');
  });
});

describe('milk not in, in every form of the time since the birth', () => {
  const signs = [
    'my milk still hasnt come in',
    'my milk has not kicked in',
    "my breasts haven't changed at all",
    'my boobs feel exactly like they did when i was pregnant',
    'i still havent felt any fullness',
    'i only get a few drops when i pump',
    "i don't think my milk has come in",
  ];
  const ages = ['baby is 5 days old', '4 days postpartum', "it's been four whole days since my c-section", '96 hours after the birth', 'day 6', '5th day pp', "had him on monday and it's now friday"];
  it('a sign and an age past about 72 hours', () => {
    fc.assert(
      fc.property(fc.constantFrom(...signs), fc.constantFrom(...ages), fc.boolean(), (sign, age, ageFirst) => {
        const text = ageFirst ? `${age} and ${sign}` : `${sign}, ${age}`;
        const found = flag(text);
        if (!found || found.level !== 'urgent_today') throw new Error(`"${text}" got ${found ? `${found.ruleId} ${found.level}` : 'no red flag'}`);
      }),
      { numRuns: 80, seed: 2014 },
    );
  });

  it.each([
    'day 2 and my milk hasnt come in yet, is that normal',
    '2 day old has lost 6% and my milk is not in yet',
    'my 10 week old, i wake up soft and dont leak anymore, has my milk gone',
    'when does milk usually come in',
    '34 weeks pregnant and not a drop of colostrum yet',
  ])('"%s" is not a red flag', (text) => {
    expect(flag(text)).toBeUndefined();
  });
});
