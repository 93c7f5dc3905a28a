import fc from 'fast-check';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, the mother-mental-health row: crisis signs in the many ways people put them, caught by the
// rules alone (the learned net is a second chance, not the first). Written here in our own words, apart
// from content/safety.yaml, from the NHS, Samaritans, Mind and Action on Postpartum Psychosis
// descriptions of what people say and what relatives notice.

const triage = sharedRuleTriage();
const flag = (text: string) => triage(text, [], {});

const crisisRules = ['mother.self_harm', 'mother.intrusive_thoughts'];

function expectCrisis(text: string): void {
  const found = flag(text);
  if (!found || found.level !== 'emergency' || !crisisRules.includes(found.ruleId)) {
    throw new Error(`"${text}" got ${found ? `${found.ruleId} ${found.level}` : 'no red flag'}, expected a crisis`);
  }
}

describe('indirect suicidal thoughts reach the crisis line', () => {
  it.each([
    'honestly whats the point of living like this',
    'i feel like life isnt worth it since the baby came',
    'what is even the point of me being alive',
    'sometimes i wish i just didnt exist',
    'i honestly dont want to exist anymore',
    'i go to sleep hoping i wont wake up',
    'i just want to go to sleep and not wake up',
    'id like to vanish and never come back',
    "i'm nothing but a burden to my husband",
    'my kids would be better off with a different mum',
    'my baby deserves a better mum than me',
    'i cant see any way out of this',
    'i feel completely trapped and there is no escape',
    'i wrote letters to my family saying goodbye',
    "i've been thinking of ways to die",
    'i googled how many paracetamol it would take',
    'i have a stash of my sleeping tablets saved up',
    "i've been saving up my antidepressants",
    'i stood on the bridge last night and thought about jumping',
    'i keep thinking i should just drive off the road',
    'i know exactly how i would end it',
    "i'm so tired of being alive",
    "i can't face another day",
    "i'd rather be dead than feel like this",
    "she told her sister she's thought about ending her life",
    'i have no reason to keep going',
    "i'm planning to take my life",
    'i think i am going to do something stupid tonight',
    'i genuinely feel like my family would cope better if i died',
    "i've made my mind up, i'm not going to be here much longer",
    'ive been collecting paracetamol',
    'i wrote a note for my husband in case i dont make it through tonight',
    'ive got a rope in the garage and ive been thinking about it',
    'i stockpiled my codeine',
    'i want to unalive myself',
    'honestly i just wanna kms',
    'i hope i die in my sleep',
    'i feel so sucidal tonight',
  ])('"%s"', (text) => expectCrisis(text));
});

describe('self-harm in any tense and wording reaches the crisis line', () => {
  it.each([
    "i've been cutting again",
    'i relapsed and cut my thighs',
    'i burned my arm on purpose with the iron',
    'i took too many of my pills on purpose yesterday',
    'i scratch myself till i bleed',
    'i keep scratching my arms until they bleed',
    'i found cuts on my girlfriends legs, she says she did them herself',
    'my wife has been hurting herself',
    'i want to hurt myself so bad right now',
    "i've started self harming again",
    'im burning my skin with a lighter',
    'my wife has scars on her wrists that are new',
  ])('"%s"', (text) => expectCrisis(text));

  it('keeps the frustration idiom apart from hurting oneself', () => {
    expect(flag("it's like banging my head against a brick wall trying to get him to latch")).toBeUndefined();
  });
});

describe('intrusive thoughts of harming the baby get the calm crisis message', () => {
  it.each([
    'i had a flash of dropping him down the stairs on purpose',
    "i'm scared of being alone with my baby in case i do something",
    'i keep picturing throwing her out of the window',
    'scary thoughts about harming my newborn keep popping into my head',
    "i dont trust myself with the baby",
    'i avoid bathing her because i get these awful pictures of holding her under',
    'i keep having images of the baby drowning in the bath',
    'i get urges to throw her against the wall',
    'i had a thought of stabbing him with the scissors',
    "i'm terrified i will shake my baby",
    'i had this thought of putting him in the oven',
    'i keep thinking i could just put her down too hard',
  ])('"%s"', (text) => {
    expect(flag(text)).toMatchObject({ ruleId: 'mother.intrusive_thoughts', level: 'emergency', message: 'crisis_intrusive' });
  });
});

describe('postpartum psychosis as a partner, parent, sibling or friend describes it', () => {
  it.each([
    'my partner has been awake for days and her speech is jumbled',
    'my wife is very high and euphoric and hasnt slept since tuesday',
    "she's convinced she has been chosen by god to save the world",
    'my wife believes she has magical powers',
    "she won't eat because she thinks the food has been poisoned",
    'she thinks someone has replaced our baby with a different one',
    'my wife keeps hearing whispers in the empty room',
    'she says she can hear her dead grandmother talking to her',
    "she's talking to people who aren't in the room",
    'my daughter has been acting completely out of character since having the baby',
    "my wife's in a dream world, doesnt seem to know who we are",
    'my wife thinks the tv is sending her secret messages',
    'my partner thinks the baby is evil',
    'my sister is behaving bizarrely since the baby, spending loads of money and not sleeping',
    'my friend had her baby a week ago and now she thinks she is famous and everyone is talking about her',
    'my wife thinks she is jesus',
    'my wife thinks her phone is bugged and everyone is against her',
    "my wife thinks she's won the lottery and keeps buying things",
    'my wife is not making any sense and keeps staring into space',
    'my wife thinks the neighbours are sending her signals through the walls',
    'my wife is seeing her dead brother in the house',
  ])('"%s"', (text) => {
    const found = flag(text);
    expect(found).toMatchObject({ ruleId: 'mother.self_harm', level: 'emergency' });
    // Told by someone else: words for that person, and still the crisis lines.
    expect(found?.message).toBe('crisis_partner');
  });
});

describe('ordinary tiredness, baby blues and idioms stay ordinary', () => {
  it.each([
    'i could kill for a nap',
    'this baby will be the death of me',
    "i'm dying for a coffee",
    'my nipples are killing me, what can i do',
    'my wife is just exhausted, baby is cluster feeding all night',
    'i havent slept in days, baby feeds every hour and im exhausted',
    'the baby hasnt slept for more than an hour at a time for days',
    'day 4 and im crying at adverts, baby blues?',
    'i have a stabbing pain in my breast when i feed',
    'does thrush hurt the baby',
    'is it ok to shake the bottle of formula',
    'my wife has been on a mission to get the baby to latch all week',
    'the baby is a burden on my back all day in the sling, my shoulders ache',
    'i feel trapped wind in my tummy after the c section',
    'can food poisoning pass through breast milk',
    'my milk seems to have vanished overnight',
    "i've been cutting out dairy for his reflux",
    'my mother had postpartum psychosis with me, am i at risk',
    "i'm scared i'll drop the baby when i'm so tired",
    'i feel high as a kite after the birth, such a rush of love',
    'the witching hour is evil, she screams from 6 till 10',
    'does breast milk really have magic powers',
    'i try following her feeding cues but she still cries',
    'we have been switched to formula top ups by the hospital',
    'i miss my dead mum so much, wish she could see the baby',
    "i'm sick of living on toast and tea",
    'i want this growth spurt to be over',
    "i dont know who else to ask about his latch",
    'bugged by the midwife saying my latch is wrong',
    "i've been collecting my colostrum in syringes",
    'how do i take my life back after having a baby',
    'i want to die of embarrassment, my boob fell out in the cafe',
    'how many kms can i walk 2 weeks after a c section',
    'i drank the whole bottle of milk i pumped by mistake',
    'we were on the bridge walking the pram when she started crying for a feed',
    'everyone is against me breastfeeding in public',
    'i can hear the neighbours through the walls when i feed at night',
    'what if i drop him in the bath, how do i hold him safely',
    'the baby has been up all night and my wife is shattered and confused about feeding times',
    "my baby seems confused between the bottle and breast and won't sleep",
    "i feel like i'm being watched by the health visitor, judged about my feeding",
    'i wrote a note for my husband about the feeding schedule',
    'can i take codeine while breastfeeding',
  ])('"%s"', (text) => {
    expect(flag(text)).toBeUndefined();
  });
});

// Generated: who is speaking × an indirect crisis sign × when × the story around it. First-person reports get
// the crisis message, reports about her get the partner's.
const firstPerson = [
  'i feel like life is not worth living',
  "i don't want to exist",
  'i want to go to sleep and never wake up',
  'i feel like such a burden to everyone',
  'everyone would be better off without me',
  "i can't see a way out",
  'i have been saving up my tablets',
  "i've been cutting myself",
  'i keep hearing whispers when nobody is there',
];
const aboutHer = [
  'my wife says life is not worth living',
  "my partner says she doesn't want to exist",
  'my girlfriend keeps saying she is a burden to everyone',
  'my sister thinks the midwives are poisoning her',
  'my wife has not slept for three days and her talk is jumbled',
  'my daughter in law thinks the hospital swapped her baby',
  'my friend says god has chosen her for a mission',
];
const times = ['', 'lately', 'since the birth', 'tonight', 'for the last few days'];
const story = fc.constantFrom('', 'sorry its 3am', 'baby is 2 weeks old', 'breastfeeding is going ok', 'i dont know who else to ask', 'x');

describe('generated crisis paraphrases', () => {
  it.each([
    ['first person', firstPerson, ['crisis', 'crisis_intrusive']],
    ['about her', aboutHer, ['crisis_partner']],
  ] as const)('%s', (_name, signs, messages) => {
    fc.assert(
      fc.property(fc.constantFrom(...signs), fc.constantFrom(...times), story, story, (sign, time, before, after) => {
        const text = [before, [sign, time].filter((part) => part !== '').join(' '), after].filter((part) => part !== '').join('. ');
        const found = flag(text);
        if (!found || found.level !== 'emergency' || !(messages as readonly string[]).includes(found.message)) {
          throw new Error(`"${text}" got ${found ? `${found.ruleId} ${found.message}` : 'no red flag'}`);
        }
      }),
      { numRuns: 80, seed: 1111 },
    );
  });
});
