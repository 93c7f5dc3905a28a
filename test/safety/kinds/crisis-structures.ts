import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s22-crisis: crisis kinds the rules missed, each a structure of its own structural concepts (who + the
// act or state + the crisis object or time; content/safety.yaml, read by the rules only), with the ordinary
// wordings beside them that must stay calm: every false alarm of the s21-crisis review (or a close variant) and
// this branch's own near wordings (an everyday thing not safe to do, a decision about feeds, a head "telling me"
// to drop a feed, going away for a weekend, jumping for joy). Wordings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel, expectOrdinary } = ruleExpectations(triage);

describe('her safety told as gone now, by her or of her, gets the crisis line', () => {
  it.each([
    "I'm not safe tonight",
    "i'm not safe right now, baby is 5 weeks",
    'Im not safe tonight and baby is with me',
    'honestly I am not safe at the moment',
    "I can't keep myself safe",
    'i cant keep my self safe',
    "I dont think i can keep myself safe anymore",
    "I'm not sure I can keep myself safe tonight",
    "I don't trust myself to stay safe tonight",
    'i dont trust myself to stay safe with the pills in the house',
    "I don't think I can stay safe tonight",
    "my wife says she's not safe tonight",
    'my partner told me she was not safe tonight and went to the bathroom',
    "my wife says she cant keep herself safe",
  ])('"%s"', (text) => expectRuleLevel(text, 'emergency', 'crisis'));
});

describe('a question whether something is safe, or not safe to do an everyday thing, raises no rule', () => {
  it.each([
    'is it safe to take ibuprofen while breastfeeding?',
    "I'm not safe to drive yet after my c-section, how do I get to the clinic?",
    "I'm not safe to be driving yet",
    "I'm not safe on my feet after the epidural",
    'am I safe to drive after the epidural?',
    'is the car seat safe for a newborn?',
    "I don't feel safe co-sleeping, what else can I do?",
    "I can't keep myself awake during the night feeds",
    "I don't trust myself to stay awake during night feeds",
    "she is not safe in that car seat anymore, she's too big",
    'the midwife said she is not safe in the sling like that',
  ])('"%s"', (text) => expectOrdinary(text));
});

describe('a decision or a farewell told with the night it is for gets the crisis line', () => {
  it.each([
    "tonight's the night, I've decided",
    'tonights the night, ive decided',
    "I've made up my mind, tonight is the night",
    'I have made up my mind. Today is the day.',
    "Today is the day. I've made my decision. The baby will be fine with his dad.",
    "Ive made my decision, sorry for everything",
    'she said she has made up her mind and tonight is the night',
  ])('"%s"', (text) => expectRuleLevel(text, 'emergency', 'crisis'));

  it.each([
    "tonight's the night, I've decided to drop the dream feed",
    "today's the day, I've decided we're switching to formula",
    "I've decided! tonight's the night we try the cot",
    "tonight's the night we try the cot!",
    "today's the day I go back to work",
    "I made up my mind, switching to formula",
    "I've made my decision, bottles it is",
    'my mind is made up, we are doing baby led weaning',
    'tonight is the night of the big sleep regression lol',
  ])('a decision about feeds or sleep: "%s" stays ordinary', (text) => expectOrdinary(text));
});

describe('a voice or her head commanding harm is a crisis, not the calm intrusive-thought reply', () => {
  it.each([
    'my head keeps telling me to drop her over the railing',
    'my head keeps telling me to drop him over the banister',
    'my brain keeps telling me to throw him down the stairs',
    'theres a voice in my head telling me to hurt my baby',
    'the voices keep telling her to drown the baby',
    'my mind keeps telling me to take all the pills',
    'a voice told me to kill myself last night',
  ])('"%s"', (text) => expectRuleLevel(text, 'emergency', 'crisis'));

  it.each([
    'my head keeps telling me to give up breastfeeding',
    'my gut keeps telling me to drop him to one nap',
    'my mum keeps telling me to drop the night feed',
    'my mind keeps telling me to check on him',
    'my head keeps telling me to throw in the towel',
    'my mum told me to shake the bottle before feeding',
  ])('an everyday "telling me to": "%s" stays ordinary', (text) => expectOrdinary(text));

  // The learned check (unchanged: no rule or net input of this branch reads it) flags this one on main too.
  it('no rule flags "my brain keeps telling me to jump up every time he squeaks"', () => expectNoRuleFlag('my brain keeps telling me to jump up every time he squeaks'));
});

describe('psychosis told by a partner or by her: the baby doubted as real or as hers, a belief against the facts', () => {
  it.each([
    'she keeps asking if the baby is real',
    'my wife keeps asking me whether our son is real',
    'my husband keeps asking me if the baby is real and I dont know',
    "she doesn't believe the baby is hers",
    'my sister doesnt believe the baby is hers anymore',
    "she keeps asking if he's really hers",
    "I'm not sure this baby is even mine",
    'my wife says our daughter is a replacement baby and not the real one',
    "she insists there are bugs in the baby's milk, there are none",
    "she's convinced there are maggots in her breastmilk, we've checked and there aren't any",
    "my wife keeps saying there is glass in the baby's bottles, there is nothing there",
    'my partner is convinced there are worms in her milk, we checked and there is nothing',
    "is it mad that I'm convinced my baby got swapped in the hospital?",
    'my daughter in law is convinced her baby was swapped at birth',
  ])('"%s"', (text) => expectRuleLevel(text, 'emergency', 'crisis'));

  it.each([
    'my husband keeps asking if the baby is ok',
    'she keeps asking if the baby is hungry',
    "I still can't believe she's real",
    'she asked me if the baby is really mine lol, he looks just like his dad',
    "my mum insists there are bugs in the breast pump tubing, there aren't any",
    "my mum insists my milk is too thin, it isn't",
    "she insists there's a lump in my breast but the GP says there's nothing there",
    "my husband is convinced the baby has reflux but there's nothing wrong",
    "she's convinced the baby got swapped to the wrong formula in the hospital",
    "I'm not sure the baby is getting enough",
  ])('"%s" stays ordinary', (text) => expectOrdinary(text));
});

describe('better off without her in a conditional, or happier with someone else', () => {
  it.each([
    'if i went away they would all be happier',
    'if i left for good the kids would be fine',
    "if i just disappeared they'd all be better off",
    'if i ran away the baby would be better off',
    "my wife said if she was gone the kids would be happier",
    "if she went away we'd all be happier she says",
    "sometimes I think my kids deserve a mum who doesn't yell, someone better than me. they'd be happier with someone else",
    "they deserve someone better than me, they'd be better off with someone else",
  ])('"%s"', (text) => expectRuleLevel(text, 'emergency', 'crisis'));

  it.each([
    'if I went away for a night would he take the bottle better?',
    'if I went away for the weekend would he be ok?',
    'if I went away to a wedding would he take a bottle?',
    'if i went away overnight they would be fine with dad',
    'would the baby be happier if I went back to work?',
    "he'd be happier with someone else doing bedtime",
    "my kids deserve a holiday, they'd be happier with someone else watching them for a day",
  ])('going for a while, or someone else doing a feed: "%s" stays ordinary', (text) => expectOrdinary(text));
});

describe('wanting to jump beside a high place, and going out of a window', () => {
  it.each([
    'stood by the window saying she wanted to jump',
    'she was standing at the window saying she wanted to jump',
    'she stood on the balcony and said she wants to jump',
    'I stood on the balcony and I wanted to jump',
    'i feel like jumping off the roof',
    "I stood at the window last night thinking it's either me or my daughter who should go out of it",
  ])('"%s"', (text) => expectRuleLevel(text, 'emergency', 'crisis'));

  it.each([
    'I wanted to jump for joy when he finally latched',
    'the cat wanted to jump out the window',
    'she jumps when the window slams',
    'I wanted to jump out of my skin when the alarm went',
    'I jumped out of bed when I heard him',
  ])('"%s" stays ordinary', (text) => expectOrdinary(text));
});

describe('a crash pictured with the baby in the car, or hoping the baby falls ill: the calm reply with the crisis line', () => {
  it.each([
    'I keep seeing the car crashing with him in it',
    'every time we drive i picture the car crashing with her in the back',
    'i keep seeing the car crash with the baby in the back',
    'I keep imagining the car crashing with her in it',
    'this is horrible but sometimes i catch myself hoping she gets ill enough to be admitted',
    'sometimes i hope he gets ill enough to go into hospital so I can rest',
  ])('"%s"', (text) => expectRuleLevel(text, 'emergency', 'crisis_intrusive'));

  it.each([
    "I had a car crash last year and I'm nervous driving with the baby in the back",
    'hoping he gets over his cold soon',
    "I hope she gets ill less now she's on my milk",
  ])('"%s" stays ordinary', (text) => expectOrdinary(text));
});

describe('weary of life itself, letters with provision for after her, a blank stare and no movement', () => {
  it.each([
    'mornings are the worst, I have no strength left to live, 3 months after my son was born',
    'I have no will to live anymore',
    "life hurts, living is tiring, I feel like I'm dying a little every day. my son is 4 months",
    "I've written letters to my kids. I just need to know the baby will be ok on formula",
    'i wrote letters to my children, nobody knows',
    'since the birth 10 days ago my wife just sits staring, hardly speaks or moves',
  ])('"%s"', (text) => expectRuleLevel(text, 'emergency', 'crisis'));

  it.each([
    'I have no strength left in my arms after feeding',
    "I'm dying for a cup of tea",
    "I've written a letter to my baby for when she's older",
    'a letter to my daughter for her first birthday',
    'my wife sits staring at her phone and hardly speaks to me',
  ])('"%s" stays ordinary', (text) => expectOrdinary(text));

  // Staring and hardly talking is told of low mood too (train-14, train-20 label it soon): no crisis of its own.
  it('"she just stares at nothing, hardly talks, says she is a bit down" is no crisis', () => {
    const found = triage('she just stares at nothing, hardly talks, says she is a bit down, baby is 7 weeks', [], {});
    expect(found?.message?.startsWith('crisis') ?? false).toBe(false);
  });
});

describe("the screening questionnaire's self-harm item answered as any but never gets the crisis line", () => {
  it.each([
    "EPDS score 17 at my 6 week check, Q10 answered 'sometimes'",
    'I answered sometimes on question 10 of the EPDS',
    'epds was 14, I ticked hardly ever for the last question',
    'my wife scored 12 and question 10 was quite often',
  ])('"%s"', (text) => expectRuleLevel(text, 'emergency', 'crisis'));

  it.each([
    'what is question 10 of the EPDS about?',
    'why does the health visitor ask question 10?',
    "what's the last question for?",
    'I scored 0 on question 10',
    'my EPDS was 7 and I ticked never for the last question',
    'I sometimes cry at the last question of the quiz lol',
    'the last question I have is sometimes he feeds for an hour, is that ok?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

// The s21-crisis review's false alarms (its wordings, a few fragments given as whole messages): ordinary on this
// branch. Three of them the learned check flags on main already (not a rule: "thinking about joining them at baby
// yoga", "the lumps were not real lumps", "I'm scared of my thoughts about going back to work"): no rule may, and
// "what happens if I … did not wake up for the night feed" raises the baby's hard-to-wake rule on main (its own
// wording), so it is asked here without the ellipsis's "did not wake up".
describe('the s21-crisis review\'s false alarms stay ordinary', () => {
  it.each([
    'I\'ve been thinking about ending breastfeeding at 6 months',
    'thinking about ending the night feeds',
    'I thought about ending pumping',
    'thinking about ending our nursing journey',
    'my supply might as well be gone',
    'my boobs might as well be dead',
    'he\'s going to kill himself climbing off the sofa',
    'killing himself laughing',
    'the vet had to end his life',
    'tired of fighting with the bottle',
    'sick of fighting him to latch',
    'tired of fighting with my body',
    'I can\'t take this pain anymore, my nipples are cracked',
    'is it okay if I went away for a weekend while breastfeeding?',
    'is it okay to go on a hen do for 2 nights while breastfeeding?',
    'is it better if I just left him to cry for a minute',
    'what if I never woke up for the pump alarm',
    'will a dummy permanently affect his latch',
    'I\'d be relieved if something happens to make him sleep longer',
    'joining her at the breastfeeding cafe',
    'my nan planned her own funeral',
    '4 year old keeps talking about death',
    'I will die if I have to do another night like this lol',
    'will he take the whole bottle if I go out?',
    'take the whole packet of fenugreek',
    'sorting out my affairs before going back to work',
    'what is question 10 of the EPDS about?',
    'why does the health visitor ask question 10?',
    'what\'s the last question for?',
    'I scored 0 on question 10',
    'a letter to my baby for her first birthday, just in case',
    'letters to my children for when they are older, just in case?',
    'I had to jump out of the car to feed him',
    'he cries every time I open the car door while he\'s asleep',
    'sat in the car in the garage feeding him because it was raining',
    'I keep hearing the baby cry in the shower when there is nothing there, is that normal?',
    'heard a knock but nobody was there',
    'GP says there is nothing there, thrush?',
    'went to see the lactation consultant but no one was there',
    'my grandmother died in childbirth, am I at higher risk?',
    'great-grandmother died in labour',
    'he\'s not the same baby since his jabs',
    'wish he was back in my belly lol',
    'put him back inside me so I could sleep',
    'my cat went missing',
    'my mum, she died in 2019',
    'is there something in my food that makes him gassy?',
    'I was chosen to have an induction',
    'we\'ve chosen to have a home birth',
    'my husband is in on it now, he does the dream feed',
    'the midwives are all lying to me about supply, they aren\'t, right?',
    'partner is working against me with the bottle',
    'grandad reincarnated lol',
    'looks like a character from a cartoon',
    'do the colours of her poo mean something?',
    'do the patterns of his night feeds mean something?',
    'they swapped him to a different formula at the hospital',
    'we swapped to bottles in the hospital',
    'swapped formula brands',
    'watched a film last night with a dark figure in it and now I can\'t sleep',
    'watched a horror film with a shadowy figure, now I keep checking the baby monitor',
    'a figure standing in the doorway turned out to be my husband lol',
    'toddler says he sees a man standing in his room',
    'watching the patterns moving on her mobile',
    'ants crawling on the breast pump parts',
    'a monitor or something for watching the baby',
    'should I avoid the stairs after my c-section?',
    'scared of heights, should I avoid the stairs',
    'toddler shook the cot',
    'we hid the knives now she\'s crawling',
    'worried I\'ll crash the car and hurt someone',
    'I want to hurt someone when they give feeding advice lol',
    'before I did something silly like overfeed him',
    'what if I drop her in the bath, is a bath seat safe?',
    'I\'m bipolar, is it odd that my milk looks blue?',
    'I\'m bipolar and stable, only sleep 5 hours a night, is that a risk for my milk?',
    'more energy than I expected but only sleep 4 hours',
    'can\'t sleep when baby sleeps, so I\'ve been deep cleaning',
    'destroying myself with guilt',
    'hi, it\'s 3am and I can\'t sleep',
    'hi, it\'s 2am and I can\'t sleep',
    'signing up for baby yoga, he\'s up all night',
    'he will be ok without me on the weekend?',
    'my EPDS was 7 and I ticked never for the last question',
    'what happens if I sleep through the night feed?',
  ])('"%s"', (text) => expectOrdinary(text));

  it.each([
    'thinking about joining them at baby yoga',
    'the lumps were not real lumps',
    "I'm scared of my thoughts about going back to work",
  ])('no rule flags "%s"', (text) => expectNoRuleFlag(text));
});
