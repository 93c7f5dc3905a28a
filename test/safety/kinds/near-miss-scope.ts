import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, near misses by how they are read (branch s9-rf-nm): the scope of a sign (a story told as over,
// someone else's, a question asked ahead) and the quantities told in the message, rather than phrases. Each
// kind has near misses from the training corpora that no rule escalates, and red flags written to break it,
// which the rules must still escalate with certainty at the row's level (RED-FLAGS.md: when unsure, escalate).

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('a story told as over: a sign told in the past, the same person told well now in a later sentence (well_now)', () => {
  it.each([
    'had PND after my son, took about a year to feel myself but im good now, hes 3',
    'I had PND after number one, was on meds for about a year, stopped 8 months ago and feel like me again. Now pregnant with number two. Is it safe to go back on the same antidepressant and breastfeed if I need to?',
    "my twin girls both had a bit of bloody discharge around day 4 and 5, it stopped by day 7, they're 3 weeks now and fine. does it mean anything for later?",
    'had a breast abscess drained while feeding my first, healed fine. pregnant again, anything to watch for?',
    'twins were in hospital 2 weeks after birth with jaundice and feeding, both lost 10%, I exclusively pumped. now 7 months, both thriving and I\'m weaning off the pump. any tips to avoid clogs?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    // Still so, or worse, after the story.
    'i had pnd after my first and was fine since, but the last 3 weeks i have cried every day',
    'had pnd after my son, im good now but it has come back, i cry every day for 3 weeks',
    'my baby had jaundice at birth, all sorted, but now at 3 weeks his eyes are still yellow',
    // The writer well is not the baby well.
    'my 10 day old had blood in his poo this morning and it is still there, I had a bad night but I am fine now',
  ])('"%s" still escalates the same day', (text) => expectRuleLevel(text, /mood|pnd/.test(text) ? 'soon' : 'urgent_today'));
  it.each([
    // An emergency sign that still needs a person once passed, with no professional and not long ago.
    'she had a fit this morning, she is fine now',
    'she was very sleepy and would not wake for feeds yesterday, she is fine now',
    'lost a lot of blood after the birth, was fine, but now i am soaking a pad an hour',
  ])('"%s" still escalates as an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('a story is over only once time has passed or someone has seen it', () => {
  it.each([
    // Told well, but not as lasting, with no time or professional: not yet over.
    'my 10 day old had blood in his poo, he is fine otherwise',
    'my 2 week old had blood in her sick after the feed, she is fine',
  ])('"%s" still escalates the same day', (text) => expectRuleLevel(text, 'urgent_today'));
});

describe("someone else's sign: the writer's own \"still\" or \"have been\" is about her", () => {
  it('"my friend\'s baby had a rash that didn\'t fade … I\'ve been checking my 6 week old" raises no rule', () =>
    expectNoRuleFlag("my friend's baby had a rash that didn't fade and ended up in hospital with meningitis, I've been checking my 6 week old every hour. his skin is clear and he's feeding fine. how do I stop panicking?"));
  it.each([
    "my friend's baby had a rash that didn't fade and mine still has one that doesn't fade, 6 weeks old",
    "my friend's baby had a rash that didn't fade and ended up in hospital, I've been checking my 6 week old and now he has a rash that doesn't fade under a glass",
  ])('"%s" still escalates as an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('numbers that are no body temperature: the weather or a room, a gestation, a threshold a condition names', () => {
  it.each([
    "it's 32 degrees here and my 2 month old wants the boob every hour. do I need to give him water? he's weeing loads, pale wee",
    '40 degrees here in Adelaide and I feel like a dried up prune. baby is 4 months and fine, lots of wet nappies. does me being thirsty affect my milk?',
    '35 weeker needs an extra layer to stay warm, temp 36.8, feeding with small top ups and gaining',
    "the hospital gave us a sheet saying call if his temp goes over 38. he's 2 weeks and it's been 36.7 to 37.1 all week. how often should I actually check?",
    "why is 100.4 the magic number for newborns? our pediatrician kept repeating it at discharge. she's 4 days and fine, I just want to understand",
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    "my 2 week old's temp is over 38",
    'my 3 week old has a temp of 38.5, it is 30 degrees here',
    'if his temp goes over 38 what do i do, my 4 week old is 38.4 now',
    'born at 35 weeks, now 10 days old and his temperature is 35.5',
    'thermometer says 35 here, she is 2 weeks old and cold to touch',
  ])('"%s" still escalates as an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('a question asked ahead of time: the writer says so (asked_ahead), or is still pregnant with no age given (the baby\'s rows)', () => {
  it.each([
    "what are you supposed to do if a newborn won't wake up for feeds? asking before mine arrives next month",
    'what is a postpartum haemorrhage exactly and how much bleeding is too much? asking before my c section next week',
    "what's the one pad an hour rule people talk about? trying to get ready for after the birth",
    "I'm due any day, if my baby gets jaundice can I still have a glass of wine at christmas? sorry weird question",
    'if i ever see pink in my pumped milk should i bin it or is it ok to give?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    // A sign told in a sentence of its own, told as so now, or the writer's own baby doing it.
    'asking ahead of time, but my baby is floppy and won\'t wake now',
    "he has been floppy all day and I've been reading up, is it serious?",
    "she's floppy and won't wake, should I call just in case?",
    'asking before it happens, what do I do if my baby has a fit? he went stiff and jerked this morning',
    "I'm due any day with my second, what do I do if my 6 week old's temperature is 38.5? it is 38.5 right now",
  ])('"%s" still escalates as an emergency', (text) => expectRuleLevel(text, 'emergency'));
  it('"if i ever see pink … my milk has been pink for 5 days now" still gets "see someone soon"', () =>
    expectRuleLevel('if i ever see pink in my milk should i bin it? my milk has been pink for 5 days now', 'soon'));
});

describe('a count after "every" is how often, not a number of nappies', () => {
  it('"feeding every 2 and a half, 7 wet nappies" raises no rule', () =>
    expectNoRuleFlag("the nurse said to feed at least every 3 hours during phototherapy. he's feeding every 2 and a half, 7 wet nappies. can I feed more often?"));
  it.each(['he feeds every 3, only 2 wet nappies today and he is 6 days old', 'day 4 and only 2-3 wet nappies'])('"%s" still escalates the same day', (text) =>
    expectRuleLevel(text, 'urgent_today'),
  );
});

describe("a professional's verdict opened by \"she\", \"he\" or \"they\" after the professional is named in the sentence before", () => {
  it('"the community nurse weighed him today … she said it\'s fine" raises no rule', () =>
    expectNoRuleFlag("the preemie's fontanelle looks a little sunken to me, but the community nurse weighed him today, he's gained and had 8 wet nappies. she said it's fine. how do I stop panicking?"));
  it.each([
    "the community nurse weighed him yesterday. she said it's fine, but now his soft spot is sunken and his mouth is dry",
    "my mum looked at him. she said it's fine, but his soft spot is sunken and his mouth is dry",
  ])('"%s" still escalates the same day', (text) => expectRuleLevel(text, 'urgent_today'));
});

describe('postnatal depression named as the topic of talk, not told of anyone now (depression_question)', () => {
  it.each([
    'how do i explain PND to my husband? im getting treatment and slowly doing better',
    'how can i help my sister with PND? shes seeing her GP and on tablets and says shes ok',
    'what can i say to my wife whos recovering from PPD? i never know the right thing',
    'four years on from PPD and im well. how do i bring it up with a friend who i think is struggling?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    'how do i explain PND to my husband? i have cried every day for 5 weeks and can not cope',
    'i think i have pnd, i have been low every day for 3 weeks, how do i explain it to my husband?',
    'how can i help my wife with PND? she has been crying every day for a month',
  ])('"%s" still gets "see someone soon"', (text) => expectRuleLevel(text, 'soon'));
  it('"my sister is recovering from ppd but now she says she wants to die" still gives the crisis line', () =>
    expectRuleLevel('my sister is recovering from ppd but now she says she wants to die', 'emergency', 'crisis'));
});

describe('words in another sense: fitting feeds round the day, milk soaking through a top', () => {
  it.each([
    'any tips for a pumping schedule at 3 weeks? supply is fine, just want to fit it round the day',
    'day 5, milk is well and truly in, leaking everywhere. how do i stop soaking through my tops?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    'i am soaking through my pads and my pyjamas every hour',
    'my 3 week old went stiff and jerked, is it a fit? want to fit in a gp visit',
    'bleeding so heavily it is soaking through my trousers, day 4 after the birth',
  ])('"%s" still escalates as an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('a story over, told with a number, or seen in hospital, or someone else\'s in any past verb', () => {
  it.each([
    "my baby's temperature was 38.4 at 4 weeks old, we went to hospital, had all the tests, was a cold virus, home after 2 days and now 8 weeks and great",
    "we had a scare at day 2 when he was breathing fast, they put him under observation for 12 hours and it settled. he's now 3 weeks and fine. could it come back?",
    "at 4 months my son was admitted with a non-blanching rash, they treated him for 2 days and all the blood tests were normal. he's 8 months now and well. should I ask for more tests?",
    'what are breath holding spells? my neighbour says her toddler used to go blue when he had a tantrum',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    // An emergency sign over with no professional and not long ago still needs a person.
    'my 4 week old had a temp of 38.5 yesterday. he is 4 weeks now and fine',
    'at 4 weeks my son was admitted with a non-blanching rash, he is 5 weeks now and has the same rash again',
    "my neighbour's baby turned blue and now mine, 3 weeks, turned blue in the bath",
  ])('"%s" still escalates as an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('both legs told as the same are no one-sided calf pain (normal_when both_sides)', () => {
  it.each([
    'my calves ache after walking round the park with the double buggy, both of them equally, like after a workout. normal?',
    'my legs ache all over after pushing for 3 hours, both sides, day 2. normal muscle ache?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    'both my calves ache but the left one is swollen and hot',
    'my calves hurt on both sides but one is much more swollen than the other',
    'pain in my left calf, it is swollen, both of them ached yesterday',
  ])('"%s" still escalates as an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('the words of the same structures: wellness by a date or a colour, a plan going well, "how would I spot"', () => {
  it.each([
    'how would i actually spot jaundice on a baby with dark skin? is it the eyes or the gums you check?',
    "c-section baby had fast breathing the first few hours, they called it transient tachypnea, it settled by the next day and we're home now doing great",
    "my friend's 11 month old turned blue in a tantrum and their GP said breath holding spells are common and harmless. what age do they start? mine is 3 months and fine",
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it('"how would i spot jaundice? my 3 week old\'s eyes are still yellow" still escalates the same day', () =>
    expectRuleLevel("how would i spot jaundice? my 3 week old's eyes are still yellow", 'urgent_today'));
  it.each([
    'c-section baby had fast breathing the first few hours, they called it transient tachypnea, it settled by the next day but now he is breathing fast again',
    'home bili blanket for 4 days now, her levels are dropping and the doctor is happy but she is now very sleepy and will not feed',
  ])('"%s" still escalates as an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('recall kept through the merge with the net that learnt train-7', () => {
  it('"blackish poo on day 6" still escalates the same day (the learned check alone caught it before)', () =>
    expectRuleLevel('blackish poo on day 6, not on any vitamins', 'urgent_today'));
  it('"blackish poo on day 2" raises no rule (meconium in the first days)', () => expectNoRuleFlag('blackish poo on day 2'));
});
