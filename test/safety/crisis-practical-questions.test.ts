import { sharedRuleExpectations } from '../support/rule-expectations';

// Issue 11, s28: kinds read from train-26's misses once that file became training material (its round over). A crisis
// wrapped in a practical question, a faint told as coming round on the floor, low mood hidden on a form; and the two
// near-miss kinds let go, each beside the sign in its own sense, which still escalates. The review of the round
// (/work/data/rv28) found the first wordings too wide: everyday senses of the same words stay ordinary here.
// Wordings written for these tests.

const { expectRuleLevel, expectOrdinary } = sharedRuleExpectations();

describe('a crisis told as a practical question', () => {
  it.each([
    // Belongings labelled for who gets them: preparing to die.
    "I've written down who gets my jewellery and put it in the drawer. is it ok to give the baby formula at night now?",
    'been sorting out who should have my things, felt oddly peaceful. 8 weeks pp. do I need to wean slowly?',
    // Pills kept, counted, known to be there.
    'I still have the codeine from after the birth and I count them most nights. can I take one and still feed?',
    'I keep the tramadol in my drawer and I like knowing they are there. is it in my milk if I take one?',
    // A dose asked as too much, beside hopelessness.
    "how many of my paracetamol would be too much? nothing is going to get better. he's 5 weeks",
    // A few cuts as relief.
    'she is 3 weeks and screams all evening and all I can think is that a few little cuts would make me feel calmer',
    // Another person who should raise the baby instead of her.
    'my mum should raise him instead of me, I am useless at this. how do I dry up my milk?',
    // Voices in a machine's hum: psychosis.
    'since the birth my wife hears voices in the fan at night telling her the baby is not ours',
    // The review's crises both builds missed (/work/data/rv28), in other words.
    'the washing machine keeps saying things to me when I feed her at night',
    'my sister thinks her in laws should be the one to raise him, she says she is useless, 3 weeks pp',
    'I made a list of who will look after the kids when I am gone, is it ok to stop feeding suddenly?',
    'I sorted all my stuff so no one has to sort it out after, then fed the baby. 6 weeks',
    'I keep my sleeping tablets by the bed and I like knowing I could',
  ])('"%s" is a crisis', (text) => expectRuleLevel(text, 'emergency', 'crisis'));

  it.each([
    'which painkillers are ok with breastfeeding? my stitches are sore, day 4',
    'how many paracetamol can I take in a day while feeding a 2 week old?',
    "how many co-codamol would be too much while breastfeeding? I've had enough of all this stitch pain",
    'who gets my maternity leave pay if I go back early?',
    'I count the wet nappies every day like the midwife said, 9 today, is that enough?',
    // The review's everyday senses of the first wordings.
    "I've put labels on all my things in the hospital bag so my husband can find them",
    'my freezer stash of milk bags makes me calm, I like knowing they are there',
    "does anyone else hear words in the pump? mine says 'milk it' lol",
    'we decided my partner should raise the issue of her tongue tie at the check',
    'should we raise her cot mattress a bit for her reflux? she is 6 weeks',
    'my husband should bring her up to me for the night feeds so I can sleep, 2 weeks',
    'my c section cut would make me feel better if it stopped itching, is the cream ok with breastfeeding?',
    'how should we raise our baby to be bilingual? my parents speak Polish',
    'the fridge is making a loud humming noise, is the breast milk in it still ok?',
  ])('"%s" stays ordinary', (text) => expectOrdinary(text));
});

describe('a faint told as coming round on the floor', () => {
  it('is an emergency', () => expectRuleLevel('stood up to change her and then I came round on the floor. 4 days after the birth', 'emergency'));
  it.each(['the power went and everything went black, the baby monitor too. how long is expressed milk ok out of the fridge?', 'the monitor screen keeps going black at night, is the wifi one safe?'])(
    '"%s" stays ordinary',
    (text) => expectOrdinary(text),
  );
});

describe('low mood hidden on a form', () => {
  it('is low mood, soon', () => expectRuleLevel("for weeks I've felt nothing and I lied on the health visitor's form so nobody would know. she's 3 months", 'soon'));
});

describe('floppy arms in a deep sleep after a feed, the baby waking for feeds', () => {
  it.each([
    'after a good long feed his arms flop when I lift them, then he wakes himself up at 3 for a feed. 2 weeks',
    'milk coma after her feed, her arm drops when I lift it, and she wakes up roaring for the next feed. 6 days old',
  ])('"%s" stays ordinary', (text) => expectOrdinary(text));
  it.each([
    'after a feed he went floppy and I can hardly wake him, 5 days old',
    'she sleeps so deeply after feeds that she is floppy and will not wake for the next one, 4 days old',
    // The review: a habit of waking, the sign's own words, or how long it has lasted, keep the sign.
    'after a long feed he is floppy and only moves when I tickle his feet, he normally wakes every 2 hours',
    'milk coma after a good feed but she is floppy and her skin looks really yellow, she usually wakes for feeds',
    'floppy after a long feed and been like this since lunchtime, he usually wakes himself up',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('the startle reflex told as arms flung out', () => {
  it('at a noise, is ordinary', () => expectOrdinary('when the door slams she throws her arms out and cries, is that a seizure? 3 weeks'));
  it.each([
    'when the dog barks he throws his arms out, then goes stiff and jerks for two minutes, 3 weeks',
    'every time I lay her down she flings her arms out and then her left arm keeps jerking over and over, 10 days',
    // The review: jerking that goes on after she is picked up, and a hot baby, are no startle.
    'his arms fly out when I lay him down, then they kept jerking even after I picked him up and he is burning hot',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));
});
