import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s11-rf-nm: near misses that are someone else's story or a condition met in the media, read by
// structure. Each kind has near misses from the training corpora (scripts/red-flag-near-misses.js) and red flags
// written to break it, which the rules must still escalate with certainty (when unsure, escalate).

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('psychosis someone else had, or met in a programme or an article (psychosis_of_others, told_in_media, decades_ago)', () => {
  it.each([
    'my cousin had postpartum psychosis years back and im pregnant now, is it in families?',
    'my best friend had puerperal psychosis after her twins, what should i know before my own birth?',
    'my gran had postnatal psychosis back in the 60s, should my midwife know?',
    "saw a documentary about postpartum psychosis last night, it scared me. i'm ok, baby is 3 weeks",
    'read an article about postnatal psychosis, what are the early signs?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    "my sister had postpartum psychosis and now she hasn't slept for three days and says the tv talks to her",
    'watched a programme about postpartum psychosis and i think i have it, i keep hearing whispers',
    'my wife had a psychotic episode last night',
    'my friend has postpartum psychosis, she had her baby 10 days ago',
    'my aunt had postpartum psychosis in the 90s and now my wife has not slept in days and is talking about special powers',
  ])('"%s" still gives the crisis line', (text) => expectRuleLevel(text, 'emergency', 'crisis'));
});

describe("another person's baby told in the past by the sign's own verb, the writer's own told apart (isLongPast, not an emergency)", () => {
  it.each([
    "my cousin's baby lost 12 percent by day 3 and was readmitted, mine is 4 days and feeding every 2 hours",
    "my sister's newborn slept for 7 hours without a feed and ended up on a drip. mine is 2 weeks and feeds 3 hourly",
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    "my sister's baby lost 12% and now won't feed, he is 4 days old",
    "my friend's baby has lost 11 percent in 3 days and is very sleepy",
    'my baby lost 12% by day 4',
  ])('"%s" still escalates today', (text) => expectRuleLevel(text, 'urgent_today'));
  it.each([
    "my neighbour's newborn has slept for 8 hours without a feed and she can't wake him",
    'mine slept for 7 hours without a feed and is hard to wake',
    // An emergency sign of another baby may be happening now, whatever the writer says of her own.
    'my nephew turned blue while feeding and my sister is in bits, mine is 2 weeks and i am scared',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
  // The friend's own low mood, told after when her baby was born: "had" dates the story, it is no past sign.
  it('"my friend had her baby last month and she\'s lost interest in everything" still escalates', () =>
    expectRuleLevel("my friend had her baby last month and she's lost interest in everything, weepy and not sleeping", 'soon'));
});

describe('a sign told at a time long before now in the baby\'s life, or said free of it (earlier_in_life, seizure_free)', () => {
  it.each([
    "my son had a febrile seizure when he was 16 months, he's 5 now and fine. pregnant again, will this one have them too?",
    "my little boy had apnoea in nicu, he's been discharged with no episodes for six weeks now. can we stop the night feeds?",
    'my daughter has been seizure free for 3 months on her medicine, is it ok with breastfeeding?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    'he had apnoea in the nicu and tonight he stopped breathing for 20 seconds',
    'he was seizure free for a month but today he had a fit',
    'she had a seizure when she was 3 weeks, she is fine now',
    "my son had a febrile seizure when he was 18 months and he's fitting again now",
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('a low feeling told as passing, or beside joy kept (mood_passing)', () => {
  it.each([
    'some nights i get really resentful when he screams for hours, then it passes and we cuddle. 6 weeks',
    'my 10 month old is eating more food now and i have been crying a lot this week. still enjoying him loads though',
    'felt a bit sad and weepy when we stopped feeding at 13 months, mostly relieved to be honest',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    'i feel empty every day, then it passes for an hour, 6 weeks',
    "i don't enjoy anything anymore but i love my baby, 5 weeks",
    'i feel low most days and cry every day, still enjoy my walks though, 2 months',
    "I've felt low for a month, it never passes",
  ])('"%s" still says to see someone soon', (text) => expectRuleLevel(text, 'soon'));
});

describe('words that look like a sign but say another thing (with_older_child, faint_as_pale, not_breathing_fast)', () => {
  it.each([
    // An older child by place in the family: a past episode, the writer well now.
    'I had PND with my third and caught it early with my GP. this time I feel fine, what signs should I watch for?',
    // "Faint" as pale: a colour, not fainting.
    "there's a faint pink lacy pattern on his thighs when the room is chilly, gone once he's dressed. 3 weeks, feeding well",
    // Fast breathing denied: no pause in breathing.
    "his chest rattles a bit after a feed but he's pink, not breathing fast, and a burp clears it. 4 weeks",
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it('"had PND with my second and now it is back …" still says to see someone soon', () =>
    expectRuleLevel("I had PND with my second and now it's back, i feel hopeless every day and cry all the time, baby is 8 weeks", 'soon'));
  it.each([
    'i felt faint and nearly passed out in the shower, 5 days postpartum',
    'i had a faint this morning, 1 week postpartum',
    "she's not breathing fast, she's not breathing at all",
    "there is a faint purple rash on her tummy that doesn't fade under a glass",
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('an amount of milk is no count of nappies (read-quantities volumeUnits)', () => {
  it.each(['she did a 5 hour stretch last night, 4 weeks old, then she downed 3oz, wet nappy, happy girl', 'my 3 week old took 4 oz, wet nappy after, is that a lot?'])(
    '"%s" raises no rule',
    (text) => expectNoRuleFlag(text),
  );
  it.each(['she drank 2 oz and has had only 1 wet nappy today, day 4', 'only 2 wet nappies today and he took 3 oz, 5 days old'])('"%s" still escalates today', (text) =>
    expectRuleLevel(text, 'urgent_today'),
  );
});
