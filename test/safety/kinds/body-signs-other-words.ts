import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s24-crisis: the mother's body, her breast and the baby's breathing told in words the rules missed on the
// training files (a stroke's signs, a headache with swelling, bright light or lying flat, blood leaking from the
// nipple on its own, pink milk told as lasting, see-saw breathing), each beside calm twins in the same words.
// Wordings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe("one side of the face or body drooping or numb, with speech gone wrong, is the mother's emergency", () => {
  it.each([
    'my face went droopy on one side and my words came out wrong, 10 days after the birth',
    'numbness down one side of my face and my speech is slurred, baby is 3 weeks',
    "my partner's face is numb on one side and she can't get her words out, she had the baby last week",
  ])('"%s"', (text) => expectRuleLevel(text, 'emergency'));

  it.each([
    'my face feels puffy and numb after the dentist, can I still breastfeed after a filling?',
    "I can't get my words out when I'm this tired, is that normal with a newborn?",
    'one side of my face has a rash from the sun',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe("a headache told with swelling, bright light or lying flat is the mother's emergency", () => {
  it.each([
    'my head is banging and my hands and face look puffy, 4 days after the birth',
    'headache since this morning and my ankles have puffed up, baby is 2 weeks',
    'pressure headache and the lights seem too bright, 5 weeks postpartum',
    'since my spinal I have a headache when I sit up that goes when I lie flat',
  ])('"%s"', (text) => expectRuleLevel(text, 'emergency'));

  it.each([
    'my feet are still puffy from the pregnancy, when does that go down?',
    'the lights in the ward seem too bright for the baby, can I dim them?',
    'since my epidural I have a headache when I sit up that goes when I lie flat, the anaesthetist is coming to see me this afternoon',
    'I had a spinal headache after my epidural, they did a blood patch and it went, can I feed lying down?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('blood leaking from the nipple on its own, or pink milk told as lasting, is worth a check this week', () => {
  it.each([
    'brownish blood keeps leaking from one nipple on its own, baby is 6 months',
    'a bloody fluid is coming from my nipple between feeds and there is a small lump behind it',
    'my wife says her milk is pink and has been for 10 days',
    "my friend's expressed milk has had a pink tinge for over a week",
    'since day 9 there have been red streaks in my pumped milk, it is day 15 now',
  ])('"%s"', (text) => expectRuleLevel(text, 'soon'));

  it.each([
    'my nipple is leaking milk on its own between feeds, is that normal?',
    'my baby is pink and has been feeding well all week',
    'her cheeks are pink and have been since she woke up, 3 months old',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe("the chest and the tummy moving in opposite directions is the baby's emergency", () => {
  it.each([
    "nanny here, the little one I look after is 5 weeks and his chest and tummy move in opposite directions when he breathes",
    'my 3 week old has see-saw breathing since this morning',
  ])('"%s"', (text) => expectRuleLevel(text, 'emergency'));

  it.each([
    'the twins keep rolling in opposite directions on the play mat',
    'we pulled the pram in opposite directions by accident, lol',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

// The review of s24-crisis: the anaesthetist's care lets a postural headache after an epidural go only when the care
// is done or under way; care not come, waited for, off or cancelled, her sent home, the headache getting worse, a
// stiff neck, a temperature or a high blood pressure keep it the mother's emergency (the review's seven wordings).
describe("an epidural headache with the anaesthetist's care failed or a further sign stays the mother's emergency", () => {
  it.each([
    "epidural headache when I sit up, the anaesthetist never came back and I've been discharged, it's getting worse",
    "epidural headache when I sit up, the anaesthetist never came back and I've been sent home, it's getting worse",
    'epidural headache when I sit up, saw the anaesthetist, home now, headache is getting worse and my neck is stiff',
    "epidural, headache when I sit up, anaesthetist came once, it's been a week and it's only getting worse",
    'headache when I sit up after an epidural, the anaesthetist is off today, discharged, it keeps getting worse',
    "spinal headache when I sit up, the anaesthetist saw me on the ward, now at home I've got a stiff neck and a temperature",
    "epidural headache when I sit up, I'm waiting for the anaesthetist, and my BP was 170/110",
  ])('"%s"', (text) => expectRuleLevel(text, 'emergency'));
});

// After an epidural or a spinal, a headache with a stiff neck, a temperature, weak legs, vomiting or drowsiness needs a
// doctor now, whatever care is planned. Wordings written for these tests.
describe('an epidural headache with a further danger sign is the mother\'s emergency whatever care is planned', () => {
  it.each([
    'the anaesthetist says it is a spinal headache and a blood patch is booked for the morning, but now my neck is stiff and I have a fever of 38.6',
    'my partner had an epidural, her headache is bad when she sits up and tonight her legs feel numb and weak',
    'headache since the spinal, the anaesthetist said it would settle, now I keep vomiting and feel so drowsy',
  ])('"%s"', (text) => expectRuleLevel(text, 'emergency'));

  it.each([
    'I had an epidural and now my back is a bit sore where the needle went in, is that normal?',
    'the epidural made my legs feel numb for a few hours in labour, can it affect my milk?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

// Everyday wordings the body kinds first flagged: a bright lamp or screen, swelling with its own cause or the baby's,
// a tooth or the dentist, baby brain, see-saw breathing asked about, twins facing apart, a baby told pink and well,
// and a day of life told with another colour. Wordings written for these tests.
describe('the body kinds stay calm beside everyday words', () => {
  it.each([
    'I have a headache and the landing light is too bright for night feeds, which bulb is best?',
    "my ankles are swollen from the heatwave and I've got a headache, he is 8 months, is ice water ok?",
    'my face is puffy from crying all night and I have a headache, are these the baby blues?',
    "my baby's face is swollen on one side from lying on it and I have a headache, normal?",
    "one side of my face aches from a wisdom tooth and I keep biting the tip of my tongue, can I take paracetamol?",
    'the dentist numbed one side of my face and I have a cold sore, can I still feed?',
    'what is see-saw breathing? the health visitor said to look out for it',
    'she is pink and has been feeding well all day, how much should she take?',
    'since day 3 the milk has looked a bit yellow, is that still colostrum?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});
