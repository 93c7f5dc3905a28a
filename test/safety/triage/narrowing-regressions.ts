import { extractFacts } from '../../../src/nlu/extract-facts';
import { normaliseText } from '../../../src/nlu/normalise-text';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, the review of this round's narrowings (exceptions and scope words added to cut near-miss false
// alarms). Each wording below is a real red flag that one of them silenced: the reviewer's wordings and our
// own, each a common sign beside the benign word. The rules alone must escalate them at the row's level,
// certain, not only the learned check (RED-FLAGS.md: when unsure whether something is urgent, escalate).

const triage = sharedRuleTriage();

/** The crisis line, from a rule (not the learned check's conditional wording). */
function expectCrisisLine(text: string): void {
  const found = triage(text, [], {});
  const got = found ? `${found.row} ${found.level} ${found.message.startsWith('crisis')} certain=${found.certain}` : 'no red flag';
  if (got !== 'mother-mental-health emergency true certain=true') throw new Error(`"${text}" got ${got}, expected the crisis line`);
}

function expectNoRuleFlag(text: string): void {
  const found = triage(text, [], {});
  if (found) throw new Error(`"${text}" got ${found.row} ${found.level} from ${found.ruleId}, expected no red flag`);
}

function expectRuleFlag(text: string, row: string, level: string, message?: string): void {
  const found = triage(text, [], {});
  const got = found ? `${found.row} ${found.level} ${found.message} certain=${found.certain}` : 'no red flag';
  const wanted = `${row} ${level} ${message ?? found?.message} certain=true`;
  if (got !== wanted) throw new Error(`"${text}" got ${got}, expected ${wanted}`);
}

describe('finding 1: "back to myself", "nothing since" never close a crisis', () => {
  it.each([
    "I've been thinking everyone would be better off without me, back to myself today though",
    'I cut myself again last night, nothing since',
    'I took an overdose yesterday but I feel myself again',
    'sometimes i wish i could stop existing, I felt like that with my first too',
    'i keep thinking my family would be better off without me, feeling more normal now though',
    'i burned my arm on purpose yesterday, back to myself today',
    'i wanted to kill myself on sunday, none since',
  ])('"%s" gets the crisis line from the rules', (text) => {
    expectRuleFlag(text, 'mother-mental-health', 'emergency', 'crisis');
  });
});

describe('finding 2: pregnancy or reading words never skip a born baby’s present signs', () => {
  it.each([
    ["I read about it online and got scared, my 3 week old has a rash that doesn't fade under a glass", 'baby-skin-rash'],
    ["my newborn is jaundiced and very sleepy, won't wake for feeds, I read about it on a poster at the clinic", 'baby-unresponsive'],
    ['born 2 weeks before my due date and now she is floppy', 'baby-unresponsive'],
    ['just curious, my 4 week old is breathing really fast and grunting with every breath', 'baby-breathing-seizure'],
    ["out of curiosity, my 2 week old has gone floppy and won't wake for feeds", 'baby-unresponsive'],
    ["saw a poster about sepsis, my 5 week old has a rash that doesn't fade when I press a glass on it", 'baby-skin-rash'],
    ['my daughter was born 3 weeks before my due date and her lips went blue during the feed', 'baby-breathing-seizure'],
  ])('"%s" escalates on %s', (text, row) => {
    expectRuleFlag(text, row, 'emergency');
  });
});

describe('finding 3: a verdict is a professional’s, told as one, and never closes an emergency sign', () => {
  it.each([
    ["baby's lips went blue during a feed, hopefully nothing to worry about?", 'baby-breathing-seizure'],
    ["my 10 day old has a rash that doesn't fade under a glass, my mum says it is the skin", 'baby-skin-rash'],
    ['my baby is pale and floppy, is this normal? the hv said it is normal for her to be pale', 'baby-unresponsive'],
    ['my 3 week old is grunting with every breath and breathing fast, the health visitor is happy with her weight', 'baby-breathing-seizure'],
    ['my 2 week old went stiff and jerked for a minute, the midwife said it was nothing to worry about', 'baby-breathing-seizure'],
    ['she is very floppy today, my mum says it is fine', 'baby-unresponsive'],
  ])('"%s" escalates on %s', (text, row) => {
    expectRuleFlag(text, row, 'emergency');
  });

  it.each([
    'my 3 week old is still yellow, my sister says it is nothing to worry about',
    'my 3 week old is still yellow, hopefully all fine?',
    'his poo has been white like chalk for 2 days, not concerned though',
  ])('"%s" keeps the jaundice row: no professional named, or only asked', (text) => {
    expectRuleFlag(text, 'baby-jaundice', 'urgent_today');
  });
});

describe('finding 4: exclusions no longer cancel real breathing, colour and fit signs', () => {
  it.each([
    'he breathes fast then stops breathing for 20 seconds',
    'he breathes fast then stops for 25 seconds and goes grey',
    'she is grunting with every breath in her sleep',
    'his lips and hands are blue',
    "my 2 week old's lips and hands went blue during the feed",
    "she's been having fits in the evenings",
    "my 2 week old is breathing really fast when feeding and gets sweaty and can't finish a feed",
    'my 3 week old breathes fast then stops and goes blue round the mouth',
    'he is grunting with each breath in his sleep, 10 days old',
    'her tongue and feet look blue',
    'my baby keeps having fits in the mornings',
    "she's breathing fast when she feeds and goes sweaty, 3 weeks old",
  ])('"%s" escalates on the breathing and seizure row', (text) => {
    expectRuleFlag(text, 'baby-breathing-seizure', 'emergency');
  });

  it('still leaves blue hands and feet with pink lips to the generic "went blue" exclusion', () => {
    expect(triage("his hands and feet go a bit blue when he's undressed but his lips are pink", [], {})).toBeUndefined();
  });
});

describe('finding 5: words elsewhere in the message never cancel a fit, mottling or psychosis', () => {
  it.each([
    ['my 3 week old had a seizure, jerking for two minutes and went rigid, it started after a loud noise', 'baby-breathing-seizure', 'emergency'],
    ['my 3 week old had a fit, jerking for two minutes and went rigid, she also sneezes a lot', 'baby-breathing-seizure', 'emergency'],
    ['my 5 week old had a fit with her arms jerking for a minute, the door had slammed earlier', 'baby-breathing-seizure', 'emergency'],
    ['he went stiff and his eyes rolled back, he startles a lot anyway', 'baby-breathing-seizure', 'emergency'],
    ["my 2 week old's skin is mottled and it hasn't gone even once she was warm", 'baby-skin-rash', 'emergency'],
    ['mottled skin and feels cold, it started when I was changing him', 'baby-skin-rash', 'emergency'],
    ["my 3 week old's legs look mottled, it came on when I undressed her and it is still there now", 'baby-skin-rash', 'emergency'],
    ["her skin is all mottled after her bath and it hasn't gone since", 'baby-skin-rash', 'emergency'],
  ])('"%s" escalates on %s', (text, row, level) => {
    expectRuleFlag(text, row, level);
  });

  it.each([
    "the baby slept well but my wife is talking non stop, hasn't slept in 3 days and is acting really strange",
    "my wife is acting really strange, talking non stop and hasn't slept in days, the baby slept well though",
    "the baby is sleeping well but my partner hasn't slept for 4 nights and is acting really strange",
    "our son slept well last night. my wife is talking non stop and hasn't slept in 3 days and is acting really strange",
  ])('"%s" gets the crisis line: the baby’s good sleep is no evidence about her', (text) => {
    expectRuleFlag(text, 'mother-mental-health', 'emergency', 'crisis_partner');
  });
});

describe('finding 7: "trying to kill me" is paranoia unless told of a baby or as a joke', () => {
  it.each([
    "the nurses are trying to kill me and my baby, I haven't slept since the birth",
    "my mother in law is trying to kill me, she's poisoning my food, haven't slept in days",
    "she keeps saying the neighbours are trying to kill her and she hasn't slept for three nights",
    'everyone at the hospital is trying to kill me, i have not slept for 3 days',
  ])('"%s" gets a crisis line', (text) => {
    const found = triage(text, [], {});
    expect(found?.row).toBe('mother-mental-health');
    expect(found?.level).toBe('emergency');
    expect(found?.certain).toBe(true);
    expect(found?.message).toMatch(/^crisis/);
  });

  it('keeps the joke about a baby told as one', () => {
    expect(triage('this baby is trying to kill me with these night feeds lol', [], {})).toBeUndefined();
  });
});

describe('finding 8: a low body temperature is no room reading', () => {
  it.each([
    'baby is 2 weeks old, temp is 32.5 and she feels cold',
    'my 10 day old feels cold and the thermometer says 32',
    "newborn's armpit reading was 31.8 after the walk",
  ])('"%s" escalates on the temperature row', (text) => {
    expectRuleFlag(text, 'baby-temperature', 'emergency');
  });
});

describe('what the review fixes leave closed', () => {
  it("lets a professional named in the verdict's sentence close a sign of a row that is not an emergency", () => {
    expect(triage("my nipple cracked and bled on tuesday and after that feed he brought up milk with pink streaks. I phoned the midwife and she came and checked him, said it was my blood he'd swallowed.", [], {})).toBeUndefined();
    // The same verdict from a relative leaves the sign open.
    expect(triage("my nipple cracked and bled on tuesday and after that feed he brought up milk with pink streaks. I phoned my mum and she came and looked at him, said it was my blood he'd swallowed.", [], {})?.row).toBe('baby-blood');
  });

  it('closes mottling told as gone within minutes of warming, the sign itself and not the message around it', () => {
    expect(triage("my sister's newborn gets a lacy purple pattern on his legs when she undresses him, gone in a few minutes once he's wrapped up", [], {})).toBeUndefined();
  });
});

// Second review (December 2026): the reviewer's findings on this round's scopes (sections 1 to 3) and the
// templates of 2d (a sign inside a question frame). Each is a real red flag main escalates with certainty;
// they were written against narrowings tried on branch s4-rf (general, opener, not-yet-happened, topic
// and fear readings, resolved_minor, partial_day, counted, milk_drunk, both_sides, someone else's past story,
// "levels going down", "baby is due"), which did not land; they keep any later narrowing from silencing them.
// The rules alone must escalate each at its RED-FLAGS.md level, certain.
function expectRuleLevel(text: string, level: string): void {
  const found = triage(text, [], {});
  const got = found ? `${found.level} certain=${found.certain}` : 'no red flag';
  if (got !== `${level} certain=true`) throw new Error(`"${text}" got ${got}${found ? ` (${found.row})` : ''}, expected ${level} certain=true`);
}

describe('second review: the reviewer’s messages escalate from the rules', () => {
  it.each([
    ["i'm scared i'm going to pass out because i'm soaking a pad every hour", 'emergency'],
    ["baby is due a feed but she is too weak to suck", 'emergency'],
    ["mine arrives home from the nicu tomorrow, she had a rash that doesn't fade under a glass today", 'emergency'],
    ["no wet nappy since this morning and my milk is all gone", 'urgent_today'],
    ["day 5 and only 1 wet nappy since this time yesterday, it is only midday", 'urgent_today'],
    ["she is 6 days old, only 2 wet nappies since yesterday lunchtime and it's only lunchtime now", 'urgent_today'],
    ["breathing really fast, I counted 52 in 30 seconds", 'emergency'],
    ["breathing really fast, i counted 40 in half a minute", 'emergency'],
    ["she is breathing fast, counted 20 in 15 seconds", 'emergency'],
    ["has been floppy all morning and won't wake for feeds", 'emergency'],
    ["is breathing really fast and grunting with every breath", 'emergency'],
    ["have soaked 3 pads in an hour and feel faint", 'emergency'],
    ["has a rash that doesn't fade under a glass", 'emergency'],
    ["has not had a wet nappy for 12 hours", 'urgent_today'],
    ["will not wake up, floppy and pale", 'emergency'],
    ["lips gone blue, is that normal??", 'emergency'],
    ["blue lips and grunting, is that an emergency?", 'emergency'],
    ["pad soaked evry hour n clots, normal?", 'emergency'],
    ["rash that doesnt fade under a glass, is it serious?", 'emergency'],
    ["no wet nappies since last night, is that ok?", 'urgent_today'],
    ["not fed for 9 hours and very sleepy, normal?", 'urgent_today'],
    ["jerking arms and legs for 2 mins, eyes rolling, what is it?", 'emergency'],
    ["the baby is floppy and grey, what should we do? never happened before", 'emergency'],
    ["baby not breathing properly, grunting and sucking in under ribs, what should we do? never happened before", 'emergency'],
    ["rash that doesn't fade under the glass on baby's tummy, what do we do? never happened before", 'emergency'],
    ["lips blue during feeds, what do I do? for future reference", 'emergency'],
    ["baby's lips go blue when feeding, what should I do? want to be prepared", 'emergency'],
    ["the baby goes grey and floppy after feeds, what do we do? for next time", 'emergency'],
    ["what should you do if a baby goes floppy and pale after a feed? it just happened", 'emergency'],
    ["what should you do if a newborn won't wake up for feeds? she's been asleep since breakfast", 'emergency'],
    ["should I worry about a baby who has a rash that doesn't fade under a glass? ours has one on her tummy", 'emergency'],
    ["is it normal for a newborn to breathe really fast and grunt with every breath? asking for my little girl", 'emergency'],
    ["what do you do if baby stops breathing? he just did for 20 seconds", 'emergency'],
    ["what happens if the baby is floppy and grey and won't wake? thats what he's like", 'emergency'],
    ["we have a newborn who is floppy and won't wake, what should we do?", 'emergency'],
    ["i have a newborn who is grey and floppy, help?", 'emergency'],
    ["my sister has a baby who is floppy and won't wake, what should she do?", 'emergency'],
    ["what causes a baby to go limp and floppy after a feed? it happened twice today", 'emergency'],
    ["in general, should a 3 day old be this yellow and this sleepy?", 'urgent_today'],
    ["we got home from hospital on tuesday and everything was fine at first. she has been feeding every few hours and the midwife came yesterday. what should you do if a baby goes grey and floppy? it keeps happening after feeds", 'emergency'],
    ["terrified he's going to have another fit because his arms are jerking again", 'emergency'],
    ["is blood in her poo the same as the red stuff in her nappy? it's in every nappy today", 'urgent_today'],
    ["my 3 week old is still yellow, she has been fine since we got home", 'urgent_today'],
    ["jaundice still there at 3 weeks, the midwife has not returned my call", 'urgent_today'],
    ["the cord stump is bleeding through his vest, the midwife has not been back", 'urgent_today'],
    ["my 2 week old is still not back to birth weight, the health visitor has not come back to weigh her", 'urgent_today'],
    ["he hasn't pooed since he was born 4 days ago, the midwife has not been back", 'urgent_today'],
    ["he's had no wet nappies since last night, my supply has totally gone", 'urgent_today'],
    ["her wee has been dark orange for two days, not seen it since this morning", 'urgent_today'],
    ["i've felt hopeless and empty every day for 6 weeks, my baby has been fine since the birth", 'soon'],
    ["my 3 week old seems drunk and floppy today", 'emergency'],
    ["my 2 week old is floppy and looks drunk, is this normal?", 'emergency'],
    ["she's all floppy like she is drunk, and she hasn't fed since this morning", 'emergency'],
    ["my niece is 3 weeks old and turned blue while feeding, my sister is panicking", 'emergency'],
    ["my best friend's newborn stopped breathing for 20 seconds and went blue, what should she do", 'emergency'],
    ["my sister had her baby 5 days ago and she is soaking a pad every hour and feels faint", 'emergency'],
    ["my ankles are swollen on both sides and now my right calf is red, hot and really sore", 'emergency'],
    ["she's 4 days old and more yellow today, the nurse said her levels are going down", 'urgent_today'],
    ["he is 18 hours old and yellow, the midwife said his levels are going down", 'urgent_today'],
    ["he's breathing quick, counted 48 in a minute, and he's grunting", 'emergency'],
    ["my breast is red hot and swollen and I have a fever of 38.9, the pain settled again after feeding", 'urgent_today'],
  ])('"%s" escalates at %s', (text, level) => {
    expectRuleLevel(text, level);
  });
});

describe('second review: a sign inside a question frame (the reviewer’s templates) escalates', () => {
  it.each([
    ["lips going blue during feeds, is that normal?", 'emergency'],
    ["floppy and won't wake, is that normal?", 'emergency'],
    ["a rash that doesn't fade under a glass, is that normal?", 'emergency'],
    ["breathing really fast and grunting, is that normal?", 'emergency'],
    ["no wet nappy for 12 hours, is that normal?", 'urgent_today'],
    ["soaking a pad every hour, is that normal?", 'emergency'],
    ["jerking arms and legs and eyes rolling back, is that normal?", 'emergency'],
    ["still yellow at 3 weeks, is that normal?", 'urgent_today'],
    ["lips going blue during feeds, what should we do? never happened before", 'emergency'],
    ["floppy and won't wake, what should we do? never happened before", 'emergency'],
    ["a rash that doesn't fade under a glass, what should we do? never happened before", 'emergency'],
    ["breathing really fast and grunting, what should we do? never happened before", 'emergency'],
    ["no wet nappy for 12 hours, what should we do? never happened before", 'urgent_today'],
    ["soaking a pad every hour, what should we do? never happened before", 'emergency'],
    ["jerking arms and legs and eyes rolling back, what should we do? never happened before", 'emergency'],
    ["still yellow at 3 weeks, what should we do? never happened before", 'urgent_today'],
    ["lips going blue during feeds, what do I do? for future reference", 'emergency'],
    ["floppy and won't wake, what do I do? for future reference", 'emergency'],
    ["a rash that doesn't fade under a glass, what do I do? for future reference", 'emergency'],
    ["breathing really fast and grunting, what do I do? for future reference", 'emergency'],
    ["no wet nappy for 12 hours, what do I do? for future reference", 'urgent_today'],
    ["soaking a pad every hour, what do I do? for future reference", 'emergency'],
    ["jerking arms and legs and eyes rolling back, what do I do? for future reference", 'emergency'],
    ["still yellow at 3 weeks, what do I do? for future reference", 'urgent_today'],
    ["what do you do if a baby is lips going blue during feeds? it's happening now", 'emergency'],
    ["what do you do if a baby is floppy and won't wake? it's happening now", 'emergency'],
    ["what do you do if a baby is a rash that doesn't fade under a glass? it's happening now", 'emergency'],
    ["what do you do if a baby is breathing really fast and grunting? it's happening now", 'emergency'],
    ["what do you do if a baby is no wet nappy for 12 hours? it's happening now", 'urgent_today'],
    ["what do you do if a baby is soaking a pad every hour? it's happening now", 'emergency'],
    ["what do you do if a baby is jerking arms and legs and eyes rolling back? it's happening now", 'emergency'],
    ["what do you do if a baby is still yellow at 3 weeks? it's happening now", 'urgent_today'],
    ["what happens if the baby is lips going blue during feeds? thats what ours is like", 'emergency'],
    ["what happens if the baby is floppy and won't wake? thats what ours is like", 'emergency'],
    ["what happens if the baby is breathing really fast and grunting? thats what ours is like", 'emergency'],
    ["what happens if the baby is no wet nappy for 12 hours? thats what ours is like", 'urgent_today'],
    ["what happens if the baby is soaking a pad every hour? thats what ours is like", 'emergency'],
    ["what happens if the baby is jerking arms and legs and eyes rolling back? thats what ours is like", 'emergency'],
    ["what happens if the baby is still yellow at 3 weeks? thats what ours is like", 'urgent_today'],
    ["is it serious, lips going blue during feeds?", 'emergency'],
    ["is it serious, floppy and won't wake?", 'emergency'],
    ["is it serious, a rash that doesn't fade under a glass?", 'emergency'],
    ["is it serious, breathing really fast and grunting?", 'emergency'],
    ["is it serious, no wet nappy for 12 hours?", 'urgent_today'],
    ["is it serious, soaking a pad every hour?", 'emergency'],
    ["is it serious, jerking arms and legs and eyes rolling back?", 'emergency'],
    ["is it serious, still yellow at 3 weeks?", 'urgent_today'],
  ])('"%s" escalates at %s', (text, level) => {
    expectRuleLevel(text, level);
  });
});

describe('second review: an overdose told plainly', () => {
  it('"i took a load of tablets last night" gets the crisis line', () => {
    expectRuleFlag('i took a load of tablets last night', 'mother-mental-health', 'emergency', 'crisis');
  });
  it('"i took a handful of pills after the baby went down" gets the crisis line', () => {
    expectRuleFlag('i took a handful of pills after the baby went down', 'mother-mental-health', 'emergency', 'crisis');
  });
});

// The review of branch s5-rf-nm (issue 11, fifth pass): each message lost its escalation, or its certainty,
// through one of that branch's narrowings; main escalated it. Sections as in the reviewer's findings.
describe('review of s5-rf-nm 1: one leg told as "one of my legs" is one-sided calf pain (both_legs removed)', () => {
  it.each([
    'one of my legs is swollen and really painful and hot',
    'one of my legs is red hot and swollen just below the knee',
    '1 of my legs is swolen and hot and painfull',
    'one of my legs is swollen?',
    'one of my legs is just a bit sore and swollen, is that normal?',
    'one of my legs is bigger than the other and it hurts',
    'my legs different sizes, left one swollen and painful',
    'both my legs were swollen in pregnancy but now just one of my legs is hot and red',
    'my wife says one of her legs is really painful and swollen',
    'my legs swollen and hot and painful only on the left',
    'the back of my legs is really sore and hot on the right side',
    'one of her legs is swollen hot and red, she is 5 days post c section',
    'both calves ache, one is twice the size of the other and red',
    'both calves hurt but the left one is much worse, hot red and swollen',
    'her legs are both puffy but one is red and hot and really painful',
    'my legs, especially one, are swollen red and hot',
  ])('"%s" escalates on mother-physical', (text) => {
    expectRuleFlag(text, 'mother-physical', 'emergency');
  });
});

describe('review of s5-rf-nm 2: someone "following the instructions/guidance/growth" is paranoia (following_ordinary only the baby)', () => {
  it.each([
    'my partner is convinced the nurses are following the instructions from the tv',
    'she is convinced the midwives are following the guidance of a secret group to take our baby',
    'she says someone is following the growth of the baby to take her soul',
  ])('"%s" gets the crisis line told to a partner', (text) => {
    expectRuleFlag(text, 'mother-mental-health', 'emergency', 'crisis_partner');
  });
});

// Section 3: the NLU reads the first age in the message ("my friend has a 10 month old") as the baby's, and
// triage fell back to it where the rules found no age of the writer's own; with the facts the NLU reads
// from the same message, as in a conversation's first turn.
function expectFlagWithMessageFacts(text: string, row: string, level: string): void {
  const found = triage(text, [], extractFacts(normaliseText(text), new Date()));
  const got = found ? `${found.row} ${found.level} certain=${found.certain}` : 'no red flag';
  if (got !== `${row} ${level} certain=true`) throw new Error(`"${text}" with its own facts got ${got}, expected ${row} ${level} certain=true`);
}

describe("review of s5-rf-nm 3: the writer's own baby told after another person's is the writer's", () => {
  const cases: [string, string, string][] = [
    ['my friend has a 10 month old and my 8 week old daughter has a fever of 38.6', 'baby-temperature', 'emergency'],
    ['my niece is 5 months old and my son is 8 weeks old and he has a temperature of 38.4', 'baby-temperature', 'emergency'],
    ["my sister's baby is 5 months old and my 6 week old has a temp of 38.3 and is sleepy", 'baby-temperature', 'emergency'],
    ["my friend's 4 month old had 38.5 last week and my 6 week old has 38.2 now", 'baby-temperature', 'emergency'],
    ["my friend's baby is 4 months old and my 3 week old is 38.5", 'baby-temperature', 'emergency'],
    ['my friend came over with her 4 month old and my 6 week old now has 38.4', 'baby-temperature', 'emergency'],
    ["a friend with a 4 month old says my 5 week old's 38.3 is nothing to worry about", 'baby-temperature', 'emergency'],
    ['my friend had her baby 2 days ago and my 5 day old has pink crystals in his nappy', 'baby-wet-nappies', 'urgent_today'],
    ["my friend's baby was readmitted at 2 days old and mine is 5 days and only had 2 wet nappies today", 'baby-wet-nappies', 'urgent_today'],
    ['my sister says my 7 day old has only had 5 wet nappies today and that is fine', 'baby-wet-nappies', 'urgent_today'],
    ['my friend said my 8 day old only needs 1 dirty nappy a day and she has had 1 today', 'baby-dirty-nappies', 'urgent_today'],
    ['my friends 3 week old and my 10 day old both have had only 3 wet nappies today', 'baby-wet-nappies', 'urgent_today'],
  ];
  it.each(cases)('"%s" escalates on %s from the rules alone', (text, row, level) => expectRuleFlag(text, row, level));
  it.each(cases)('"%s" escalates on %s with the facts read from it', (text, row, level) => expectFlagWithMessageFacts(text, row, level));

  it("a known age equal to another person's baby's in the message is not used (\"my friend's 4 month old had 38.5 … mine has 38.2 now\")", () => {
    const found = triage("my friend's 4 month old had 38.5 last week and mine has 38.2 now", [], { days_since_birth: 120 });
    expect(found && `${found.row} ${found.level} certain=${found.certain}`).toBe('baby-temperature emergency certain=true');
  });
});

describe('review of s5-rf-nm 4: "why do prem babies get jaundice" beside the writer\'s own case (sign_question entries removed)', () => {
  it.each([
    'why do premature babies get jaundice for so long? mine is 3 weeks and it is not fading',
    'why do prem babies get jaundice at 3 weeks, mine is',
    "why do prem babies get jaundice for so long, he's 4 weeks and it's still not gone",
    "why do premature babies get jaundice for weeks? my daughter is 3 and a half weeks and it hasn't faded",
    'why do prem babies get jaundice lasting past 3 weeks, ours is 4 weeks and the same',
  ])('"%s" escalates on baby-jaundice', (text) => expectRuleFlag(text, 'baby-jaundice', 'urgent_today'));
});

describe('review of s5-rf-nm 5: weeks after the birth, or since a week of the pregnancy, are how long a low mood has lasted', () => {
  it.each([
    "i'm 30 weeks pp and i feel like a failure and so alone",
    "i'm 24 weeks postpartum and i feel so alone and like a failure",
    "i am 32 weeks post partum and i feel overwhelmed and can't cope",
    'im 26 weeks pp and i feel so isolated and like a failure',
    'i am 28 weeks post birth and i cry and feel like a failure',
    "i'm 34 weeks pp and i'm so lonely and irritable and i can't cope",
    'i have felt hopeless and empty since i was 20 weeks pregnant and now my baby is 5 days old',
    'i have been depressed since 20 weeks pregnant and my baby is now 10 days old',
    "i've felt low and like a failure since about 25 weeks pregnant, she is 9 days old now",
    'i have felt so alone and like a failure since one week after the birth',
  ])('"%s" escalates on mother-low-mood', (text) => expectRuleFlag(text, 'mother-low-mood', 'soon'));
});

describe('review of s5-rf-nm 6: "weeks from hell", "a hell of a time for a month" are a long low patch (hell_idiom narrowed)', () => {
  it.each([
    "it's been 5 weeks from hell since she was born and i'm struggling",
    "my wife's been going through hell of a time for a month, she barely speaks or eats",
    'i have been in a hell of a place for weeks now',
    'the last month has been hell of a struggle and i feel worthless',
    "i've been in a hell of a state every day for a month",
  ])('"%s" escalates on mother-low-mood', (text) => expectRuleFlag(text, 'mother-low-mood', 'soon'));
});

describe('review of s5-rf-nm, wrong on main too: the writer’s own case beside "why do babies get", a sign that "has gone red"', () => {
  it.each([
    ['why do babies get blue lips when feeding? my son is doing it', 'baby-breathing-seizure', 'emergency'],
    ['why do babies get floppy after jabs, mines all floppy and pale now', 'baby-unresponsive', 'emergency'],
    ["why do babies get a rash that doesn't fade under a glass? my 3 week old has one on her tummy", 'baby-skin-rash', 'emergency'],
    ['why do newborns get jaundice in the first 24 hours, mine is yellow and only 18 hours old', 'baby-jaundice', 'urgent_today'],
    ['why do babies get pink crystals in their nappy, he is 6 days old and has them', 'baby-wet-nappies', 'urgent_today'],
    ['why do babies get blood in their poo, there was some in hers this morning', 'baby-blood', 'urgent_today'],
    ['why do newborns get jaundice that lasts, my boy is 17 days old', 'baby-jaundice', 'urgent_today'],
    ['why do newborns get jaundice? my 2 week old is still the same colour as a banana', 'baby-jaundice', 'urgent_today'],
    ['one of my legs has gone red and hot and swollen since the birth, is that normal?', 'mother-physical', 'emergency'],
    ['i had a baby 5 days ago and now one of my legs is swollen and hurting', 'mother-physical', 'emergency'],
    ['i had a baby yesterday and my leg is swollen', 'mother-physical', 'emergency'],
    ["i've felt empty and worthless for a week or 3 now", 'mother-low-mood', 'soon'],
    ['my sister had her baby at 38 weeks and mine is 16 days and still not back to birth weight', 'baby-weight-loss', 'urgent_today'],
  ])('"%s" escalates on %s', (text, row, level) => expectRuleFlag(text, row, level));
});

it('review of s5-rf-nm, wrong on main too: "convinced the health visitor is following the chart to take our baby away" gets the crisis line', () => {
  expectRuleFlag('she is convinced the health visitor is following the chart to take our baby away', 'mother-mental-health', 'emergency', 'crisis_partner');
});

// Review s9 (issue 11): this round's narrowings (concept exclusions, normal_when, a story told over, a question
// asked ahead, numbers that are no reading) probed with red flags told a little differently. Each wording
// below was silenced by one of them, or by whose the sign was read as, and now escalates from the rules.
describe('review s9: red flags a narrowing of this round silenced', () => {
  it.each([
    // hear_baby_cry (psychosis_strong) dropped a crying heard where there is no baby.
    "my wife keeps hearing someone else's baby crying but there is no other baby in the building, she is up all night checking",
    'she hears someone elses baby crying in the walls and says its calling her',
    'she keeps hearing a baby crying that nobody else can hear',
    // A means told in other words than "saving up my pills".
    'i have pills saved up',
    // feeding_not_crisis drops every crisis phrase overlapping "better off with formula / my milk / a bottle".
    'they would be better off with my milk gone and me gone',
    'the bottle would be better, everyone would be better off with a bottle and no me',
    'my baby would be better off with the breast of someone else, a mother who is not me',
    'my milk just disappeared and so should i',
    // diet_poisoning ("says i am .. poisoning her") dropped a partner's paranoia.
    'she says i am poisoning her and the baby, she wont eat or drink anything i give her',
    'my wife says i am slowly poisoning him, she wont let me near the baby',
    // voice_lost dropped "messages" of "voice messages" from divine_contact.
    'she hears god through voice messages on her phone that nobody sent',
  ])('"%s" gets the crisis line', (text) => expectCrisisLine(text));

  it.each([
    // milk_soaking was an exclusion of heavy_bleeding: a top soaked with blood was read as milk.
    ['soaking through my top with blood, it is coming so fast', 'mother-physical', 'emergency'],
    ['bleeding so much it soaked my top and trousers', 'mother-physical', 'emergency'],
    // both_sides: one leg told as different in words one_side_told lacked.
    ['both calves ache after the section but the right is swollen and twice the size', 'mother-physical', 'emergency'],
    // isAskedAhead: the writer's own baby told as going without, in a negation.
    ['just reading up. is it normal for a 2 day old to have no wet nappy in 12 hours? mine hasnt had one since last night', 'baby-wet-nappies', 'urgent_today'],
    // notAReading: a place after a baby's reading, a past reading after "when".
    ['my 4 week old is 38.5 here, should i go to a and e', 'baby-temperature', 'emergency'],
    ['when I checked his temp he was above 38 and hes 3 weeks', 'baby-temperature', 'emergency'],
    // "my nipple" as where he feeds was read as whose the sign is.
    ['he tugs on my nipple then stops breathing for 20 seconds', 'baby-breathing-seizure', 'emergency'],
    ['he feeds from my breast then stops breathing for 20 seconds', 'baby-breathing-seizure', 'emergency'],
    // floppy_ordinary read {breast_word}, which holds "side".
    ['his left side is floppy', 'baby-unresponsive', 'emergency'],
    // A calf told swollen and hot, then "better now": a clot does not clear by itself (over_still_urgent).
    ['my calf was swollen and hot yesterday, feels better now', 'mother-physical', 'emergency'],
    // A general question ("how do i spot …") before the writer's own baby told with an age: same_here.
    ['how do i spot meningitis rash? my 8 week old has purple spots that dont fade under a glass', 'baby-skin-rash', 'emergency'],
    // A story told as over (isToldOver): a day later is no time passed, nor an age told now in days.
    ['she had blood in her poo yesterday. she is 2 weeks now and all good', 'baby-blood', 'urgent_today'],
    ['he lost 12 percent by day 5. he is 6 days now and doing fine', 'baby-weight-loss', 'urgent_today'],
    ['he was very yellow yesterday and sleepy. he is 3 days now and doing well', 'baby-jaundice', 'urgent_today'],
    // A professional's verdict on last week's episode closed a new one told after it.
    ['the gp looked at his poo last week. he said it is fine. today there is blood in his nappy', 'baby-blood', 'urgent_today'],
    ['the gp looked at the blood in his poo last week and said it is fine. today there is lots more blood in his nappy', 'baby-blood', 'urgent_today'],
  ])('"%s" escalates on %s', (text, row, level) => expectRuleFlag(text, row, level));

  it.each([
    // The near misses the narrowings were written for stay ordinary.
    "when i hear someone else's baby cry my milk lets down, is that normal?",
    'i keep hearing phantom cries in the shower but he is asleep, is that normal',
    'leaking everywhere, how do i stop soaking through my tops',
    'my calves ache after walking, both of them equally',
    'there was a streak of blood in his poo. the gp checked him over, all fine',
    'had a calf cramp last night, gone now',
    'my boobs feel soft and floppy after a feed, is my milk gone?',
    'would he be better off with a bottle so someone else can do nights',
    'will supplementing with formula ruin my supply for good?',
    'oh god i have lost my voice, can i still breastfeed with a cold',
    "Since the baby came I've basically lived on takeaways and crisps. Someone online said I'm basically poisoning her. Am I giving her rubbish milk?",
    'my mum says i am basically poisoning him with my diet of takeaways, is my milk ok?',
    "it's 32 degrees here and my 2 month old wants the boob every hour. do I need to give him water? he's weeing loads, pale wee",
    "the hospital gave us a sheet saying call if his temp goes over 38. he's 2 weeks and it's been 36.7 to 37.1 all week. how often should I actually check?",
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it('"since he started feeding my breast is red hot …" stays hers (mastitis)', () =>
    expectRuleFlag('since he started feeding my breast is red hot and swollen and i have a fever', 'mother-mastitis', 'urgent_today'));
});

describe('review s10: red flags a narrowing of this round silenced', () => {
  it.each([
    // fear_without_help (an exclusion of not_trusting_self) took "without anyone here to stop me" for coping without help.
    "i'm scared of what i might do without anyone here to stop me",
    "scared of what i'd do without my husband here to stop me",
    // breast_size + !harm_thought_told (normal_when of mother.intrusive_thoughts) took any harm beside big breasts for a smothering worry.
    "i have huge boobs and i'm scared i will hurt my baby, i can't stop crying and i don't want to be alone with her",
    "i have big breasts and i'm scared i'll smother her, i keep thinking about holding her face into them until she stops moving",
    // Found beside asked_ahead ("i've got none now"), older than this round: self-harm asked about, then told as done again.
    "i've got none now, but what happens if you keep cutting yourself? i did it again last night",
    'what happens if you keep cutting yourself? i did it again last night',
    'what happens if you cut yourself too deep? i have done it again',
    // Older than this round, only the check caught it: thinking she should end it.
    'my friends all breastfed fine. i keep thinking i should just end it',
  ])('"%s" gets the crisis line from the rules', (text) => expectCrisisLine(text));

  it.each([
    // yellow_thing took a baby told as yellow, in a sentence run on into what comes next, for yellow sick.
    ['my baby born this morning is yellow sick after every feed', 'baby-jaundice', 'emergency'],
    ['my 20 hour old baby is yellow vomiting after feeds', 'baby-jaundice', 'urgent_today'],
    // asked_ahead's "not had it" took a sign nobody has looked at yet for a question asked ahead; "nobody i know has" the writer's own.
    ["not had it looked at yet, should i worry my 3 week old's lips went blue during a feed?", 'baby-breathing-seizure', 'emergency'],
    ['nobody i know has had this, is it normal for a 2 week old to grunt with every breath and breathe really fast?', 'baby-breathing-seizure', 'emergency'],
    // One negation over a list (isNegated) reached the time of the sign after the listed item: "since yesterday" was denied.
    ["no wet nappy or poo since yesterday morning, he's 4 days old", 'baby-wet-nappies', 'urgent_today'],
    ['no wet nappy or poo since yesterday morning', 'baby-wet-nappies', 'urgent_today'],
    ["no wee or poo since yesterday morning, he's 4 days old", 'baby-wet-nappies', 'urgent_today'],
    ["he's had no wet nappy or dirty nappy since yesterday morning and he's 4 days old", 'baby-wet-nappies', 'urgent_today'],
    // Older than this round: a lack hedged by the writer ("I don't think", "not sure") over the sign.
    ["i don't think she's weed since last night, is that normal for a week old baby?", 'baby-wet-nappies', 'urgent_today'],
    ["not sure he has had a wet nappy since yesterday morning, he's 6 days old", 'baby-wet-nappies', 'urgent_today'],
  ])('"%s" escalates on %s', (text, row, level) => expectRuleFlag(text, row, level));

  it.each([
    // The near misses the narrowings were written for stay ordinary.
    'im scared of what id do without my mum here to help',
    "can you breastfeed with really big breasts? worried I'll smother him",
    'she brought up some yellowish milk after a feed, not green, and shes smiley',
    'newborn has yellow crusty cradle cap and a few pimples on his cheeks',
    "i don't think she has weed much but she's had 6 wet nappies today, 8 days old",
    'breastfeeding is so hard, should i just end it and switch to formula?',
    "what is postpartum rage? I've seen it on instagram. I'm not having it, just curious, 4 months in",
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});
