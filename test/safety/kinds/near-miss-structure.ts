import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s10-rf-nm: near misses read by structure (what a colour qualifies, a treatment already under way, a
// general question, a single episode with its cause, a story that is someone else's). Each kind has near misses
// from the training corpora (scripts/red-flag-near-misses.js lists them) and red flags written to break it,
// which the rules must still escalate with certainty at the row's level (when unsure, escalate).

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('yellow said of a thing that is not the skin (yellow_thing)', () => {
  it.each([
    'she brought up some yellowish milk after a feed, not green, and shes smiley',
    'newborn has yellow crusty cradle cap and a few pimples on his cheeks',
    "my 2 week old has 7 wet and 4 yellow dirty nappies a day and feeds every 2-3 hours. my mother in law says that's too much pooing",
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    'newborn has yellow skin and yellow crusty eyes',
    'she looks yellow and brought up some milk',
    'her eyes are yellow and she vomited yellow milk',
    'his skin is yellow, 10 hours old, and he has yellow sick',
    'my 3 week old still looks yellow and has yellow poo',
    'newborn is yellow and sleepy, his milk comes back up yellow',
  ])('"%s" still escalates today', (text) => expectRuleLevel(text, 'urgent_today'));
});

describe('jaundice with no age, treated and followed, told improving (jaundice_managed)', () => {
  it.each([
    'home bili blanket for 4 days now, her levels are dropping and the doctor is happy. shes feeding well',
    "we're home with a bili blanket for his jaundice, he's feeding every 2-3 hours and the nurse is doing heel pricks daily. levels going down. anything else i should do?",
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    'home bili blanket for 2 days but her levels are going up and she is more yellow',
    'we have a bili blanket and she is getting more yellow and very sleepy',
    'on a bili blanket, levels coming down, but her poo is pale like chalk',
    'bili blanket at home but he is getting more yellow by the hour',
  ])('"%s" still escalates today', (text) => expectRuleLevel(text, 'urgent_today'));
  it('"bili blanket … levels dropping, but she is floppy and will not feed" is an emergency', () =>
    expectRuleLevel('bili blanket at home, levels dropping, but she is floppy and will not feed', 'emergency'));
});

describe('jaundice asked about in general, with no baby told yellow now (jaundice_asked)', () => {
  it.each(['what bilirubin number is actually dangerous?', 'at what age should jaundice have gone in a breastfed baby?', 'is breastmilk jaundice different from the kind that needs lights?'])(
    '"%s" raises no rule',
    (text) => expectNoRuleFlag(text),
  );
  it.each([
    'what bilirubin level is dangerous? my son is really yellow and sleepy',
    'is jaundice different from being yellow? my baby is yellow and 1 day old',
    'at what age should jaundice have gone? mine is still yellow at 3 weeks',
    'what bilirubin number is dangerous, he is getting more yellow',
  ])('"%s" still escalates today', (text) => expectRuleLevel(text, 'urgent_today'));
});

describe('a question asked ahead, the writer saying she has none (asked_ahead, own_doubted, a "keep" of the if-clause)', () => {
  it.each([
    'how exactly do you do the glass test on a rash? want to know before i ever need it',
    "can you get an abscess if you keep feeding through mastitis? I've got none now just reading up, baby 2 months",
    "how do I know if my baby's jerky movements are a seizure? I've got no reason to think he's had one, I just want to know what to look for",
    "what is postpartum rage? I've seen it on instagram. I'm not having it, just curious, 4 months in",
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    'how do you do the glass test? want to know before i ever need it. her spots do not fade under the glass right now',
    'how do you do the glass test on a rash? asking before i ever need it, she has purple spots that stay when pressed',
    'what happens if you keep bleeding through a pad every hour? not had it, but im soaking one an hour now',
    'how do I know if my baby\'s jerky movements are a seizure? he has had one this morning',
    "how do I know if my baby's jerky movements are a seizure? no reason to think he's had one, but his arms are jerking now and his eyes rolled back",
  ])('"%s" still escalates as an emergency', (text) => expectRuleLevel(text, 'emergency'));
  it.each([
    'can you get an abscess if you keep feeding through mastitis? I have a hard painful lump now',
    'can you get an abscess if you keep feeding through mastitis? i have had a hard painful lump for a week',
  ])('"%s" still escalates today', (text) => expectRuleLevel(text, 'urgent_today'));
});

describe('blood in milk once, with its cause, or for a day or two: not "lasting more than a few days" (RED-FLAGS.md)', () => {
  it.each([
    'lowered my pump suction and the pink streaks stopped after a day. should I still worry?',
    "bit of blood from my nipple when he came off, there's a tiny crack at the tip. first time it's happened, he's 2 weeks. do I keep feeding on that side?",
    "blood in my milk, it's been 2 days, both nipples are cracked from a bad latch. LC is fixing the latch. when does the blood usually stop?",
    "pumped milk came out a bit pink on the left this morning, but the right was normal. it was fine again by the afternoon pump. I'd pumped for an hour on high suction by mistake",
    'pumped while doing my makeup and the milk was pink, that nipple is a bit raw. next bottle was normal',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    'blood in my milk for 5 days, nipples are cracked',
    "blood in my milk, it's been 2 days, and it happened a week ago too, nipples cracked",
    'next bottle was normal but then pink again every pump since',
    'bit of blood from my nipple when he came off, it keeps happening every feed for a week. do I keep feeding?',
    'pumped milk was pink, next bottle was normal, but it has been pink on and off for a week',
  ])('"%s" still gets "see someone soon"', (text) => expectRuleLevel(text, 'soon'));
});

describe('one negation over a list: "no fever or redness" denies both', () => {
  it('"… no fever or redness. should I pump?" raises no rule', () =>
    expectNoRuleFlag("baby refusing the breast and now I'm so engorged I'm leaking through my top, one side is getting lumpy. no fever or redness. should I pump?"));
  it.each(['no fever or redness but my breast is hot and swollen and i have chills', 'hasn\'t had a wet nappy or a poo since yesterday, 5 days old', 'no wet nappies or dirty ones in 24 hours, 6 days old'])(
    '"%s" still escalates today',
    (text) => expectRuleLevel(text, 'urgent_today'),
  );
  it.each(["he won't feed or wake up properly, 5 days old", 'he will not latch or suck and is floppy'])('"%s" still escalates as an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('milk told not in while the baby shows it is: wet nappies at the chart for the day of life with yellow poo, or gaining (normal_when)', () => {
  it.each([
    'i never felt full or engorged but by day 5 she was doing 6 heavy wees and yellow poos and gaining at the weigh-in. so my milk did come in even without the boob explosion?',
    "my breasts never felt full and it's day 6, the baby feeds constantly but the midwife says as long as nappies are good it's fine. he has had 6 wet and 3 yellow poos today",
    "breasts haven't felt full at all but baby is pooing yellow 4 times a day and weeing 7 times, day 6, weight up at the check. do I need to worry that I never felt it come in?",
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    // train-6 labels these red flags: the chart's minimum of wet nappies alone does not say the milk is in.
    "it's 80 hours since the birth and still only colostrum, my husband says relax and do skin to skin, baby's peeing ok, 3 wet today",
    "had an unplanned c section 4 days ago and still nothing but colostrum, no fullness at all. he's weeing ok-ish, 3 wet nappies yesterday",
    'day 5 and my milk has not come in, she has had 6 wet nappies and yellow poo but she has lost 12 percent',
    "my milk hasn't come in and it's day 6, she had 6 wet nappies and yellow poos but she is screaming after every feed",
    'day 5 and my milk has not come in, only 2 wet nappies today and yellow poo',
  ])('"%s" still escalates today', (text) => expectRuleLevel(text, 'urgent_today'));
});

describe('an amount gone down from is no amount lost ("down from 30oz to 24oz a day", a pumped volume)', () => {
  it('"… pumping less? down from 30oz to 24oz a day, baby is 4 months …" raises no rule', () =>
    expectNoRuleFlag("why am I suddenly pumping less? down from 30oz to 24oz a day, baby is 4 months and eating about 25oz. I'm exhausted and haven't been eating properly"));
  it.each(['lost 12 oz, born 7lb, 5 days', 'down from 7lb 8oz to 6lb 10oz, 6 days old', 'he dropped from 3.5 kg to 3.1 kg'])('"%s" still escalates today', (text) =>
    expectRuleLevel(text, 'urgent_today'),
  );
});
