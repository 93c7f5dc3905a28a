import { ruleExpectations } from '../../support/rule-expectations';
import { firstTurn, sharedEngine, sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, the known misses of this round: real red flags main answered, asked about or referred. Each
// message the review found, and variants of our own (other tense, person, typo, number), must end as a red
// flag from a rule (certain), at the level of its RED-FLAGS.md row, with that row's wording.

beforeAll(() => {
  sharedEngine();
}, 60_000);

const triage = sharedRuleTriage();

const { expectRuleFlag } = ruleExpectations(triage);

describe('1. a glass test told in the first person, with no baby named, is the baby’s test', () => {
  it.each([
    'i did the glass test and the rash hasnt faded',
    "i pressed a glass on the rash and it didn't fade",
    'i did the glass test on the spots and they didnt fade',
    "did the glass test and it didn't go white",
    'i rolled a glass over the spots on her leg and they stayed',
    'we did the glas test, the marks are still there',
    'rolled a glass over it and it stayed red',
    'i done the glass test on her rash, still there',
    'just pressed a tumbler on it and it didnt go away',
    "done the glass test twice now, it doesn't fade",
  ])('"%s" is an emergency on the rash row', (text) => {
    expectRuleFlag(text, 'baby-skin-rash', 'emergency', 'emergency');
  });

  // RED-FLAGS.md has no row for the writer's own rash, but a rash that does not fade under a glass is a sign of
  // serious illness at any age: when unsure, escalate (the level's message and the rule's `means` name no baby).
  it.each(["i have a rash that doesnt fade under a glass", "i've got spots on my arms that dont go white when i press a glass on them"])(
    '"%s" (the writer’s own) is escalated too',
    (text) => {
      expectRuleFlag(text, 'baby-skin-rash', 'emergency', 'emergency');
    },
  );

  it.each(['i did the glass test and it all faded', 'did the glass test and they went away', 'did the glass test on the rash on my arm and it went white under the glass', 'i did the glass test and its fine'])(
    '"%s" (the test told as reassuring) is no red flag',
    (text) => {
      expect(firstTurn(text).trace.route).not.toBe('red_flag');
    },
  );
});

describe('2. breaths counted over part of a minute are scaled to a minute', () => {
  it.each([
    'i counted 35 in 30 seconds',
    '36 in half a minute',
    'she took 18 breaths in 15 seconds',
    'counted his breaths, 32 in 30 secs',
    "she's breathing 35 times in 30 seconds",
    'thirty six in thirty seconds, is that fast?',
  ])('"%s" is fast breathing, an emergency', (text) => {
    expectRuleFlag(text, 'baby-breathing-seizure', 'emergency', 'emergency');
  });

  it.each(['i counted 25 in 30 seconds', 'counted 40 heartbeats in 15 seconds'])('"%s" is not 60 breaths a minute', (text) => {
    expect(triage(text, [], {})?.row).not.toBe('baby-breathing-seizure');
    expect(firstTurn(text).trace.redFlag?.ruleId).not.toBe('baby.breathing_seizure');
  });
});

describe('3. a temperature and an age are bound to the baby they are told of', () => {
  it.each([
    "i'm 35 years old and my newborn has a temperature of 38.5",
    'my 3 year old has chickenpox and the baby has a temperature of 38.3',
    "my sister's baby is 6 months, mine is 3 weeks and has 38.2",
    'my 2 year old and the baby both have temperatures, the baby is 38.6 and very sleepy',
    'im 28 and my 10 day old has a temp of 38.1',
    'my 4 year old had a fever last week and now the baby is 38.4',
    'my friends baby is 5 months old and mine is 2 weeks old and has a temp of 38.4',
    // From the review of s5-rf-nm: escalated only once both that branch's fix and this round's ages were merged.
    'my friends 5 month old and my 2 week old both have temps, mine is 38.3',
  ])('"%s" is a young baby’s fever, an emergency', (text) => {
    expectRuleFlag(text, 'baby-temperature', 'emergency', 'emergency');
  });

  it.each(['my 1 year old has a temperature of 38.5', 'my baby girl is now 1 year old and has a temp of 38.5'])(
    '"%s" is an older baby’s 38 °C, not the young baby rule',
    (text) => {
      expect(triage(text, [], {})?.row).not.toBe('baby-temperature');
    },
  );
});

describe('4. hours as an age: jaundice in the first 24 hours', () => {
  it.each(['is very yellow and only 18 hours old', 'looks yellow and just 20 hours old', 'quite yellow at only 12 hours old', 'my son is yellow and he is 10 hours old', 'looks yellow and only a day old', 'is yellow at 20 hours old'])(
    '"%s" is jaundice in the first day, urgent today',
    (text) => {
      expectRuleFlag(text, 'baby-jaundice', 'urgent_today', 'urgent_today');
    },
  );
});

describe('5. the present age wins over an age told as then', () => {
  it.each([
    "orange crystals in her nappy, she was 2 days old when I first saw them, she's 5 days now",
    "brick dust in his nappy, he was only a day old when it started but he's 6 days old now",
    'pinky orange crystals in the nappy, first saw them when she was 2 days old, she is 4 days old today',
  ])('"%s" reads urates after day 3', (text) => {
    expectRuleFlag(text, 'baby-wet-nappies', 'urgent_today', 'urgent_today');
  });

  it('keeps the age now when a sign was first seen on an earlier day', () => {
    expectRuleFlag('he was born 4 days ago, on day 2 he had orange crystals in his nappy and still does', 'baby-wet-nappies', 'urgent_today', 'urgent_today');
  });

  it('still reads urates on day 2 as urates, not a red flag', () => {
    expect(triage('orange crystals in her nappy, she is 2 days old', [], {})).toBeUndefined();
  });
});

describe('6. a general question, then the writer’s own baby doing it now', () => {
  it.each([
    ['is it normal for a baby to breath really fast and grunt?? shes 2 weeks and doing it right now', 'baby-breathing-seizure'],
    ['does a newborn need hospital for a rash that doesnt fade under a glass? found one on her leg', 'baby-skin-rash'],
    ['is it true that a newborn can have a fit while feeding? mine went stiff and jerked for a minute', 'baby-breathing-seizure'],
    ['how common is it for a newborn to stop breathing for 15 seconds? she did it twice tonight', 'baby-breathing-seizure'],
    ['is it normal for a newborn to grunt and breathe fast? my son is doing it right now', 'baby-breathing-seizure'],
    ['how common is it for babies to stop breathing for 20 seconds? he did that 3 times last night', 'baby-breathing-seizure'],
    ['can a baby have a seizure in their sleep? ours just did', 'baby-breathing-seizure'],
    ['what does a seizure look like in a newborn? i think he just had one', 'baby-breathing-seizure'],
    ['can newborns get a temperature from being wrapped up? mine is 38.4 now', 'baby-temperature'],
    ['is it normal for newborns to breathe fast? my 3 week old has been doing it all evening', 'baby-breathing-seizure'],
  ])('"%s" escalates on %s', (text, row) => {
    expectRuleFlag(text, row, 'emergency', 'emergency');
  });

  it.each(['is it normal for a baby to breath fast and grunt? mine doesnt', 'what does newborn jaundice look like? she is 3 days old'])('"%s" stays a general question', (text) => {
    expect(triage(text, [], {})).toBeUndefined();
  });
});

describe('7. an overdose told with no one named is the writer’s own', () => {
  it.each(['took a handful of pills', 'took a load of tablets last night', 'swallowed a handful of pills an hour ago', 'have taken a load of pills', 'took loads of tablets earlier'])(
    '"%s" gets the crisis wording for the writer',
    (text) => {
      expectRuleFlag(text, 'mother-mental-health', 'emergency', 'crisis');
    },
  );

  it.each(['my wife took a handful of pills', 'she took a load of tablets last night'])('"%s" gets the words for a partner', (text) => {
    expectRuleFlag(text, 'mother-mental-health', 'emergency', 'crisis_partner');
  });
});

describe('8. train-4 misses, by kind', () => {
  it.each([
    // Old blood in sick told as dark brown gritty bits; red flecks in poo are blood, not urates; milk that came back up.
    ['my nipples have scabbed over from the bad latch and this morning at 4 days old she brought up milk with dark brown gritty bits in it', 'baby-blood', 'urgent_today'],
    ['he was sick after his feed and there were dark brown bits in it, 9 days old', 'baby-blood', 'urgent_today'],
    ['one of my twins has been doing really stringy mucusy poos with red flecks for two days, the other is fine. 6 weeks', 'baby-blood', 'urgent_today'],
    ['little specks of red in her poo since yesterday, 5 weeks', 'baby-blood', 'urgent_today'],
    ['pink streaky milk came back up after his feed, two times today. 3 weeks old', 'baby-blood', 'urgent_today'],
    // Urates named without a nappy word; "a week and a half"; a count of wet nappies told as counted.
    ["formula fed and still seeing orange crystals at 10 days, he's only taking about 40ml a feed", 'baby-wet-nappies', 'urgent_today'],
    ['shes a week and a half now and im still seeing a brick coloured smear in her wet nappies', 'baby-wet-nappies', 'urgent_today'],
    ['still pink crystals at 8 days old', 'baby-wet-nappies', 'urgent_today'],
    ["week 1 guide says 6+ wet nappies by the end of the first week, we're on day 7 and i've only counted 3 today and he seems hungry all the time", 'baby-wet-nappies', 'urgent_today'],
    // Short feeds ending in sleep; a feed he can't be got to take; hours between "at 8" and "4am".
    ["he's 5 days and sleeping 4 to 5 hours at a stretch twice a day, i have to really work to get him to feed, and he only manages a few minutes", 'baby-not-feeding', 'urgent_today'],
    ['my 6 day old has gone 5 hours in the day without waking and when i woke her she fed for 2 minutes and fell asleep again, this is the third time today', 'baby-not-feeding', 'urgent_today'],
    ['she only fed for a few minutes and fell asleep again, so sleepy, 4 days old', 'baby-not-feeding', 'urgent_today'],
    ["new dad, the baby has had one feed since my wife went to bed at 8. it's 4am. he's 6 days old and i can't get him to take the bottle of expressed milk, he just sleeps", 'baby-not-feeding', 'urgent_today'],
    ["last fed at 9, it's 5am now and i couldn't get her to take the breast, 10 days old", 'baby-not-feeding', 'urgent_today'],
    // A pad filled every hour or less; winded doing little; confused and so cold.
    ["bleeding has suddenly got really heavy at 10 days, i'm filling a pad every 45 minutes and feel light headed when i stand", 'mother-physical', 'emergency'],
    ["i'm going through a pad every 50 mins, 6 days after the birth", 'mother-physical', 'emergency'],
    ['changing pads every half hour since this morning', 'mother-physical', 'emergency'],
    ["i get winded just doing the washing up and my heart pounds and flutters, baby is a month old. doctor said its anaemia but it's getting worse", 'mother-physical', 'emergency'],
    ["two days after getting home i've got awful back pain and keep stumbling, feel confused and so cold i'm in a jumper in summer. mum says go to A&E", 'mother-physical', 'emergency'],
    ["feel really muddled and i'm shivering under two duvets, 5 days after my section", 'mother-physical', 'emergency'],
    // A loss told in pounds with no weight given; the writer's own loss is not the baby's (below).
    ["everyone kept saying she was thriving but she looked skinny to me, and at the 3 week check she'd dropped nearly 2 pounds since we came home", 'baby-weight-loss', 'urgent_today'],
    ['my son has lost a pound and a half since birth, 10 days old', 'baby-weight-loss', 'urgent_today'],
    // Yellow with poor feeding: "not nursing well".
    ["4 days old and she's started looking yellow, also really sleepy overnight and not nursing well, barely latching for a minute before dozing", 'baby-jaundice', 'emergency'],
  ])('"%s" escalates on %s', (text, row, level) => {
    expectRuleFlag(text, row, level, level);
  });

  it.each([
    ["every time i make a cup of tea i'm terrified i'm going to pour it on him, and i keep picturing him in the tumble dryer. i feel like a monster"],
    ["i get so angry when he won't settle that i have to put him down and walk away. i've never hurt him but i'm scared of how angry i get. 7 weeks"],
    ['i keep picturing her in the washing machine and it makes me feel sick'],
    ["i'm scared of how angry i get with her when she won't stop crying"],
  ])('"%s" gets the calm reply to intrusive thoughts, and the crisis line', (text) => {
    expectRuleFlag(text, 'mother-mental-health', 'emergency', 'crisis_intrusive');
  });

  it.each(["i'm changing my pad every 4 hours, is that normal?", "i've lost 2 pounds this week, is that the breastfeeding", 'i get him winded after every feed', 'she fed for 20 minutes and fell asleep, 3 weeks, lots of wet nappies', 'she fed for 25 minutes and fell asleep again, 2 weeks old'])('"%s" is no red flag', (text) => {
    expect(triage(text, [], {})).toBeUndefined();
  });
});

describe('9. the train-5 widenings leave these near misses alone', () => {
  it.each([
    "dh here - my wife has been crying on and off since the birth 4 days ago but she's feeding the baby well",
    "his nappy was wet at 8 last night and again at 8 this morning, lots of wet ones",
    'she is 3 days old and fed 10 times yesterday, a bit yellow but wide awake and feeding well',
  ])('"%s" is no red flag', (text) => {
    expect(triage(text, [], {})).toBeUndefined();
  });
});

describe('9b. train-5 misses, by kind', () => {
  it.each([
    // Yellow with poor feeding told as a count of feeds from a sleepy baby (RF jaundice note: emergency).
    ['she is 5 days, so sleepy she only fed 5 times yesterday, and she has gone a little yellow', 'baby-jaundice', 'emergency'],
    ['only 6 feeds in the last day because he is so sleepy, and his eyes look yellow. 6 days old', 'baby-jaundice', 'emergency'],
    ['my 4 day old is yellowish and really sleepy, she has had just 4 feeds since yesterday morning', 'baby-jaundice', 'emergency'],
    // Wakings counted as feeds: "only woke 4 times to feed".
    ["my friend's 11 day old is very sleepy and yellow and only woke 4 times yesterday to feed", 'baby-jaundice', 'emergency'],
    ['10 days old, yellow and sleepy, he woke just 3 times in the night to feed', 'baby-jaundice', 'emergency'],
    ["she's yellow all over and dozy, only wakes 5 times a day for a feed, 8 days old", 'baby-jaundice', 'emergency'],
    // "Hasn't really sucked" is poor feeding.
    ["3 days old, hasn't really sucked since this morning and he looks yellow, so sleepy", 'baby-jaundice', 'emergency'],
    ["her skin has a yellow tint and she hasn't properly sucked all day, 5 days", 'baby-jaundice', 'emergency'],
    ['he looks yellow to me and he barely sucks at all now, day 4', 'baby-jaundice', 'emergency'],
    // Hard to wake told with the baby as object: "i can barely rouse him".
    ["he sleeps day and night, i can barely rouse him to feed and he's 5 days old. midwife says he's just laid back", 'baby-unresponsive', 'emergency'],
    ['we can hardly wake her for feeds, 6 days old', 'baby-unresponsive', 'emergency'],
    ['i can barely get him to wake up, 2 weeks old', 'baby-unresponsive', 'emergency'],
    // Faintness told as the room spinning or nearly going down.
    ["a few days after coming home i feel weak and cold, and when i stood up to feed him the room spun and i almost went down", 'mother-physical', 'emergency'],
    ['the room was spinning when i got out of bed for the 3am feed, bleeding is normal', 'mother-physical', 'emergency'],
    ['nearly keeled over changing her nappy this morning, 4 days postpartum', 'mother-physical', 'emergency'],
    // A long sleep told as "slept right through" in the first days.
    ['our 2 day old slept right through the night, about 7 hours, is that ok?', 'baby-not-feeding', 'urgent_today'],
    ['4 days old and he sleeps right through from 10 till 5 without a feed, 7 hours', 'baby-not-feeding', 'urgent_today'],
    ['she slept straight through for eight hours last night and shes only 3 days', 'baby-not-feeding', 'urgent_today'],
    // Blue told as "look bluish", or on the forehead.
    ['his face and chest look bluish while he sleeps, 10 days old', 'baby-breathing-seizure', 'emergency'],
    ['her forehead looks a bit blue when she is asleep, she is 2 weeks', 'baby-breathing-seizure', 'emergency'],
    ['2 week old, his chest looks blueish when he sleeps and he goes quiet then snorts', 'baby-breathing-seizure', 'emergency'],
    // "Hardly interested in his feeds" with a sleepy baby.
    ["came home from neonatal last week and today he's hardly interested in his feeds and sleepier than ever", 'baby-not-feeding', 'urgent_today'],
    ['our preemie is barely interested in feeding today and so sleepy', 'baby-not-feeding', 'urgent_today'],
    ["she's not really interested in the breast today, very sleepy, 9 days old", 'baby-not-feeding', 'urgent_today'],
    // A nappy still dry from a bare "at 8" to "8 this morning": twelve hours.
    ["put a fresh nappy on him at bedtime at 8 and it's still completely dry at 8 this morning, 4 weeks old", 'baby-wet-nappies', 'urgent_today'],
    ['changed her at 7 and her nappy is still dry at 7am, she is 3 weeks', 'baby-wet-nappies', 'urgent_today'],
    ["his nappy is still bone dry since 10pm and it's 7am now, 2 weeks old", 'baby-wet-nappies', 'urgent_today'],
    // Low mood told as withdrawing from friends, over two weeks.
    ["my wife cries now and then but says she's fine, it's been almost 2 months and she won't see her friends any more", 'mother-low-mood', 'soon'],
    ["for about 6 weeks now i don't want to see anyone, baby is feeding fine", 'mother-low-mood', 'soon'],
    ["she won't see any friends and hardly leaves the house, that's been a couple of months now", 'mother-low-mood', 'soon'],
  ])('"%s" escalates on %s', (text, row, level) => {
    expectRuleFlag(text, row, level, level);
  });
});

describe('10. train-5 intrusive thoughts get the calm reply with the crisis line', () => {
  it.each([
    // Dropping the baby told as "what would happen if i dropped him".
    ['5 weeks after the birth i had an awful thought about what would happen if i dropped her down the stairs, now i hate carrying her up'],
    ['keep getting this image of what might happen if i dropped him off the landing'],
    ["had a horrible thought last night, what if i dropped him over the banister. is that normal?"],
    // Pictures of the baby being hurt.
    ['i get these flashes of him being hurt and i cant stop them'],
    ['awful images of him getting hurt keep popping into my head, 3 weeks postpartum'],
    // An urge to let go of the pram.
    ["out walking with the pram i get this urge to let go by the busy road. i never would, but it scares me"],
    ['i keep having an urge to let go of the buggy when we cross the road'],
    ['pushing him in the pram and the urge to let go comes every time we are near traffic'],
  ])('"%s"', (text) => {
    expectRuleFlag(text, 'mother-mental-health', 'emergency', 'crisis_intrusive');
  });

  // Told by a partner, the partner's wording of the crisis reply.
  it.each([['my partner is scrubbing everything and crying, she says she keeps seeing pictures of the baby being hurt']])('"%s" (a partner telling)', (text) => {
    expectRuleFlag(text, 'mother-mental-health', 'emergency', 'crisis_partner');
  });
});

// Issue 11, train-7 (s7-rf-mind): the mind rows' misses of the seventh writer's batches, by kind. Each kind
// in our own words and two variants; the rules alone escalate them at the row's level.
describe('11. train-7 crisis misses, by kind', () => {
  it.each([
    // An accident or illness wished for, for the rest it would bring.
    ["honestly if a lorry hit me tomorrow at least i'd get some rest in hospital, 6 weeks in", 'crisis'],
    ['i keep dreaming about getting hit by a car, nothing fatal, just so i could lie in a hospital bed', 'crisis'],
    ["wish i'd get knocked down by a bus so someone else would take over for a while. baby is 2 months", 'crisis'],
    // Not being here, in softer words: waking up elsewhere, finding peace, fading away, gone soon.
    ['i just want to shut my eyes and wake up somewhere else, every single day', 'crisis'],
    ['my wife told me she just wants to find peace. our son is 5 weeks', 'crisis_partner'],
    ['sometimes i think nobody would even notice if i just faded away. 3 month old', 'crisis'],
    ["my girlfriend keeps whispering to our daughter that she won't have to put up with her mum for long", 'crisis_partner'],
    ["the baby deserves better and that'll be me gone soon", 'crisis'],
    ['i just want to sleep and never wake up again', 'crisis'],
    // Ending it for the family together, or taking the baby along.
    ['lying next to them i thought we should all go together, me and the kids', 'crisis'],
    ["my wife said she'd take the baby with her if she goes and wouldn't say where", 'crisis_partner'],
    // A means: a car in a closed garage, a plastic bag searched for, means handed over to be hidden.
    ['i keep thinking about sitting in the car in the garage with the engine running', 'crisis'],
    ["she's been googling the plastic bag thing, i saw it on the laptop", 'crisis'],
    ['my wife asked me to hide the car keys from her and wont tell me why', 'crisis_partner'],
    ['she begged me to lock away all her tablets and only give her one a day', 'crisis'],
    // Goodbyes: a letter saying sorry, treasured things given away, affairs put in order "just in case".
    ['she wrote me a letter saying sorry for everything and that she failed', 'crisis'],
    ['my sister gave away her favourite jewellery last week and wrote letters to the kids', 'crisis_partner'],
    ["i've made a list of where all the important stuff is and the passwords, just in case", 'crisis'],
    // Indirect wishes and plans.
    ["life doesn't feel worth living at the moment, she's 3 months", 'crisis'],
    ['life doesnt seem worth living anymore. 7 weeks', 'crisis'],
    ["my partner said she wishes she'd died giving birth", 'crisis_partner'],
    ["i wish i'd died in the birth", 'crisis'],
    ["she said on the phone she'd be doing everyone a favour", 'crisis_partner'],
    ['lying in the bath i think how easy it would be to slip under', 'crisis'],
    ["i've been thinking of ways out. baby is 5 weeks", 'crisis'],
    ["tonight i am going to do it, i've decided", 'crisis'],
    ['dont want to b here anymore. 3 wk old', 'crisis'],
    ['i wanna disappear fr', 'crisis'],
    ['some nights i think about not being here anymore', 'crisis'],
    ["if i fell asleep at the wheel it wouldn't be the worst thing", 'crisis'],
    // Self-harm named as "the … thing" done again.
    ['did the cutting thing again last night, baby is 8 weeks', 'crisis'],
    // Psychosis told by what she does: silent and staring, afraid of her own mother's food, things nobody
    // else saw, pages written for hours, cries heard as messages, a neighbour coming for the baby.
    ["my wife hasn't said a word since yesterday and just stares at the wall, she won't feed herself", 'crisis_partner'],
    ["she's suddenly scared of her own mother and won't eat anything her mum makes", 'crisis_partner'],
    ['my wife says there was nothing there but i saw a huge spider run across the ceiling and heard the baby crying when he was asleep', 'crisis'],
    ['since the birth she has been writing for hours every night, hundreds of pages', 'crisis_partner'],
    ["she says the baby's cries are messages meant for her", 'crisis_partner'],
    ["she thinks everyone at work is talking about her behind her back and the baby's cries are messages to her", 'crisis_partner'],
    ["i know his family want to take him away from me, they've never done anything, i just know", 'crisis'],
    ["she's convinced the woman next door is coming to take the baby", 'crisis_partner'],
    ['she keeps saying something catastrophic is coming for us all, 4 days after the birth', 'crisis_partner'],
  ])('"%s" gets the crisis line (%s)', (text, message) => {
    expectRuleFlag(text, 'mother-mental-health', 'emergency', message);
  });
});

describe('12. train-7 intrusive thoughts, by kind, get the calm reply with the crisis line', () => {
  it.each([
    // The baby seen falling or hurt, not only "pictured".
    ['every time i walk down the stairs with him i see him slipping out of my arms and hitting the floor'],
    ['i can see her falling out of my arms onto the tiles whenever i carry her'],
    ['i picture him getting run over every time we cross the road'],
    // A fear told as "i think i'm going to" scald or hurt the baby.
    ["i keep thinking i'm going to scald him when i make a cup of tea"],
    ["i think i'm going to burn her with the kettle, so i won't make a hot drink near her"],
    ["scared i'll scald her in the bath"],
    // Biting, told with what it leaves.
    ['i keep picturing biting down on his arm till he bleeds, i would never'],
    // Harm thoughts told sideways: walking away "before i do anything", understanding why people hurt
    // babies, thoughts she does not want or dare tell, images of abuse, fear of her own hands, harm coming.
    ['when he screams i put him down and leave the room before i do anything i regret'],
    ['i finally understand why parents shake their babies, i would never but i get it'],
    ['i get why people hurt their kids now. 6 weeks and no sleep'],
    ["i keep having thoughts i don't want about my baby and i can't say them"],
    ["i daren't tell the health visitor what goes on in my head in case they take him"],
    ['i had a horrible image of abusing her pop into my head during bath time'],
    ["i'm scared of what my hands might do when she won't stop crying"],
    ['i keep imagining her coming to harm, being snatched from the pram'],
  ])('"%s"', (text) => {
    expectRuleFlag(text, 'mother-mental-health', 'emergency', 'crisis_intrusive');
  });
});

describe('13. train-7 low mood, by kind (RF: low mood most days for more than 2 weeks, soon)', () => {
  it.each([
    // In bed most of the day, over weeks.
    ['my wife spends all day in bed since the baby came, 5 weeks now'],
    ['she has been in bed most of the last month and barely eats'],
    ['i stay in my room all day, it has been 3 weeks'],
    // The mother crying, where or how often, with how long told in its own sentence.
    ["i cry at the sink every night. it's been three months of this"],
    ['i sob in the bathroom every morning. 6 weeks now'],
    ["my wife cries every evening, it's been like that for 5 weeks"],
    ["7 weeks in and i feel nothing inside. it's like a wall. i cry every night"],
    // Words for it: autopilot, the darkness, blaming herself, not laughing, "told everyone i'm fine".
    ["feel like i'm on autopilot since he was born, 2 months now"],
    ["the darkness came when we got home and it's been a month"],
    ["i can't function, i just keep blaming myself, 5 weeks since the birth"],
    ["i told everyone i'm fine for months but i'm not"],
  ])('"%s"', (text) => {
    expectRuleFlag(text, 'mother-low-mood', 'soon', 'soon');
  });

  // With train-9 learnt (s11-rf-recall) the net holds the crisis row above crisis_lean's share for a partner who
  // "doesn't laugh at anything": the rule still reads low mood, and the whole turn gives the crisis line first
  // (when in doubt, the crisis line), never less than the rule's.
  it('"my partner doesn\'t laugh at anything anymore, our son is 10 weeks" is low mood by the rule, soon or above from the whole turn', () => {
    const text = "my partner doesn't laugh at anything anymore, our son is 10 weeks";
    const found = triage(text, [], {});
    expect({ row: found?.row, level: found?.level, rule: found?.ruleId }).toEqual({ row: 'mother-low-mood', level: 'soon', rule: 'mother.low_mood' });
    const { trace, replies } = firstTurn(text);
    expect(trace.route).toBe('red_flag');
    expect(['soon', 'emergency']).toContain(trace.redFlag?.level);
    expect(replies.some((reply) => reply.kind === 'answer')).toBe(false);
  });

  // Left alone (near misses of the batches): the blues told at under two weeks, and a colour.
  it.each([
    ["hes 13 days old and i still cry every evening for no reason, then feel fine in the morning. is this still the blues?"],
    ["how come my son's hands and feet turn a purply blue colour when he's been out of his sleepsuit for a bit? the rest of him stays pink, lips too, 6 weeks and feeding well"],
    ['he cries every evening for hours, 5 weeks old, is that colic?'],
  ])('"%s" raises no low-mood rule', (text) => {
    expect(triage(text, [], {})?.row).not.toBe('mother-low-mood');
  });
});

// Issue 11, train-7 (s7-rf-mind): crises the learned check alone caught on main, now caught by a rule.
describe('14. train-7 crises caught by the learned check alone are now rules', () => {
  it.each([
    // A crash or a fall pictured, a car driven off for good, not feeling safe.
    ['driving home i get a flash of swerving into an oncoming lorry, every time', 'crisis'],
    ['i keep thinking about steering into the oncoming traffic on the bypass', 'crisis'],
    ["every time i'm on the balcony i picture myself going over", 'crisis'],
    ['i want to get in the car and just keep driving and not come back', 'crisis'],
    ["i don't feel safe at home on my own with the baby anymore", 'crisis'],
    ["honestly i don't think i am safe tonight", 'crisis'],
    // Not waking up, told with "just", a prayer, or "that would be ok".
    ["if i go to sleep tonight and just don't wake up that would be ok with me", 'crisis'],
    ['i pray every night that i just dont wake up', 'crisis'],
    ['i keep thinking of ways it could all end', 'crisis'],
    ["i've had enough, dont try and talk me out of it", 'crisis'],
    ["she said if i'm not here tomorrow tell the baby i loved her", 'crisis'],
    // A razor got out and sat with, after self-harm years ago.
    ['used to cut years ago, last night i got the razor out and sat with it', 'crisis'],
    // Psychosis: senses too bright, the dead talking, a figure at the bed, thoughts not her own, neighbours
    // plotting, listening devices, knowing the baby's thoughts, not knowing her family, still pregnant.
    ["she says colours are brighter and sounds are louder and she hasnt slept in 3 nights", 'crisis_partner'],
    ["my sister's dad died in 2019 and she says he has been talking to her, she hasnt slept for days", 'crisis_partner'],
    ["my partner swears there's a man standing at the end of our bed at night and she barely sleeps", 'crisis_partner'],
    ['i feel like my thoughts are not mine anymore since the baby came', 'crisis'],
    ["she's convinced the man upstairs is planning to do something to us", 'crisis_partner'],
    ['she says the government is listening through the baby monitor', 'crisis_partner'],
    ['my wife says she can feel what the baby is thinking', 'crisis_partner'],
    ["she doesn't recognise her husband and asked me who the baby was", 'crisis_partner'],
    ['she keeps saying she is still pregnant and the baby in the cot belongs to someone else', 'crisis_partner'],
    ['my wife says the baby has a real mum somewhere else', 'crisis_partner'],
    ['she hears her name being called when nobody is home', 'crisis_partner'],
    ["since she had the baby she's been singing loudly and cleaning the house every night, not slept", 'crisis_partner'],
    ['dad here, 4 nights of zero sleep and she says she has a special job to protect all the babies', 'crisis_partner'],
  ])('"%s" gets the crisis line (%s)', (text, message) => {
    expectRuleFlag(text, 'mother-mental-health', 'emergency', message);
  });

  it.each([
    ['i keep getting a picture of letting his head go under in the bath'],
    ["i don't let myself be alone with him anymore"],
    ["i can't stop thinking dark stuff about myself and the baby"],
  ])('"%s" gets the calm intrusive-thoughts reply', (text) => {
    expectRuleFlag(text, 'mother-mental-health', 'emergency', 'crisis_intrusive');
  });

  // Breasts that feel like someone else's on day 3 are engorgement, not a baby said to be someone else's.
  it('"… my boobs … feel like they belong to someone else, milk coming in?" raises no crisis rule', () => {
    expect(triage('day 3 and my boobs are rock hard and hot and feel like they belong to someone else, milk coming in?', [], {})?.row).not.toBe('mother-mental-health');
  });
});

describe('15. the train-7 widenings leave these ordinary messages alone', () => {
  it.each([
    'we should all go together to the park this weekend',
    'gave away all my baby clothes from my first, 3 months pp',
    'i gave away my favourite maternity jeans today, baby is 8 weeks',
    "my husband says the health visitor is coming to take the baby's weight on monday",
    'my mum thinks the woman next door is lovely and wants to take the baby out',
    "the baby's cries are signals of hunger, right?",
    'my wife wrote a letter to the midwives saying sorry for shouting in labour',
    'i googled plastic bag safety for the nappy bin',
    'i wrote down where all the important stuff is for the babysitter',
    'she hears her name being called at nursery and looks round, she is 10 months',
    'my wife cries every time he latches because her nipples are cracked, 3 weeks now',
  ])('"%s" raises no mind-row rule', (text) => {
    expect(['mother-mental-health', 'mother-low-mood']).not.toContain(triage(text, [], {})?.row);
  });
});

describe('16. train-7 misses of the body rows, by kind (branch s7-rf-body)', () => {
  it.each([
    // "Heavy bleeding" told now was read as a big bleed at the birth; clots and tissue; bleeding gone heavy.
    ['i have heavy bleeding', 'mother-physical', 'emergency'],
    ['8 days after the birth and the heavy bleeding has started up', 'mother-physical', 'emergency'],
    ['my partner has heavy bleeding and feels shaky, she had the baby last week', 'mother-physical', 'emergency'],
    ['lots of clots coming out with what looks like tissue, 5 days pp', 'mother-physical', 'emergency'],
    ['passing clots as big as an orange, 4 weeks after giving birth', 'mother-physical', 'emergency'],
    ['just passed a lump of tissue and loads of clots, one week postpartum', 'mother-physical', 'emergency'],
    ['the bleeding has gone heavy again and it smells, 10 days after my c section', 'mother-physical', 'emergency'],
    ['two weeks on and my bleeding has suddenly got heavy again', 'mother-physical', 'emergency'],
    // Subtle fits: legs cycling with eyes that rove.
    ['my 9 day old keeps cycling his legs and his eyes are roving around, he isnt looking at me', 'baby-breathing-seizure', 'emergency'],
    ['she pedals her legs like on a bike and her eyes are darting to one side, 2 weeks', 'baby-breathing-seizure', 'emergency'],
    ['bicycling movements with his legs for 3 minutes and he wont look at us', 'baby-breathing-seizure', 'emergency'],
    // Grunting told as a sound with each breath; nostrils opening wide.
    ['she makes a little uh sound at the end of each breath, 5 days old', 'baby-breathing-seizure', 'emergency'],
    ['there is a small noise with every single breath he takes, 3 days old', 'baby-breathing-seizure', 'emergency'],
    ['his nostrils go wide with every breath, 2 weeks old', 'baby-breathing-seizure', 'emergency'],
    // Moves only if poked.
    ['only moves if we poke her, 4 days old', 'baby-unresponsive', 'emergency'],
    ['my son only moves if i tickle his feet', 'baby-unresponsive', 'emergency'],
    ['she only reacts when we pinch her toes, 6 days', 'baby-unresponsive', 'emergency'],
    // Blue or purple cold feet or hands in a sleepy baby.
    ['her feet look a bit purple and cold and she is extra sleepy today, 10 days old', 'baby-skin-rash', 'emergency'],
    ['his hands have gone blue and cold and he is sleepier than usual, 2 weeks', 'baby-skin-rash', 'emergency'],
    ['feet bluish and icy cold, so sleepy, 5 days old', 'baby-skin-rash', 'emergency'],
    // Jabs told as not recent: the 48-hour exception does not apply.
    ['my 2 month old has a temp of 38.4, had his shots last week not today', 'baby-temperature', 'emergency'],
    ['had her jabs last week, not yesterday, and now she is 38.2 at 8 weeks old', 'baby-temperature', 'emergency'],
    ['7 weeks old, temperature 100.8, vaccines were 10 days ago not today', 'baby-temperature', 'emergency'],
    // A fever that came down and went up again is not over.
    ['my 4 month old has a temp of 39.5, it came down with calpol but went back up', 'baby-temperature', 'urgent_today'],
    ['5 month old, 39.2, the paracetamol brings it down then it goes up again', 'baby-temperature', 'urgent_today'],
    ['my 2 month old had 38.3, it comes down then creeps up again', 'baby-temperature', 'emergency'],
    // Double vision with a headache.
    ['pounding headache since yesterday and things look doubled, 2 weeks postpartum', 'mother-physical', 'emergency'],
    ['bad headache and i am seeing double, baby is 5 days old', 'mother-physical', 'emergency'],
    ['head ache for two days and everything looks double now, had my baby last week', 'mother-physical', 'emergency'],
    // Feeling fluish with a red, hot breast; an abscess told as a squishy lump or pus.
    ['red hot sore patch on my left boob and i feel fluish, baby 4 weeks', 'mother-mastitis', 'urgent_today'],
    ['my breast has a hot red area and i feel a bit flu ish', 'mother-mastitis', 'urgent_today'],
    ['hot swollen red patch on my breast, feel fluish and achy, 6 weeks pp', 'mother-mastitis', 'urgent_today'],
    ['there is a squishy lump under the red bit of my breast and pus came out of the nipple', 'mother-mastitis', 'urgent_today'],
    ['lump in my breast that feels like it has fluid in it, after mastitis', 'mother-mastitis', 'urgent_today'],
    ['pus coming out of my nipple and the red patch is still there', 'mother-mastitis', 'urgent_today'],
    // Blood coming out of the nipple over days; blood in milk that went away for a bit and came back.
    ['blood coming out of my nipple when i squeeze it, nothing cracked, for about 5 days now', 'mother-blood-in-milk', 'soon'],
    ['blood comes out of one hole in my nipple, been happening for days, baby is 6 weeks', 'mother-blood-in-milk', 'soon'],
    ['the pink milk is back, it went away for a bit but it has been on and off for two weeks', 'mother-blood-in-milk', 'soon'],
    // Jaundice spreading down the body.
    ['the yellow began on her face and now it is down past her belly button, day 5', 'baby-jaundice', 'urgent_today'],
    ['he was yellow on his face yesterday and now it is down to his legs, 4 days', 'baby-jaundice', 'urgent_today'],
    ['the yellow is now below her belly button, 3 days old', 'baby-jaundice', 'urgent_today'],
    // Not fed for hours: since a time this morning, refused since a meal, a tiny total since morning, asleep after a few ml.
    ["she hasn't fed since about 8 this morning, it's 4pm now, 2 weeks old", 'baby-not-feeding', 'urgent_today'],
    ["he has refused it since breakfast, it's nearly teatime and he's barely awake, 10 days old", 'baby-not-feeding', 'urgent_today'],
    ["only had about 1oz in total since 6am and it's 2pm now, 3 weeks old", 'baby-not-feeding', 'urgent_today'],
    ['she keeps falling asleep after 10ml and is so sleepy, 4 weeks', 'baby-not-feeding', 'urgent_today'],
    // Weights: kilograms and grams, the birth weight told after, one unit for two numbers.
    ['2 weeks old and weighed 3kg 100g, born 3kg 350g', 'baby-weight-loss', 'urgent_today'],
    ['she weighs 2.9 kilos and she was 3.3 kilos when she was born, 5 days old', 'baby-weight-loss', 'urgent_today'],
    ['he has gone from 3.6 to 3.2 kilos, 4 days old', 'baby-weight-loss', 'urgent_today'],
    ['he weighed 6lb 10oz today and he was 7lb 8oz when he was born, 5 days', 'baby-weight-loss', 'urgent_today'],
    // Wee the colour of apple juice; one smear of poo a day; no poo at all since birth after a day.
    ['wee the colour of apple juice, 6 days old', 'baby-wet-nappies', 'urgent_today'],
    ['his pee looks like apple juice and there is not much of it, 9 days', 'baby-wet-nappies', 'urgent_today'],
    ['only one small smear of poo a day, 12 days old', 'baby-dirty-nappies', 'urgent_today'],
    ['just 1 yellow smear a day for the last 3 days, 2 weeks old', 'baby-dirty-nappies', 'urgent_today'],
    ["she's 30 hours old and hasn't passed meconium yet", 'baby-dirty-nappies', 'urgent_today'],
    ['my sister had her baby 3 days ago and he has not done a poo at all since birth', 'baby-dirty-nappies', 'urgent_today'],
    ['our grandson is 4 days old and has not pooed since he was born', 'baby-dirty-nappies', 'urgent_today'],
  ])('"%s" escalates on %s', (text, row, level) => {
    expectRuleFlag(text, row, level, level);
  });

  it.each([
    'i had a heavy bleed at delivery, will my milk be late?',
    'i had heavy bleeding after the birth, will my milk be late?',
    'passing clots as big as a grape, is that ok at 1 week',
    'he kicks and pedals his legs when happy, 3 weeks',
    'her hands and feet are a bit blue and cold but she is pink and feeding well',
    '6 weeks old and had her jabs this morning, now 38.1 but feeding well and smiling',
    'born 10 hours ago and no poo yet, is that ok',
  ])('"%s" raises no rule', (text) => {
    expect(triage(text, [], {})).toBeUndefined();
  });
});

describe('17. train-7 misses of the body rows, second round (branch s7-rf-body)', () => {
  it.each([
    // Feeds forced into a yellow baby: jaundice with poor feeding.
    ["he's yellow and we've been forcing feeds into him all day, 2 weeks", 'baby-jaundice', 'emergency'],
    ['she looks yellow and we are having to force feed her, 6 days', 'baby-jaundice', 'emergency'],
    ['yellow eyes and we keep forcing her to feed, 10 days old', 'baby-jaundice', 'emergency'],
    // The mother's breathing told as fast.
    ['a week after the birth my breathing feels fast and i am shivery', 'mother-physical', 'emergency'],
    ['my breathing is really fast and i feel awful, 5 days pp', 'mother-physical', 'emergency'],
    ['since this morning my breathing is so fast, had the baby 2 weeks ago', 'mother-physical', 'emergency'],
    // Grunting with a baby who won't feed or feels hot.
    ["he's grunting and won't feed, 3 weeks", 'baby-breathing-seizure', 'emergency'],
    ['she keeps grunting and feels hot to touch, 10 days old', 'baby-breathing-seizure', 'emergency'],
    ['grunting all afternoon and refusing the bottle, 2 weeks', 'baby-breathing-seizure', 'emergency'],
    // Brown flecks brought up.
    ['he spits up little brown flecks after feeds, 2 weeks', 'baby-blood', 'urgent_today'],
    ['she brought up milk with brown flecks in it, 8 days', 'baby-blood', 'urgent_today'],
    ['spat up brown bits twice today, 3 weeks old', 'baby-blood', 'urgent_today'],
    // Bleeding from the nipple for days.
    ['bleeding from my nipple for over a week now and nothing is cracked', 'mother-blood-in-milk', 'soon'],
    ['my nipple has been bleeding from the nipple tip every day for a week', 'mother-blood-in-milk', 'soon'],
    ['bleeding from the nipple again, it keeps happening', 'mother-blood-in-milk', 'soon'],
    // Jabs dated weeks ago do not excuse a fever.
    ['10 weeks, temp 38.3 but his jabs were 2 weeks ago', 'baby-temperature', 'emergency'],
    ['her vaccinations were a week ago and now she is 38.4, 9 weeks old', 'baby-temperature', 'emergency'],
    ['8 week old with 38.1, the jabs were last week', 'baby-temperature', 'emergency'],
    // Blood rushing out; floating away, ringing ears; a pad soaked right through.
    ['stood up and a whoosh of blood went on the floor, 4 days after the birth', 'mother-physical', 'emergency'],
    ['a gush of blood just came out and i feel like i am floating away', 'mother-physical', 'emergency'],
    ['soaked right through my pad in half an hour, 2 days post birth', 'mother-physical', 'emergency'],
    // Grey-pale skin, a baby who does not cry or move when held.
    ['his skin is greyish pale and he did not cry or move when i picked him up, 2 months', 'baby-unresponsive', 'emergency'],
    ['her skin is a greyish colour today, 3 weeks', 'baby-skin-rash', 'emergency'],
    ['he did not move when i held him, 5 days old', 'baby-unresponsive', 'emergency'],
    // Long sleeps told as hours at a time or "did 7 hours", with few feeds.
    ['she sleeps 6-7 hours at a time and only feeds 4 times a day, 6 days old', 'baby-not-feeding', 'urgent_today'],
    ['she did 7 hours last night without a feed, 2 weeks old', 'baby-not-feeding', 'urgent_today'],
    ['he slept 6 hours twice today, 2 weeks', 'baby-not-feeding', 'urgent_today'],
    // Skin that stays up when pinched.
    ['i pinched the skin on his tummy and it stayed up, 6 weeks, vomiting', 'baby-dehydration', 'urgent_today'],
    ['her skin stays up when i pinch it, 4 weeks', 'baby-dehydration', 'urgent_today'],
    ['the skin on her tummy stayed up a bit when i pinched it, 5 weeks', 'baby-dehydration', 'urgent_today'],
    // The mother's pain worse when she breathes; pain on one side of the chest.
    ["my back pain is worse when i take a breath, 3 weeks after my section", 'mother-physical', 'emergency'],
    ['it hurts when i breathe in, 10 days postpartum', 'mother-physical', 'emergency'],
    ['i have a pain on the left side of my chest, 9 days after the birth', 'mother-physical', 'emergency'],
    // No urine passed since birth; one pee since yesterday.
    ['2 days old and has not passed urine since birth, 36 hours now', 'baby-wet-nappies', 'urgent_today'],
    ['day 2 and only one pee since yesterday morning', 'baby-wet-nappies', 'urgent_today'],
    ['has not passed any urine in 12 hours, 4 days old', 'baby-wet-nappies', 'urgent_today'],
    // Not able to get her to eat for hours.
    ["i haven't been able to get her to eat since 7 this morning, 5 days old", 'baby-not-feeding', 'urgent_today'],
    ["can't get her to feed since breakfast, 2 weeks", 'baby-not-feeding', 'urgent_today'],
    ["not managed to get her to take anything since last night, 10 days old", 'baby-not-feeding', 'urgent_today'],
    // Yellow on the legs or soles; pooed only once.
    ['yellow on his legs now, 5 days old', 'baby-jaundice', 'urgent_today'],
    ['she is yellow down to the soles of her feet, 6 days', 'baby-jaundice', 'urgent_today'],
    ['pooed only once today, 5 days old', 'baby-dirty-nappies', 'urgent_today'],
    // Weaker, with few feeds.
    ['feeding maybe 5 times a day and seems weaker, 6 days', 'baby-not-feeding', 'urgent_today'],
    ['he is getting weaker and only fed 4 times today, 1 week', 'baby-not-feeding', 'urgent_today'],
    ['only 6 feeds today and she looks weaker, 8 days', 'baby-not-feeding', 'urgent_today'],
    // A headache, then a change in vision told after a long story.
    ['suddenly the worst headache of my life hit me out of nowhere while i was feeding, and now there are dark spots floating in my vision', 'mother-physical', 'emergency'],
    ['awful headache since lunch that nothing will touch, i tried paracetamol and lying down, and now my vision has gone blurry', 'mother-physical', 'emergency'],
    ['got this headache this morning, baby was up all night feeding and i had no sleep at all, and now i keep seeing flashes', 'mother-physical', 'emergency'],
    // Going dusky.
    ['she goes dusky when she feeds, 3 weeks', 'baby-breathing-seizure', 'emergency'],
    ['he went dusky for a few seconds, 10 days old', 'baby-breathing-seizure', 'emergency'],
    ['our prem twin keeps going dusky, home now', 'baby-breathing-seizure', 'emergency'],
    // A rash gone dark purple and spreading.
    ['her spots have gone dark purply, 4 days old', 'baby-skin-rash', 'emergency'],
    ['the rash is purple and spreading down his legs, 2 weeks', 'baby-skin-rash', 'emergency'],
    ['his rash turned dark purple tonight, 3 weeks', 'baby-skin-rash', 'emergency'],
    // "i can barely rouse her".
    ['so lethargic i can barely rouse her, 3 weeks', 'baby-unresponsive', 'emergency'],
    ['i could not wake her for her feed, 8 days old', 'baby-unresponsive', 'emergency'],
    ['i am struggling to wake her at all today', 'baby-unresponsive', 'emergency'],
    // Weights: down to one from another.
    ['lost weight down to 6lb 10oz from 7lb 6oz, 6 days old', 'baby-weight-loss', 'urgent_today'],
    ['down to 2.9 kg from 3.3 kg, 5 days old', 'baby-weight-loss', 'urgent_today'],
    ['she went down to 6lb 2oz from 7lb, 4 days', 'baby-weight-loss', 'urgent_today'],
  ])('"%s" escalates on %s', (text, row, level) => {
    expectRuleFlag(text, row, level, level);
  });

  it.each([
    'one boob feels lumpy after baby slept 6 hours (yay) but no redness, no fever, softened after a feed. just full?',
    '9 week old had her jabs this morning and now has 38.2, feeding well',
  ])('"%s" raises no rule', (text) => {
    expect(triage(text, [], {})).toBeUndefined();
  });
});

describe('18. train-7 misses of the body rows, third round (branch s7-rf-body)', () => {
  it.each([
    // Yellow before a day old told as "not even a day old" or born yesterday afternoon.
    ['her face looks yellow and she is not even a day old', 'baby-jaundice', 'urgent_today'],
    ['born yesterday afternoon and his eyes look yellow tonight', 'baby-jaundice', 'urgent_today'],
    ['her skin looks a bit yellow, born late yesterday', 'baby-jaundice', 'urgent_today'],
    // Only latching for a couple of minutes, a yellow baby.
    ['he looks yellow and is only latching for a couple of minutes, 5 days old', 'baby-jaundice', 'emergency'],
    ['his skin is yellow and he only latches for a few minutes, 4 days', 'baby-jaundice', 'emergency'],
    ['she is yellow and only feeding for a couple of minutes, 6 days old', 'baby-jaundice', 'emergency'],
    // A feed that fell to a few ml, with a sleepy baby.
    ['only taking 20 ml a feed since yesterday and very sleepy, 2 weeks', 'baby-not-feeding', 'urgent_today'],
    ['he is only taking 15 ml since this morning when he was having 90, so sleepy, 10 days', 'baby-not-feeding', 'urgent_today'],
    ['only taking 1 oz since last night and really sleepy, 3 weeks', 'baby-not-feeding', 'urgent_today'],
    // Someone else's present sign told through a call: "just rang me", "she's got".
    ["my sister just rang me, she's got an awful headache and her vision is blurry, she had the baby last week", 'mother-physical', 'emergency'],
    ['my friend had her baby last week and just called me saying she feels faint', 'mother-physical', 'emergency'],
    ["my daughter had the baby 3 days ago and has got a headache with flashing lights", 'mother-physical', 'emergency'],
    // One leg more swollen than the other; behind the knee.
    ['one leg is way more swollen than the other since the birth', 'mother-physical', 'emergency'],
    ['my left leg is red and sore behind the knee, baby is 2 weeks', 'mother-physical', 'emergency'],
    ['my right calf is bigger than the other and it hurts, 10 days pp', 'mother-physical', 'emergency'],
    // Shivery and hot with a pain in the tummy; discharge gone green.
    ['shivery and hot with pain below my belly button, 9 days after the birth', 'mother-physical', 'emergency'],
    ['i feel shivery and my lower tummy hurts, the discharge has gone greenish', 'mother-physical', 'emergency'],
    ['so shivery, temperature and cramping, 5 days after my section', 'mother-physical', 'emergency'],
    // A hard, really painful lump after mastitis.
    ['now there is a hard, really painful lump where i had mastitis', 'mother-mastitis', 'urgent_today'],
    ['a really painful lump in my breast that will not go', 'mother-mastitis', 'urgent_today'],
    ['finished the antibiotics but there is a lump in the same spot in my breast', 'mother-mastitis', 'urgent_today'],
    // Born on a weekday, told the day now: "the first day" is a day told of, not the age.
    ["born tuesday, he had top ups the first day, today is sunday and only 2 wet nappies since last night", 'baby-wet-nappies', 'urgent_today'],
    ["she was born on monday, it was hard the first day, it's now saturday and only 2 wet nappies today", 'baby-wet-nappies', 'urgent_today'],
    ["had him on wednesday, we struggled the first day, now it's sunday and just 1 wet nappy today", 'baby-wet-nappies', 'urgent_today'],
    // Poos like a smear.
    ["she's 10 days old and the poos are tiny, like a smear", 'baby-dirty-nappies', 'urgent_today'],
    ['his poo is like a smear each time, 2 weeks old', 'baby-dirty-nappies', 'urgent_today'],
    ['9 days and only like a smear in the nappy', 'baby-dirty-nappies', 'urgent_today'],
  ])('"%s" escalates on %s', (text, row, level) => {
    expectRuleFlag(text, row, level, level);
  });

  it.each(['she falls asleep after 5 minutes on the breast every time, i undress her and tickle her feet and she wakes and feeds again. 6 days old, 6 wet nappies yesterday'])(
    '"%s" raises no rule',
    (text) => {
      expect(triage(text, [], {})).toBeUndefined();
    },
  );
});

describe('19. train-7 misses of the milk-not-in row (branch s7-rf-body)', () => {
  it.each([
    // "Once the milk comes in, but it still hasn't"; no swallowing heard, with a risk; only a few ml a session.
    ["day 5 and everyone says it gets easier once the milk comes in but it still hasn't", 'mother-milk-not-in', 'urgent_today'],
    ['they keep saying wait till my milk comes in but it still has not, 6 days', 'mother-milk-not-in', 'urgent_today'],
    ['day 5, the midwife said my milk would come in but it still has not', 'mother-milk-not-in', 'urgent_today'],
    ['day 4, i have pcos and i never hear him swallow at the breast', 'mother-milk-not-in', 'urgent_today'],
    ['i had a c section and i cannot hear her swallowing at all, day 4', 'mother-milk-not-in', 'urgent_today'],
    ["5 days old and i don't hear him swallow at all when he feeds", 'mother-milk-not-in', 'urgent_today'],
    ["pumping for the nicu, day 5 and i'm only getting 5-10ml a session", 'mother-milk-not-in', 'urgent_today'],
    ['day 6 and only getting 10 ml when i pump', 'mother-milk-not-in', 'urgent_today'],
    ['i only get 5 ml each time i express, day 5', 'mother-milk-not-in', 'urgent_today'],
  ])('"%s" escalates on %s', (text, row, level) => {
    expectRuleFlag(text, row, level, level);
  });
});

describe('20. train-7: poor feeding and sleepiness told far apart (branch s7-rf-body)', () => {
  it.each([
    "vomited every feed since 6am, now it's 4pm, 6 week old, she's keeping nothing down and is getting sleepy",
    "he brought up every feed since breakfast, it's now teatime, 5 weeks old, he can't keep anything down and he's so sleepy",
    "not interested in feeds since this morning, it's now 5pm, my 3 week old girl has had very little and now she is really sleepy",
  ])('"%s" escalates on baby-not-feeding', (text) => {
    expectRuleFlag(text, 'baby-not-feeding', 'urgent_today', 'urgent_today');
  });
});

describe('21. train-7: not back to birth weight at 12 days is about 2 weeks (branch s7-rf-body)', () => {
  it.each([
    'baby 12 days old hasnt got back to birth weight, still 200g under, midwife said come back in a week',
    'she is 12 days old and still under her birth weight',
    'my son is 12 days old and not back to his birth weight yet',
  ])('"%s" escalates on baby-weight-loss', (text) => {
    expectRuleFlag(text, 'baby-weight-loss', 'urgent_today', 'urgent_today');
  });
  it.each(['she is 10 days old and still under her birth weight'])('"%s" raises no rule (before about 2 weeks)', (text) => {
    expect(triage(text, [], {})).toBeUndefined();
  });
});
