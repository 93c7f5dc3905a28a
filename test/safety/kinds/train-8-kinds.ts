import { sharedRuleExpectations } from '../../support/rule-expectations';

// Issue 11, branch s10-rf-recall: red flags of eval/red-flags/train-8.yaml (a writer who never saw the rules,
// the ninth round's unseen measure) that no rule caught or that a rule caught too low, widened by the kind of
// telling rather than by the sentence. Each kind has the wording that was missed, variants of our own (another
// person, tense, order), and near misses beside it that must stay ordinary.

const { triage, expectRuleFlag, expectRuleLevel, expectNoRuleFlag } = sharedRuleExpectations();

describe('crisis 1. fear of what she would do, with the baby care she now avoids', () => {
  it.each([
    'ive stopped bathing her myself because im scared of what id do, my husband does it all now. shes 2 months',
    'i dont bath him anymore because im afraid of what id do',
    'im scared of what id do if i was alone with him',
    'i told my mum i wasnt safe to be left on my own with my daughter and then laughed it off. 6 weeks pp. i did mean it though',
    'i wasnt safe to be left alone with him',
  ])('"%s" is a crisis', (text) => {
    expectRuleLevel(text, 'emergency', 'crisis');
  });

  it('"im scared of what id do without my mum here to help" (coping without help) is no red flag', () => {
    expectNoRuleFlag('im scared of what id do without my mum here to help');
  });
});

describe('crisis 2. thoughts about the baby: scary, back again, too bad to be alone with her', () => {
  it.each([
    '8 weeks pp and my thoughts have got so scary i cant be alone with her. nearly rang my therapist at 4am last night. bath time is the worst, what if i',
    'my thoughts are so dark i cant be alone with him anymore',
    'i rang my therapist at 4am and asked to go in because the thoughts about the baby got that bad. im home again now and theyre back. shes 9 weeks',
    '8 weeks pp. i checked myself into a psych unit last month because of scary thoughts about the baby and theyre creeping back. scared to tell anyone',
    'i keep having horrible thoughts about my son',
    'the scary thoughts about the baby are getting worse',
  ])('"%s" gets the intrusive-thoughts reply and the crisis line', (text) => {
    expectRuleFlag(text, 'mother-mental-health', 'emergency', 'crisis_intrusive');
  });

  it.each(['i cant be alone with her all day without crying, im so tired', 'i have bad thoughts about the baby s dad'])('"%s" is no crisis', (text) => {
    expect(triage(text, [], {})?.row).not.toBe('mother-mental-health');
  });
});

describe('crisis 3. an image of harm told as a scene: a cover over her face, a crash with her in the car', () => {
  it.each([
    'the thoughts are worst when im alone with her, i picture the blanket over her face and then i feel sick. 6 weeks',
    'i imagine putting the blanket over her face',
    'the pictures of the car swerving into traffic with her in the back come every day now, ive stopped driving altogether. 4 months',
    'day 3 and everything feels threatening, im convinced well crash the car on the way home with her and i cant believe the nurses are letting me take her',
  ])('"%s" gets the intrusive-thoughts reply and the crisis line', (text) => {
    expectRuleFlag(text, 'mother-mental-health', 'emergency', 'crisis_intrusive');
  });

  it.each(['is it safe to put a muslin over her face to block the sun', 'scared of driving with the baby for the first time, any tips'])('"%s" is no red flag', (text) => {
    expectNoRuleFlag(text);
  });
});

describe('crisis 4. relieved if the baby had not woken up', () => {
  it.each([
    'i dont like my son. if im honest id have been relieved if hed not woken up one morning. hes 4 months and i treat him exactly like his sisters but thats how i feel',
    'sometimes i think id be relieved if she never woke up',
  ])('"%s" gets the intrusive-thoughts reply and the crisis line', (text) => {
    expectRuleFlag(text, 'mother-mental-health', 'emergency', 'crisis_intrusive');
  });
});

describe('crisis 5. suicide in indirect words: a dose looked up, letters for everyone, a night planned, a favour, no point', () => {
  it.each([
    'been reading up on how many of my sertraline would be enough. im not going to do anything tonight. baby is 7 wks',
    'how many of her antidepressants would it take',
    'my sister is 2 months pp and told me shes got it all sorted and has written letters for everyone. she was weirdly calm about it. what does that mean',
    'she wrote letters to everyone and said she has it all sorted',
    '8 weeks pp. ive been quietly working out which night hubby is on shift so i can do it without anyone stopping me. is this what ppd does',
    'once he is at work i can do it without anyone stopping me',
    'shes barely eating, hasnt showered in a week and says shed be doing us all a favour if she just went away. baby is 6 weeks',
    'my daughter is so poorly now she barely talks, hasnt eaten today and told me she cant see the point in any of it. baby is 4 months',
    'i cant see the point in any of it anymore',
  ])('"%s" is a crisis, not a low-mood check', (text) => {
    expectRuleLevel(text, 'emergency', 'crisis');
  });

  it.each([
    'how many paracetamol can i take while breastfeeding',
    'i wrote thank you cards for everyone who visited',
    'i cant see the point in pumping if she wont take a bottle',
  ])('"%s" is no red flag', (text) => {
    expectNoRuleFlag(text);
  });
});

describe('crisis 6. seeing things move, told as tiredness', () => {
  it.each([
    'ive been seeing little things move in the corner of my eye when im exhausted, 4 weeks pp. is that just tiredness?',
    'i keep seeing things move out of the corner of my eye',
  ])('"%s" is a crisis', (text) => {
    expectRuleLevel(text, 'emergency', 'crisis');
  });
});

describe('unresponsive: tried everything to wake her for a feed and she slept on', () => {
  it.each([
    '2 day old has been asleep since 11am and its 6pm. i undressed her, tickled her feet, she just stays asleep',
    'day 4, he slept 5 hours and nothing would wake him for a feed, we tried everything',
    'we stripped him off and used a cold flannel and he just stayed asleep, 5 days old',
  ])('"%s" is an emergency', (text) => {
    expectRuleFlag(text, 'baby-unresponsive', 'emergency', 'emergency');
  });

  it.each(['i change her nappy at night and she stays asleep, is that ok', 'nothing wakes him, not even the hoover, he sleeps so well'])('"%s" is no red flag', (text) => {
    expectNoRuleFlag(text);
  });
});

describe('skin: spots that stay when pressed, in other words than the glass test', () => {
  it.each([
    'reddish purply dots all over his back and they dont get any lighter when i press on them, 3 wk old',
    'three week old came up in a spray of dots across her chest, i pushed on them and they stayed dark, and shes not bothered about feeding today',
    'little red dots round his nappy area that dont look like normal nappy rash, they wont fade when i press them and hes off his milk. 6 weeks',
  ])('"%s" is an emergency', (text) => {
    expectRuleFlag(text, 'baby-skin-rash', 'emergency', 'emergency');
  });

  it.each(['i pressed a glass on the spots and they faded straight away', 'tiny white spots on his nose that dont look like nappy rash, more like milia'])('"%s" is no red flag', (text) => {
    expectNoRuleFlag(text);
  });
});

describe('not feeding: few feeds over a day, a baby kept awake with effort, asleep since the last feed', () => {
  it.each([
    'since the ventouse he screams when i put him to the breast. 3 days old and hes had maybe 2 good feeds in 24 hours',
    'my 10 day old only had 2 feeds in 24 hours',
    '2 wk old, only 5 feeds since yesterday and its hard work keeping him awake on the boob',
    '5 day old only wakes to feed about 6 times a day, weve let her sleep because she seems content',
    'she fed at 6 this morning and its gone 1pm, shes been asleep in the sling the whole time. should i be waking her? 8 days old',
    'our little one came at 35 weeks and keeps dropping off to sleep after a couple of sucks. only managed 6 feeds yesterday',
  ])('"%s" is urgent today', (text) => {
    expectRuleFlag(text, 'baby-not-feeding', 'urgent_today', 'urgent_today');
  });

  it.each(['she had 3 bottles in 24 hours and is 8 months on solids', 'he fed at 7 this morning and again at 10 and 1, hes 3 weeks'])('"%s" is no red flag', (text) => {
    expectNoRuleFlag(text);
  });
});

describe('dirty nappies: no meconium by 30 hours, pooing stopped, one poo on day 5', () => {
  it.each([
    'home birth yesterday morning, its now about 30 hours and still no black sticky poo at all',
    'my 6 day old was pooing after every feed and now nothing for a day and a half',
    '5 day old breastfed, only had one yellowish poo today',
  ])('"%s" is urgent today', (text) => {
    expectRuleFlag(text, 'baby-dirty-nappies', 'urgent_today', 'urgent_today');
  });
});

describe('low mood: told as watching her own life, a sobbing wreck for weeks, a partner gone quiet, no love yet', () => {
  it.each([
    'feel like im watching my own life from across the room. weeping at the mirror most days. shes 8 weeks and gorgeous so whats wrong with me',
    'prem twin mum. ive been a sobbing wreck for 3 weeks straight, cant eat, feeding round the clock every 3 hours',
    'my girlfriend has gone really quiet since the baby came 5 weeks ago, sleeps all day when my mum takes the baby and hardly eats',
    'my husband sleeps through it all and i sit up crying with her most nights, completely alone. its been months, shes 5 months now',
    'i still cant say i love her and shes 3 months. i do everything by the book but theres nothing there',
    'from day 4 in hospital ive felt this dread every evening and its now week 6',
  ])('"%s" is a low-mood check this week', (text) => {
    expectRuleFlag(text, 'mother-low-mood', 'soon', 'soon');
  });

  it.each(['she was a sobbing wreck at her 6 week jabs, how do i calm her', 'i still cant say i love her enough, she is 3 months and amazing'])('"%s" is no red flag', (text) => {
    expectNoRuleFlag(text);
  });
});

describe('milk not in: not filled, half in with the weight off, breasts as in pregnancy after a big bleed', () => {
  it.each([
    'boobs barely changed all pregnancy and on day 5 theyve still not filled at all. big gap between them, the lc mentioned igt. baby screaming after every feed',
    'day 5 and my milk only seems to have half come in, hes still starving after every feed and lost more weight',
    'i lost a lot of blood after the birth and now on day 4 my boobs feel exactly how they did in pregnancy. baby is really unsettled',
  ])('"%s" is urgent today', (text) => {
    expectRuleFlag(text, 'mother-milk-not-in', 'urgent_today', 'urgent_today');
  });

  // Day 4 (72 to 96 hours) without a risk or the baby off track stays with the milk-late dialog: the rule's
  // threshold at 3 flagged in-scope questions of eval/real-questions/train.yaml ("day 4, no engorgement").
  it.each(['day 4, no engorgement, but she has loads of wet nappies. has my milk come in or not?', 'ive been exclusively pumping for 6 weeks, getting about 500ml total a day'])('"%s" is no red flag', (text) => {
    expectNoRuleFlag(text);
  });
});

describe('under-escalated on train: jaundice with a baby who has stopped reacting as before', () => {
  it('"baby is yellow and has stopped startling at loud noises, she\'s also much sleepier than she was. 5 days old" is an emergency', () => {
    expectRuleFlag("baby is yellow and has stopped startling at loud noises, she's also much sleepier than she was. 5 days old", 'baby-jaundice', 'emergency', 'emergency');
  });

  it('"my 3 week old has stopped startling at loud noises, could she be deaf?" (no yellow) is no red flag', () => {
    expectNoRuleFlag('my 3 week old has stopped startling at loud noises, could she be deaf?');
  });
});

describe('not feeding: three feeds or fewer in all since a birth a day or more ago', () => {
  it.each(['born 2 weeks early and exhausted, hes 30 hours old and has still only had 2 proper feeds', '30 hours old, 2 good feeds since birth and lots of skin to skin'])(
    '"%s" is urgent today',
    (text) => {
      expectRuleFlag(text, 'baby-not-feeding', 'urgent_today', 'urgent_today');
    },
  );

  it.each(['my 3 day old has had 3 feeds so far today', 'he is 5 hours old and has had 2 feeds so far, is that enough'])('"%s" (part of a day, or the day of birth) is no red flag', (text) => {
    expectNoRuleFlag(text);
  });
});
