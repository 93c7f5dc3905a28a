import { sharedRuleExpectations } from '../support/rule-expectations';

// Issue 11, s28: kinds read from train-26's misses once that file became training material (its round over). A crisis
// wrapped in a practical question, a faint told as what it felt like, low mood hidden on a form; and the two near-miss
// kinds let go, each beside the sign in its own sense, which still escalates. Wordings written for these tests.

const { expectRuleLevel, expectOrdinary } = sharedRuleExpectations();

describe('a crisis told as a practical question', () => {
  it.each([
    // Belongings labelled for who gets them: preparing to die.
    "I've written down who gets my jewellery and put it in the drawer. is it ok to give the baby formula at night now?",
    'been sorting out who should have my things, felt oddly peaceful. 8 weeks pp. do I need to wean slowly?',
    // Pills kept, counted, known to be there.
    'I still have the codeine from after the birth and I count them most nights. can I take one and still feed?',
    'the tramadol is in my bedside drawer. I like knowing they are there. is it in my milk if I take one?',
    // A dose asked as too much, beside being tired of it all.
    "how many of my paracetamol would be too much? I'm sick of all this. he's 5 weeks",
    // Cuts as relief.
    'she is 3 weeks and screams all evening and all I can think is that cuts would make me feel calmer',
    // Another person who should raise the baby.
    "I've decided my mum should raise him, I'm useless at this. how do I dry up my milk?",
  ])('"%s" is a crisis', (text) => expectRuleLevel(text, 'emergency', 'crisis'));

  it('words heard in a machine hum are psychosis, a crisis', () => {
    expectRuleLevel('since the birth my wife hears voices in the fan at night telling her the baby is not ours', 'emergency', 'crisis');
    expectRuleLevel('I hear words in the white noise, it tells me things about her, 9 days pp', 'emergency', 'crisis');
  });

  it.each([
    'which painkillers are ok with breastfeeding? my stitches are sore, day 4',
    'how many paracetamol can I take in a day while feeding a 2 week old?',
    'who gets my maternity leave pay if I go back early?',
    'I count the wet nappies every day like the midwife said, 9 today, is that enough?',
  ])('"%s" stays ordinary', (text) => expectOrdinary(text));
});

describe('a faint told as what it felt like', () => {
  it.each([
    'stood up to change her and everything went black, I came round on the floor. 4 days after the birth',
    'day 3 after a big bleed, everything went dark in the shower and my partner caught me',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('low mood hidden on a form', () => {
  it('is low mood, soon', () => expectRuleLevel("for weeks I've felt nothing and I lied on the health visitor's form so nobody would know. she's 3 months", 'soon'));
});

describe('floppy arms in a deep sleep after a feed, the baby waking for feeds', () => {
  it.each([
    'after a good long feed he sleeps so deeply his arms flop when I lift them, then he wakes himself up at 3 for a feed. 2 weeks',
    'she goes into a milk coma and her arm drops when I lift it, but she wakes every 2 hours roaring for the next feed. 6 days old',
  ])('"%s" stays ordinary', (text) => expectOrdinary(text));
  it.each([
    'after a feed he went floppy and I can hardly wake him, 5 days old',
    'she sleeps so deeply after feeds that she is floppy and will not wake for the next one, 4 days old',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('the startle reflex told as arms flung out', () => {
  it('at a noise, is ordinary', () => expectOrdinary('when the door slams she throws her arms out and cries, is that a seizure? 3 weeks'));
  it.each([
    'when the dog barks he throws his arms out, then goes stiff and jerks for two minutes, 3 weeks',
    'every time I lay her down she flings her arms out and then her left arm keeps jerking over and over, 10 days',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));
});
