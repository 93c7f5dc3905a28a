import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s22-nm: a near-miss kind from train-20, fixed as a reading. A newborn's or a mother's passing state
// told in a sign's words, with the ordinary trigger that brought it on and its return to normal in the sign's
// sentence or the next (content/safety.yaml: passing_*, *_return, read by the rules' normal_when), raises no
// rule. Each calm story is paired with the same story and a sign the trigger does not explain, or the sign told
// as not passing: those keep their level. Phrasings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('a passing state told with its trigger and its return to normal', () => {
  it.each([
    'when I undress her for a nappy change her legs go mottled, then she goes pink again as soon as she is dressed. 4 weeks old',
    'after his bath his legs go blotchy and cold, then pink again once he is dressed. 3 weeks',
    'my baby is 4 weeks, her hands and feet go a blotchy purple colour when she is undressed, but her chest is pink and she warms up again once dressed',
    'my 2 week old jerks her arms as she drifts off to sleep, and as soon as she is awake it stops',
    'when the door bangs he flings his arms out and jerks, then he cries and settles again. 3 weeks',
    'her chin trembles when she cries and her arms jerk, then she settles again',
    '8 weeks after my section and I get puffed out carrying the pram up the stairs, but I get my breath back in a minute',
    '5 days after the birth I got dizzy when I stood up too fast, sat down and it passed',
    'after a big feed she goes milk drunk with floppy arms, then wakes easily for the next feed. 3 weeks',
    // Jitters that stop when held, told with the holding first (stops_when_held).
    'his chin goes trembly when he cries and his legs shake a bit. If I hold his leg it stops straight away. 1 week old',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  // The story, then a question naming it (sign_named_asked): the story's sentences before the question count.
  it.each([
    'her chin trembles when she cries and stops when she calms. 10 days old. is that a fit?',
    'after her bath her legs go lacy, then it goes once she is dressed. she is 5 weeks. is that the marbling thing?',
    'after a big feed she goes milk drunk, arms floppy, then wakes hungry an hour later. that floppy sleep is normal right?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    'her chin trembles when she cries and stops when she calms. 10 days old. yesterday her whole body went stiff. is that a fit?',
    'when I put him down his arms fling out, then he settles again. he is 3 weeks. today he had jerking for 3 minutes and went blue. is that a seizure?',
    'when I put him down his arms fling out, then he settles again. he is 3 weeks. it also happens when he is feeding and it will not stop. is that a seizure?',
    'she does this odd thing with her arms, 2 weeks old. is that a fit?',
    'after her bath her legs go lacy, then it goes once she is dressed. but she is floppy and won\'t feed. is that the marbling thing?',
    'after a big feed she goes milk drunk, arms floppy, and she is really hard to wake for the next one. that floppy sleep is normal right?',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));

  it.each([
    // A sign the trigger does not explain, told beside it.
    'when I undress her for a nappy change her legs go mottled and she is floppy, then she goes pink again as soon as she is dressed',
    'after his bath his legs go blotchy and cold, then pink again once he is dressed, but he is really sleepy and won\'t feed',
    'her lips go blue while feeding and in the cold air, pink again once warm, 3 weeks',
    'his lips went blue in the cold air, pink again inside, but now he is breathing fast and grunting',
    'my 2 week old jerks her arms as she drifts off to sleep and her eyes roll back, then it stops',
    'her arms jerk when she cries and she goes blue, then she settles again',
    'when i put her down her arms and legs jerk for 2 minutes, then she settles again',
    'his legs shake a bit. If I hold his leg it stops straight away, but his eyes roll back. 1 week old',
    'his legs shake a bit. If I hold his leg it stops, then it starts again and goes on for 5 minutes. 1 week old',
    '8 weeks after my section, puffed out carrying the pram up the stairs, get my breath back after a minute but I have a sharp pain in my chest',
    '8 weeks after my section, puffed out carrying the pram up the stairs, got my breath back after a minute, but my left calf is swollen and sore',
    '5 days after the birth I got dizzy when I stood up too fast, sat down and it passed, but I am bleeding heavily and soaking a pad an hour',
    'got dizzy when I stood up too fast and it passed when I sat down, but then I fainted in the shower, 4 days postpartum',
    'after a big feed she goes floppy and is hard to wake for the next feed, 3 weeks',
    // A trigger that explains nothing of this sign ("when she cries" for blue lips), or no return told.
    'her lips go blue when she cries, then pink again once she settles, 2 weeks',
    'after the bath her legs go mottled, she is 3 weeks',
    'got dizzy when I stood up too fast in the shower, 3 days after the birth',
    'when I lay her down her arms and legs jerk rhythmically, then she settles again, 2 weeks',
    'I was so breathless carrying the baby up the stairs I nearly passed out, then I got my breath back, 1 week postpartum',
    'got dizzy standing up fast in the shower and it passed, but I have a really bad headache and blurry vision, day 5',
    'breathless carrying the shopping up the stairs, got my breath back after a minute, but my lips went blue',
    // The sign told as not passing.
    'when I undress her for a nappy change her legs go mottled, then pink again once dressed, but an hour later she is still blotchy',
    'his lips went slightly blue in the cold air at the park and they stayed blue when we got inside, 7 weeks',
    'when the door bangs he flings his arms out and jerks, then he settles again, but his arm keeps jerking on one side all day',
    '8 weeks after my section and I get puffed out carrying the pram up the stairs and now I am breathless even at rest',
    'after a big feed she goes milk drunk with floppy arms and stays floppy even when awake, then wakes hungry',
    // Told as lasting long (passing_long), or beside an illness of the baby's.
    'she went mottled after the bath and took over an hour to go pink again once warm, 4 weeks',
    'after the bath she goes lacy and mottled for ages, then pink again once dressed',
    'puffed out carrying the pram up the stairs and it takes half an hour to get my breath back, 3 weeks after the birth',
    'dizzy when I stood up too fast, it passed when I sat down, but it happens every time I stand, 5 days postpartum',
    'his lips went blue in the cold wind, pink again once inside. he is 2 weeks and has a cold with a cough',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));

  // The review of s22-nm: signs the trigger does not explain, in other words than the ones above, and blue lips,
  // which no cold explains (RED-FLAGS.md: an emergency, with no exception).
  it.each([
    'his lips went slightly blue in the cold air at the park, pink again once we got inside, he is 7 weeks',
    'her lips went blue in the bath and were pink again once she was dressed, 3 weeks',
    'his lips go blue in the cold wind, pink again indoors, and a little blue when he feeds too',
    // A fit's marks beside a startle or a jerk dropping off (seizure_unexplained).
    'when I lay him down his right leg jerks, then he settles again, 10 days old',
    'when I lay her down her arms jerk then she settles again, but she also does it when wide awake',
    'his arms jerk when I put him down then he settles, but they come in clusters again and again',
    'she startles and jerks and settles again, but it has happened 20 times since lunch',
    'when I put him down his legs jerk and then it stops, but it is more and more every day',
    'his legs jerk when he cries then he settles, but his leg stays stiff after',
    'when I lay her down her arms jerk then she settles again, she rolled off the bed and bumped her head this morning',
    // Stopping when held is the movement's, not the crying's, and it does not come back (held_unexplained).
    'if I hold her arm she stops crying, but her arm keeps jerking',
    'his legs jerk, when I hold him it stops, but it keeps coming back all evening',
    // Breathlessness at night, and a blackout after a head rush (exertion_unexplained, faint_unexplained).
    'out of breath carrying the pram up the stairs, get my breath back after a bit, but I wake in the night gasping, 2 weeks after the birth',
    'got dizzy standing up fast and it passed, then everything went black for a moment, 5 days after the birth',
    // A floppy full baby who is hard to wake in other words, has few wet nappies or does not move a limb.
    'after a big feed he is floppy and milk drunk and wakes hungry, but today he slept 5 hours without waking and I had to undress him to wake him',
    'milk drunk and floppy after a big feed, wakes hungry, but only 1 wet nappy today',
    'milk drunk after a long feed, floppy, wakes hungry, but for the last few feeds he could barely stay awake',
    'after a big feed she goes floppy and milk drunk and wakes hungry, but she is not moving her right arm',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));

  // Skin blotchy after a bath and pink again once dressed, beside an illness of the gut or dry nappies
  // (cold_passing_danger): the skin sign keeps its flag.
  it.each([
    'mottled legs after her bath, pink again once dressed, but she has had diarrhoea since the morning, 2 weeks',
    'blotchy and cold after the bath, pink again once dressed, and he has been vomiting green, 10 days old',
    'mottled after a nappy change, pink again once dressed, but her nappies have been dry since last night, 1 week old',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));

  // Jerks at sleep onset or a startle that go on when the baby is held or picked up (jerks_persist_held): the
  // ordinary kind (benign_jerks) takes the words, so a rule of their own keeps them a fit.
  it.each([
    'she jerks her arms as she drifts off to sleep and it does not stop when I pick her up, 3 weeks old',
    'he jerks falling asleep, carries on when I pick him up, 2 weeks',
    'she startles at loud noises but it does not stop when I pick her up, it keeps going',
    'his legs jerk in his sleep and keep going when I hold him, 9 days old',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));

  it.each([
    'my 3 week old jerks as she drifts off to sleep and it stops when I pick her up',
    'she startles when I lay her down and does not stop crying when I pick her up',
    'he jerks as he drifts off, and he does not stop fussing when I pick him up',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  // A colour word run together ("purpley-blue") is the hands' colour, not the writer's mood (blue_colour).
  it('"purpley-blue" hands raise no rule, and a low mood beside them is still raised', () => {
    expectNoRuleFlag('my 3 week old\'s hands and feet are always cold and a bit purpley-blue at the tips but his chest is warm and his lips are pink. more layers?');
    expectRuleLevel('his hands are a bit purpley blue and I have felt low and hopeless every day for a month, baby is 8 weeks', 'soon');
  });
});
