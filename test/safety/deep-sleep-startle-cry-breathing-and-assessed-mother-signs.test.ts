import { sharedRuleExpectations } from '../support/rule-expectations';

// Issue 11, s30: near-miss kinds read from train-26 and train-27's near misses flagged at the emergency level, told
// by several writers. A sleeping baby's arm that drops when lifted, in a deep sleep, who wakes and feeds well; a
// startle with the arms flung out and the whole body jumping at a noise or at being laid down; jerks in sleep that
// stop the moment the baby wakes or a hand is laid on; fast breathing in a big cry that slows once the baby calms,
// the colour good; not waking told as what the parent wants. The mother's: a head rush on standing that lasts a
// second; breathlessness or a tight chest with panic, the heart already tested and normal; her usual migraine with
// aura, her blood pressure told normal; bleeding a little heavier with feeds or on getting up in the first days,
// a pad lasting hours. Beside each, the sign with what the story does not explain still escalates. Wordings
// written for these tests.

const { expectRuleLevel, expectOrdinary } = sharedRuleExpectations();

describe("a baby's sleep, startle and crying told as passing", () => {
  it.each([
    'after a long feed he drops into a really deep sleep and when I raise his arm it just flops back down, but he wakes up yelling for more a couple of hours later and feeds well. 3 weeks old',
    'my 10 day old is so deeply asleep between feeds that her legs flop when I move them, but she roots the minute I change her nappy and feeds well. normal?',
    'when my 4 week old has a good cry his breathing gets really fast, then once he calms down on my shoulder it slows down again. he stays pink. is that ok?',
    'she breathes fast and panty after a crying fit, then settles back to normal in a minute or two. pink the whole time, 2 weeks',
    "every time I put my 3 week old down in her cot she throws her arms out wide and her whole body jerks like she's falling, just for a second. is that some kind of fit?",
    "my 6 week old twitches in his sleep and his arm jerks a bit, but the moment he wakes up it stops. awake he's totally normal and feeds well",
    'when my 2 week old twitches in her sleep and I put my hand on her chest it stops straight away. is that normal twitching?',
    "I've been swaddling her for naps so it doesn't wake her when she startles. is that ok at 5 weeks?",
  ])('"%s" stays ordinary', (text) => expectOrdinary(text));

  it.each([
    // Not waking, not feeding, a long sleep or a change from usual keep the floppiness.
    "she's in a really deep sleep and her arms flop when I lift them, and she won't wake for her feed. 6 days old",
    "after a big feed he's in a deep sleep and his arm drops when I lift it, he wakes up crying but won't suck at all. 1 week",
    "she sleeps so deeply her arm flops when I lift it, usually she wakes up screaming for feeds but she's been asleep since this morning. 5 days old",
    // Fast breathing that goes on at rest, or with grunting or a colour change.
    "when he cries he breathes fast, then calms down, but he's still breathing fast now he's asleep, about 70 a minute. he is pink. 2 weeks",
    'after crying she breathes fast and then calms down, but she grunts with every breath. colour is fine. 3 weeks',
    'after a big cry her breathing goes really fast, then she calms down but her lips look a bit blue. 3 weeks',
    // Jerks that go on, stiffening, eyes rolling, or not stopping when held.
    'when the door slams she flings her arms out and then her arms and legs keep jerking for 2 minutes. 4 weeks',
    'when I lay him down in his cot he throws his arms out, goes stiff and his eyes roll back. 2 weeks',
    "in his sleep his arm jerks over and over, and it doesn't stop when I hold it. 10 days",
    // Not waking wanted beside a baby who cannot be woken.
    "I swaddled him so it doesn't wake him, but now I can't wake him for his feed at all. 5 days",
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe("the mother's signs told as passing or already assessed", () => {
  it.each([
    "I get lightheaded if I stand up fast from feeding, it lasts a second or two and then I'm fine. 5 weeks postpartum, bleeding finished. is that normal?",
    "I get a tight chest and can't catch my breath when I'm panicking about the baby. I went to the GP and had an ECG and blood tests, all normal, it's anxiety. 3 months pp. any tips?",
    "I've had migraines with aura since I was at school. Had one today exactly like always, the flickering zigzags then the headache, and my blood pressure was normal when the practice nurse checked it. baby is 10 weeks",
    "day 4 and when I get up in the morning there's a gush and a tiny clot, then it settles. my pad lasts about 4 hours. is that normal?",
    "day 5 and my bleeding gets a bit heavier every time she's on the breast, I change my pad about every 3 hours. normal?",
  ])('"%s" stays ordinary', (text) => expectOrdinary(text));

  it.each([
    // A heart already tested does not explain a new or different pain, a leg, or breathlessness at rest.
    "I get a tight chest when I panic and the ECG last month was normal, but now it's a sharp pain when I breathe in and my calf is swollen. 4 weeks postpartum",
    "had an ECG that was fine and they said anxiety, but now I'm breathless even at rest and my lips look blue. 3 weeks pp",
    // A usual migraine in the first days after the birth, or with swelling, stays RED-FLAGS.md's headache.
    "a headache with zigzag lights exactly like my usual migraines, but it's 3 days since the birth, blood pressure was normal yesterday",
    "I've had migraines for years and today's headache came with zigzag lights like always, blood pressure normal last week, but my face and hands have gone puffy. 2 weeks pp",
    // Bleeding with big clots, faintness, or a pad soaked in an hour.
    'when I get up there is a gush and big clots and I feel faint, my pad lasts 2 hours. day 3',
    "my bleeding gets heavier at every feed and I'm soaking a pad every hour. day 4",
    "dizzy when I stand up fast, it lasts a second, but I'm bleeding heavily and soaking pads. day 5",
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));
});
