import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s22-crisis: crisis kinds the rules missed, each a structure of its own structural concepts (who + the
// act or state + the crisis completion; content/safety.yaml, read by the rules only), with the ordinary wordings
// beside them that must stay calm: the false alarms of the s21-crisis and s22-crisis reviews of the kinds kept (in
// words of our own) and this branch's own near wordings. Wordings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel, expectOrdinary } = ruleExpectations(triage);

/** Whether the reply for a message is a crisis one (the crisis line or the calm intrusive reply). */
const isCrisisReply = (text: string): boolean => triage(text, [], {})?.message?.startsWith('crisis') ?? false;

describe('her safety told as gone, with a crisis completion in the clause, gets the crisis line', () => {
  it.each([
    "I'm not safe tonight",
    "i'm not safe right now, baby is 5 weeks",
    'Im not safe tonight and baby is with me',
    "I can't keep myself safe",
    'i cant keep my self safe',
    "I dont think i can keep myself safe anymore",
    "I'm not sure I can keep myself safe tonight",
    "I don't trust myself to stay safe tonight",
    "I don't think I can stay safe tonight",
    "I'm not safe with myself, it scares me",
    'i am not safe around the baby right now',
    "my wife says she's not safe tonight",
    'my partner told me she was not safe tonight and went to the bathroom',
    "my wife says she cant keep herself safe",
  ])('"%s"', (text) => expectRuleLevel(text, 'emergency', 'crisis'));
});

describe('not safe with an everyday thing, place or cause, or to do something, raises no crisis rule', () => {
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
    // The s22-crisis review's false alarms of this kind, reworded.
    "honestly I'm not safe with a bread knife at this hour",
    "I'm not safe near the biscuit tin lol",
    "I'm not safe around birthday cake right now haha",
    "I'm not safe with the hot kettle around him, I keep nearly knocking it",
    "I'm not safe tonight to feed him after three glasses of wine, should I express?",
    "I'm not safe right now to drive because of the strong painkillers, are they ok with breastfeeding?",
    "I can't keep myself safe from germs at soft play, will he catch my cold through my milk?",
    "I'm not sure I can keep myself safe from covid on the ward, should I still go?",
    "I feel unsafe with myself on the stairs since the section",
    "I'm not safe here anymore, we're being evicted, where can I get help with formula?",
    "I don't trust myself to be safe on the motorway yet",
  ])('"%s"', (text) => expectNoRuleFlag(text));
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
    'my head tells me to drop her off the balcony',
  ])('"%s"', (text) => expectRuleLevel(text, 'emergency', 'crisis'));

  it.each([
    'my head keeps telling me to give up breastfeeding',
    'my gut keeps telling me to drop him to one nap',
    'my mum keeps telling me to drop the night feed',
    'my mind keeps telling me to check on him',
    'my head keeps telling me to throw in the towel',
    'my mum told me to shake the bottle before feeding',
    // The s22-crisis review's false alarms of this kind, reworded.
    'my head keeps telling me to drop him off the breast once he dozes',
    'my brain says to shake him awake for the dream feed',
    'my head tells me to let go of her at night so her dad can settle her',
    'my brain tells me to jump',
    'my head tells me to end it with the pump',
  ])('an everyday "telling me to": "%s" raises no crisis rule', (text) => expect(isCrisisReply(text)).toBe(false));

  // The learned check (unchanged: no rule or net input of this branch reads it) flags this one on main too.
  it('no rule flags "my brain keeps telling me to jump up every time he squeaks"', () => expectNoRuleFlag('my brain keeps telling me to jump up every time he squeaks'));
});

describe('the baby doubted as real or as hers, told by her or of her by a partner', () => {
  it.each([
    'she keeps asking if the baby is real',
    'my wife keeps asking me whether our son is real',
    "she doesn't believe the baby is hers",
    "she keeps asking if he's really hers",
    'I keep wondering if he is really mine',
    'my wife says our daughter is a replacement baby and not the real one',
    "is it mad that I'm convinced my baby got swapped in the hospital?",
  ])('"%s"', (text) => expectRuleLevel(text, 'emergency', 'crisis'));

  it.each([
    'my husband keeps asking if the baby is ok',
    'she keeps asking if the baby is hungry',
    "I still can't believe she's real",
    'she asked me if the baby is really mine lol, he looks just like his dad',
    "she's convinced the baby got swapped to the wrong formula in the hospital",
    "I'm not sure the baby is getting enough",
    // The s22-crisis review's false alarms of this kind, reworded.
    'our 2 year old keeps asking if the baby is real',
    "my nephew asked if the baby is real, he thinks she's a doll",
    'my mother in law asked if the baby is really ours, he is so blonde',
    'the nurse asked whether the baby is ours to match the wristband',
    'people keep asking if she is real, she is so cute',
    'my partner asks if the baby is ours whenever he screams lol',
    'she asked whether the baby is really hers, jokingly, he looks like his dad',
    'she keeps asking if the baby is real hungry or just comfort sucking',
    'do they sell replacement baby bottle teats?',
    'is a replacement baby monitor worth it?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('better off without her in a conditional, or happier with someone else', () => {
  it.each([
    'if i went away they would all be happier',
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
    // The s22-crisis review's false alarms of this kind, reworded.
    "if I left the room she'd be fine after a minute",
    'if I just vanished into the shower my husband would cope better with the bath',
    "if I walked out he'd be fine after a bit of grumbling",
  ])('going for a while, or someone else doing a feed: "%s" stays ordinary', (text) => expectOrdinary(text));
});

describe('a crash pictured with the baby in the car: the calm reply, or the crisis line with a crisis word', () => {
  it.each([
    'I keep seeing the car crashing with him in it',
    'i keep seeing the car crash with the baby in the back',
    'I keep imagining the car crashing with her in it',
  ])('"%s"', (text) => expectRuleLevel(text, 'emergency', 'crisis_intrusive'));

  it.each([
    'I keep seeing the car crash with him in it and part of me wants it to happen',
    "i keep picturing the car crashing with her in the back and i don't want to stop it",
  ])('"%s" gets the crisis line, not the calm reply', (text) => {
    expectRuleLevel(text, 'emergency', 'crisis');
    expect(triage(text, [], {})?.message).toBe('crisis');
  });

  it.each([
    "I had a car crash last year and I'm nervous driving with the baby in the back",
    // The s22-crisis review's false alarms of this kind, reworded.
    'every time I drive I imagine the car crashing with him in the back, is that anxiety?',
    "I keep picturing a crash with her in the back, I'm such a nervous driver",
  ])('"%s" stays ordinary', (text) => expectOrdinary(text));
});

describe('a blank stare with no movement, told of her', () => {
  it.each([
    'since the birth 10 days ago my wife just sits staring, hardly speaks or moves',
  ])('"%s"', (text) => expectRuleLevel(text, 'emergency', 'crisis'));

  // No rule reads a crisis in a stare at a phone. The learned check may still send its conditional crisis line:
  // since the net learnt train-17 to train-25 (s27-net), whose partners tell a wife who sits staring and hardly
  // speaks as a crisis, it holds this one likely enough for that (issue 11: in doubt about a crisis, the line).
  it('no rule reads "my wife sits staring at her phone and hardly speaks to me" as a crisis', () => expectNoRuleFlag('my wife sits staring at her phone and hardly speaks to me'));

  // Staring and hardly talking is told of low mood too (train-14, train-20 label it soon): no crisis of its own.
  it('"she just stares at nothing, hardly talks, says she is a bit down" is no crisis', () => {
    expect(isCrisisReply('she just stares at nothing, hardly talks, says she is a bit down, baby is 7 weeks')).toBe(false);
  });

  // A baby staring and still is the baby's emergency, with its own reply (the s22-crisis review, reworded).
  it.each([
    'my baby is 4 weeks old, floppy, stares into space and hardly moves',
    'stares at nothing and barely moves, my 3 week old, is it a seizure?',
  ])('"%s" gets the baby\'s emergency, not the crisis reply', (text) => {
    expect(triage(text, [], {})?.level).toBe('emergency');
    expect(isCrisisReply(text)).toBe(false);
  });
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
