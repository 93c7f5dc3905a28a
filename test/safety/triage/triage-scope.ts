import { firstTurn, sharedEngine, sharedRuleTriage } from '../../support/shared-engine';

// How far a sign's reading reaches: a general question about it, a sign told as past and done with, a
// passed emergency, a list after one negation, the rules' own decision by age or person. Each scope is
// checked both ways: what it closes, and the red flag beside it that it must leave open.
// Building the engine takes seconds on a busy machine: once, before the tests and outside their time limits.
beforeAll(() => {
  sharedEngine();
}, 60_000);

const triage = sharedRuleTriage();
const flag = (text: string) => triage(text, [], {});

describe('a general question about a sign is not the sign', () => {
  it.each([
    'what does a rash that does not fade under a glass look like?',
    'how do you actually do the glass test on a baby rash? asking for the future',
    'how do i know if my baby is dehydrated?',
    'what are the signs of a fit in a newborn?',
    "what's the difference between a heat rash and a rash that doesn't fade?",
  ])('raises no rule for "%s"', (text) => {
    expect(flag(text)).toBeUndefined();
  });

  it('still reads a sign told after the question, in its own clause', () => {
    expect(flag('how do i know if she is dehydrated, her mouth is dry and no wet nappy for 10 hours')?.row).toBe('baby-wet-nappies');
    expect(flag('what does a fit look like? she had one just now and went stiff')?.row).toBe('baby-breathing-seizure');
  });

  it('asks nothing of a sign that is only described with "is it normal"', () => {
    expect(flag('is it normal that she is floppy and hard to wake?')?.level).toBe('emergency');
  });

  it('never closes a crisis: doubt gives the crisis line', () => {
    expect(flag('how do i know if these are suicidal thoughts? i keep wanting to end it all')?.message).toBe('crisis');
  });

  it('gives information and when to get help, not an escalation, for a general jaundice question', () => {
    const { trace, replies } = firstTurn('what does newborn jaundice look like');
    expect(trace.route).toBe('refer');
    expect(trace.reason).toMatch(/baby-jaundice/);
    expect(replies.some((reply) => reply.kind === 'handoff' || reply.kind === 'answer')).toBe(false);
    const text = replies.map((reply) => ('text' in reply ? reply.text : '')).join(' ');
    // The rule's own sentence, then the row's lines with whom to contact and the numbers.
    expect(text).toMatch(/I can't examine anyone, but I can tell you when to get help\. Yellow skin/);
    expect(text).toMatch(/jaundice\) is common in newborns/);
    expect(text).toMatch(/If your baby's skin or eyes look yellow in the first 24 hours.*today.*NHS 111/);
    expect(text).toMatch(/call 999 now/);
  });

  it('asks nothing of a message with no sign in its question', () => {
    expect(triage.askedAbout(triage.recogniser.recognise('what does a good latch look like'), {})).toBeUndefined();
  });
});

describe('a sign told as past and done with', () => {
  it.each([
    "my sister's baby had jaundice and needed the lights, mine is 5 days old and looks fine",
    'i had mastitis with my first, red and hot with a fever, how do i avoid it this time?',
    "he had a temperature of 38.2 last month, the gp checked him and said it was a virus. can i still feed him as normal?",
  ])('raises no rule: "%s"', (text) => {
    expect(flag(text)).toBeUndefined();
  });

  it('is still a sign when the message says it is still so, or it is now', () => {
    expect(flag('with my first i had mastitis and now my breast is red and hot again with a fever')?.row).toBe('mother-mastitis');
    expect(flag('she has had a fever of 38.5 since last week, she is 6 weeks old')?.level).toBe('emergency');
    expect(flag("my sister's 4 week old has a temperature of 38.6, she asked me what to do")?.level).toBe('emergency');
  });

  it('does not take a birth long ago for the time of the sign', () => {
    expect(flag('pain in one calf only and its hot to touch, had the baby last week')?.row).toBe('mother-physical');
  });
});

describe('a passed emergency', () => {
  it('still escalates a fit or a faint that is over now', () => {
    expect(flag('she had a fit earlier, lasted a minute, she seems fine now')?.level).toBe('emergency');
    expect(flag('i fainted in the shower this morning but feel fine now')?.level).toBe('emergency');
  });

  it('lets mottling that went once the baby was dressed close, as other signs do', () => {
    expect(flag('lacy purple pattern on her legs when i undress her, gone within a minute of getting dressed again')).toBeUndefined();
  });
});

describe('a negation over a list', () => {
  it('denies every sign joined by "or"', () => {
    expect(flag("she isn't floppy or hard to wake, just sleepier than usual after her jabs")).toBeUndefined();
  });

  it('still reads a sign after "and" or "but"', () => {
    expect(flag("she won't feed and she is floppy")?.level).toBe('emergency');
  });
});

describe('readings that are not the sign', () => {
  it('reads a rash that went white under a glass as the reassuring result', () => {
    expect(flag('did the glass test on the blotchy rash and it went white under the glass, she is feeding well')).toBeUndefined();
    expect(flag('my baby has a rash that does not fade under a glass')?.level).toBe('emergency');
  });

  it('reads urates on day 2 as urates, not blood, and still flags them after day 3', () => {
    expect(flag('day 2 and theres a pinky orange powdery stain in his nappy, is that blood?')).toBeUndefined();
    expect(flag('orange crystals in her nappy and she is 5 days old')?.row).toBe('baby-wet-nappies');
    expect(flag('bright red blood in his poo, he is 2 days old')?.row).toBe('baby-blood');
  });

  it('reads a glass test the parent did as a test of the baby\'s rash, and a mother\'s own fever as hers', () => {
    expect(flag('tiny pinprick spots, reddy brown, on his ankles and tummy, and when i roll a glass over them they stay put')?.level).toBe('emergency');
    // Issue 11 round 5: a glass test that does not fade escalates whoever's rash it is (RED-FLAGS.md has no
    // row for the writer's own; when unsure, escalate), so the mother's own is no longer left unflagged.
    expect(flag('i have a rash on my chest and when i press a glass on it it doesnt fade')?.level).toBe('emergency');
    expect(flag('i have a rash on my chest and when i press a glass on it, it fades')).toBeUndefined();
    expect(flag('i have a temperature of 38.5 and the baby is feeding poorly')).toBeUndefined();
  });

  it('reads "48 hours after birth" as the baby\'s age', () => {
    expect(triage.recogniser.recognise('48 hours after birth and 2 wet nappies').ageDays).toBe(2);
  });

  it('reads a bare Fahrenheit reading as a temperature', () => {
    expect(flag('rechecked my 6 week old after 20 mins and its still 100.6')?.row).toBe('baby-temperature');
  });
});

describe('who a sign belongs to when someone else tells of it', () => {
  it("reads a partner or relative who noticed a sign as the teller, not the one who has it", () => {
    expect(flag("my husband just spotted tiny purple dots on the baby's legs that stay there when he presses a glass on them")?.row).toBe('baby-skin-rash');
    expect(flag('my mum noticed his lips have gone a greyish blue colour')?.row).toBe('baby-breathing-seizure');
  });

  it("reads a baby named inside the sign's own words as the one who has it", () => {
    expect(flag("my one week old sleeps for 5 hour stretches and i just can't wake him to feed")?.row).toBe('baby-unresponsive');
    // The mother's own words about the baby stay hers in her rows: still a crisis for the partner.
    expect(flag("my partner keeps hearing the baby crying when he is fast asleep, and she hasn't slept in days")?.message).toBe('crisis_partner');
  });

  it('keeps a partner who says something of herself as the one it is about', () => {
    expect(flag('my partner says she cannot see the point of living any more')?.message).toBe('crisis_partner');
  });

  it('reads a word joined by a hyphen as one clause', () => {
    expect(flag("baby is 5 days old and i'm still only getting clear-ish drops when i pump")?.row).toBe('mother-milk-not-in');
  });
});

describe('a sign a professional has already called benign', () => {
  it('raises no rule when the verdict follows the sign', () => {
    expect(flag('he spat up a bit of pink milk yesterday, the midwife checked him over and said it was fine, just my blood from a crack')).toBeUndefined();
    expect(flag('she was yellow at two weeks, the bloods came back normal and she is 4 weeks now')).toBeUndefined();
  });

  it('still escalates when it is getting worse, or a new sign comes after the verdict', () => {
    expect(flag('the doctor said the yellow was normal last week but it is spreading to his legs now, 16 days old')?.row).toBe('baby-jaundice');
    expect(flag('the midwife checked her over and said it was fine, but now she is floppy and will not wake')?.row).toBe('baby-unresponsive');
  });

  it('never closes a crisis', () => {
    expect(flag('the gp said it was fine but i keep thinking everyone would be better off without me')?.message).toBe('crisis');
  });

  it("keeps an emergency sign open when another of its rule's signs comes after the verdict", () => {
    expect(flag('the health visitor said his yellow colour was normal but he is very sleepy and will not feed, 5 days old')?.level).toBe('emergency');
  });
});

describe('milk not in with a known risk for late milk', () => {
  it('escalates from about 72 hours when a risk is told, and leaves the plain day-4 question to the milk-late dialog', () => {
    expect(flag("day 4 after an emergency caesarean and i'm not producing anything, just a few drops when i express")?.row).toBe('mother-milk-not-in');
    expect(flag("it's day 4 and my milk still hasn't come in, when should i worry?")).toBeUndefined();
    expect(flag('day 3 after my section and no milk yet, is that normal?')).toBeUndefined();
  });
});

describe('a baby not yet born, and numbers that decide', () => {
  it("raises none of the baby's rules for a pregnant writer's general question", () => {
    expect(flag("i'm 36 weeks pregnant, what does it mean if the poo is pale in the first weeks?")).toBeUndefined();
    // The same question with no pregnancy in it is a sign told, and escalates.
    expect(flag('what does it mean if the poo is pale in the first weeks?')?.row).toBe('baby-jaundice');
  });

  it("keeps a born baby's signs beside pregnancy or reading words (review finding 2)", () => {
    expect(flag("just curious before my due date, what does it mean if a newborn's poo is pale?")?.row).toBe('baby-jaundice');
  });

  it('lets a temperature reading decide rather than the word "temp"', () => {
    expect(flag('day 4, boobs hard and hot, temp 37.3, is this my milk coming in?')).toBeUndefined();
    expect(flag('one boob has a hot red patch and my temp is 38.6')?.row).toBe('mother-mastitis');
  });

  it('reads a jump at every loud noise as the startle reflex and a jerking fit as a fit', () => {
    expect(flag('every time the dog barks my 3 week old throws her arms out and goes stiff for a second')).toBeUndefined();
    expect(flag('my 3 week old has been jerking both arms rhythmically for a whole minute, no loud noise or anything')?.row).toBe('baby-breathing-seizure');
  });
});

describe('the rules weigh a sign before the learned net does', () => {
  it('lets a rule that found the sign and ruled it out by age or person decide', () => {
    const recognition = triage.recogniser.recognise('orange crystals in the nappy, she is 2 days old');
    expect(triage.triageRecognition(recognition, {})).toBeUndefined();
    expect(triage.rulesWeighed(recognition, {}, 'baby-wet-nappies')).toBe(true);
    const mothers = triage.recogniser.recognise('my mouth is so dry when i breastfeed');
    expect(triage.rulesWeighed(mothers, {}, 'baby-dehydration')).toBe(true);
  });

  it('never weighs a crisis row: doubt gives the crisis line', () => {
    expect(triage.rulesWeighed(triage.recogniser.recognise("i'm not suicidal"), {}, 'mother-mental-health')).toBe(false);
  });

  it('sends no safety check for urates on day 2', () => {
    expect(firstTurn('orange crystals in the nappy, she is 2 days old').trace.route).not.toBe('red_flag');
  });
});
