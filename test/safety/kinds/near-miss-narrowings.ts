import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, fewer false alarms on near misses (branch s5-rf-nm). Each narrowing has its near misses, which
// no rule escalates, and red flags written to break it (the same words beside a present sign, "just", a
// count, "mine", a question mark, a long story), which the rules must still escalate with certainty at the
// row's level (RED-FLAGS.md: when unsure whether something is urgent, escalate).

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('following_ordinary: a baby following a centile line is no one following her', () => {
  it.each(["she's following her centile line nicely on the chart in her red book, 25th all the way. is being on a low line bad?", 'he is following his curve on the growth chart, just on the 9th'])(
    '"%s" raises no rule',
    (text) => expectNoRuleFlag(text),
  );
  it.each([
    "my wife is convinced a man is following her, she hasn't slept in 3 days",
    'my partner says someone is following her home every day, she has not slept in days',
    'she is following her own plan now, and says god is talking through her',
    'is my wife ok? she thinks a car is following her everywhere',
    'just a long story but since the birth my wife says a woman in a red coat is following her and the baby is not ours',
    'the man next door is following me with his eyes everywhere i go',
    'she says someone is following her routine, always there when she goes out',
  ])('"%s" still gets the crisis line', (text) => expectRuleLevel(text, 'emergency', 'crisis'));
});

describe('watch_out_for: the writer asking what to watch for is no one watching her', () => {
  it.each([
    "breastfeeding has been easier with my second, she's 10 days and feeding every 2-3 hours, 8 wet nappies, poos yellow. anything i should be watching for now?",
    'what should i be watching out for with a 2 week old?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    'she keeps telling me the men next door will be watching her',
    'my wife is terrified the neighbours will be watching her',
    'she says cameras will be watching her',
    'they will be watching for her at the shops, she has not slept for days',
    'my wife says people are watching her from the car outside, anything i should be watching for?',
    'just wondering, she says someone will be watching her, and she has barely slept in 3 nights?',
  ])('"%s" still gets the crisis line', (text) => expectRuleLevel(text, 'emergency', 'crisis'));
});

// both_legs ("my legs ache all over … both sides" as no one-sided calf pain) was removed in the review of
// s5-rf-nm: it dropped "one of my legs is swollen", "both calves ache, one is twice the size of the other".
describe('calf pain: legs in the plural beside one calf or leg', () => {
  it.each([
    'my legs are fine but my left calf is swollen and hot',
    'just my legs? no, my left calf is really painful and swollen, 10 days after the birth',
    'both my legs were swollen in pregnancy, now my right calf is hot and tender',
    'my right calf is sore and swollen and both legs feel heavy, is that normal?',
    'my calves both ache but the left one is red, hot and swollen',
    'both legs ache, and my left leg is swollen',
  ])('"%s" still escalates', (text) => expectRuleLevel(text, 'emergency'));
});

describe('mood_not_duration: one week after the birth is no low mood lasting over two weeks', () => {
  it.each([
    'i snapped at my partner this morning and cried into my cornflakes, one week post partum. he made me go back to bed and i feel a bit better',
    'a week postpartum and i cried at an advert, hormones?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    'my baby is 1 week old and I have felt hopeless every day since the birth',
    "i'm 4 weeks pp and i feel like a failure and so alone",
    'one week post partum and i feel hopeless, like this since the birth',
    "mine is 4 weeks old, I've been so low for 3 weeks",
    'she is 10 days old, I feel empty and numb, it has been like this for 2 weeks?',
    "just a rant, I'm 5 weeks pp and I've felt worthless for weeks",
    'my son is 6 weeks and i am dreading every day, i can not cope',
  ])('"%s" still escalates', (text) => expectRuleLevel(text, 'soon'));
});

describe("someone else's age: an age told of another person's baby is not the writer's baby's", () => {
  it('"my friend\'s baby was readmitted … at a week old, mine\'s 5 days with 5 wet nappies" raises no rule', () => {
    expectNoRuleFlag("my friend's baby was readmitted with dehydration at a week old, mine's 5 days with 5 wet nappies today and 3 yellow poos. are we ok?");
  });
  it.each([
    ['my sister had her baby at 6 days old readmitted, mine is 6 days and has had 2 wet nappies today', 'urgent_today'],
    ["my friend's baby was 3 weeks old when she had jaundice, mine is 5 days and only 1 wet nappy since yesterday", 'urgent_today'],
    ["my friend's 2 week old is fine but my baby has had just 2 wet nappies today, she is 9 days old?", 'urgent_today'],
    ['my friend has a 5 day old, my own baby is 3 weeks and still yellow', 'urgent_today'],
    ["my friend's baby was a week old when he got ill. mine is 10 days, just 2 wet nappies today", 'urgent_today'],
  ])('"%s" still escalates', (text, level) => expectRuleLevel(text, level));
});

describe("own pregnancy: a writer's own 24 to 42 weeks are weeks of pregnancy, not a baby's age or a mood's length", () => {
  it('"is there a way to prevent the baby blues? i\'m 38 weeks and scared of feeling low" raises no rule', () => {
    expectNoRuleFlag("is there a way to prevent the baby blues? i'm 38 weeks and scared of feeling low");
  });
  it.each([
    "i'm 38 weeks pregnant and i have felt hopeless every day for a month",
    'i am 30 weeks and i feel so low all the time, crying every day',
    "i'm 36 weeks, is it normal to feel empty and numb since the start of the pregnancy?",
    'i am 32 weeks and have felt hopeless the whole pregnancy',
    'i am 3 weeks postpartum and i feel low every day',
    'i am 4 weeks and cry every day, is that the blues',
    'my baby is 6 days old, i am 38 and feel numb and hopeless all the time',
  ])('"%s" still escalates', (text) => expectRuleLevel(text, 'soon'));
  it('"i am 26 weeks postpartum" is still an age', () => {
    expectRuleLevel('i am 26 weeks postpartum and feel so low', 'soon');
  });
});

describe('"rang" is a word, not a slip for "rage" (typo corrector)', () => {
  it('"my sister rang me crying, …" raises no rule', () => {
    expectNoRuleFlag("my sister rang 999 for me, i went grey and shaky in the bathroom 3 weeks after my c section and could barely speak. i'm home now after antibiotics. how long does sepsis recovery take?");
  });
  it.each([
    ['i feel rage all the time since the birth, 5 weeks now', 'soon'],
    ['my sister rang me, i have felt rage and hopeless every day for 3 weeks', 'soon'],
    ['i rang the midwife because my 5 day old is floppy and will not wake', 'emergency'],
    ['just rang 111, she has a rash that does not fade under a glass?', 'emergency'],
  ])('"%s" still escalates', (text, level) => expectRuleLevel(text, level));
});

describe('hell_idiom: "a nappy change from hell" is no strain of mood', () => {
  it('"just did a dirty nappy change from hell, … 2 weeks, yellow and seedy" raises no rule', () => {
    expectNoRuleFlag('just did a dirty nappy change from hell, it went everywhere, up her back. 2 weeks, yellow and seedy. is explosive normal?');
  });
  it('"6 week growth spurt from hell …" raises no rule (a single event; the review of s5-rf-nm kept only such)', () => {
    expectNoRuleFlag('6 week growth spurt from hell. is this when everyone gives up? how do i get through it');
  });
  it.each([
    'my life has been hell for 3 weeks',
    'every day is hell and i have felt like this for weeks',
    "3 weeks of nights from hell and i'm not coping",
    "it has been a month from hell, i can't stop crying",
    "it's been a 3 week growth spurt from hell and i feel like a failure",
    "it's been 5 weeks from hell since she was born and i'm struggling",
    'what the hell is wrong with me, i have cried every day for a month',
    "i'm living in hell since the birth, 4 weeks now?",
    'just a vent: 5 weeks pp, every night is hell, i feel like a failure all the time',
  ])('"%s" still escalates', (text) => expectRuleLevel(text, 'soon'));
});

describe('"can … come back" is no general question (it silenced a present sign told beside it on main)', () => {
  it.each([
    ['can the fits come back? he had one an hour ago', 'emergency'],
    ['can the rash come back? it does not fade under a glass', 'emergency'],
    ['can the blue lips come back? they did again this morning', 'emergency'],
  ])('"%s" escalates', (text, level) => expectRuleLevel(text, level));
});

describe('same_here: a general question beside the writer’s own case now is about a sign seen now (the first four escalated on neither main nor s4-rf)', () => {
  it.each([
    ['is a rash that does not fade under a glass a sign of meningitis? she has one now', 'emergency'],
    ['does a fit cause brain damage? he had one an hour ago', 'emergency'],
    ['what if he stops breathing again? he stopped for 20 seconds just now', 'emergency'],
    ['in case she has a fit again, what do i do? she had one an hour ago', 'emergency'],
    ['what should you do if a baby goes floppy and pale after a feed? it just happened', 'emergency'],
    ['is it normal for a newborn to breathe really fast and grunt with every breath? mine does', 'emergency'],
  ])('"%s" escalates', (text, level) => expectRuleLevel(text, level));
  it.each([
    'how do you actually do the glass test on a baby rash? asking so i know for the future, theres no rash right now',
    "any tips for spotting the yellow in a baby with olive skin? nothing worrying right now, I just don't trust myself to notice it",
  ])('"%s" is still only a question', (text) => expectNoRuleFlag(text));
});

// sign_question "why do (premature) babies get" ("why do premature babies get jaundice more? … home now and
// pink" as no case) was removed in the review of s5-rf-nm: it dropped "why do prem babies get jaundice at 3
// weeks, mine is", "… mine is 3 weeks and it is not fading".
describe('why babies get jaundice: the writer’s own case beside the question', () => {
  it.each([
    'why do babies get jaundice? mine has it at 3 weeks',
    "why do newborns get jaundice? he's 3 weeks and it's not gone",
    "why do babies get jaundice? ours is 3 weeks and it hasn't gone away",
    'why do prem babies get jaundice? my 4 week old prem is still a bit yellow',
    "why do babies get jaundice, my 2 week old's eyes are yellow",
    'why do newborns get jaundice? she is 3 weeks and still yellow',
    "is grey poo a thing to worry about? she's had it for days",
  ])('"%s" still escalates', (text) => expectRuleLevel(text, 'urgent_today'));
});

describe('"mine" may be the baby: a sign told of "mine" raises the baby’s rules (on main none of these escalated)', () => {
  it.each([
    ['mine is floppy and pale', 'emergency'],
    ['mine has a rash that does not fade under a glass', 'emergency'],
    ['mine is breathing really fast and grunting', 'emergency'],
    ['mine went stiff and jerked for two minutes', 'emergency'],
    ["does jaundice make babies sleepy? mine is yellow and won't wake", 'emergency'],
  ])('"%s" escalates', (text, level) => expectRuleLevel(text, level));
});
