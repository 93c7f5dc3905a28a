import { sharedRuleExpectations } from '../support/rule-expectations';

// Issue 11, s27-idioms: everyday idioms that carried a sign's words to a 999 reply. Found on a blind battery of
// ordinary messages written for this round (not a held-out set); each exclusion is narrow, and beside it the
// sign in its own sense still escalates. Wordings written for these tests.

const { expectRuleLevel, expectOrdinary } = sharedRuleExpectations();

describe('laughing is no crisis', () => {
  it.each(['I was killing myself laughing when he sneezed mid feed', 'we killed ourselves laughing, then I killed myself laughing again at the milk fountain'])('"%s" stays ordinary', (text) => expectOrdinary(text));
  it.each(['I keep thinking about killing myself', "I'm not laughing anymore, I want to kill myself"])('"%s" is a crisis', (text) => expectRuleLevel(text, 'emergency', 'crisis'));
});

describe('someone else who will not be around much longer', () => {
  it.each([
    "our nanny won't be around much longer, she starts college in september. can my husband do the bottle?",
    "my health visitor won't be around much longer, who checks her weight then?",
    'my in laws will not be around much longer, they fly home tomorrow, then it is just me with the night feeds',
  ])('"%s" stays ordinary', (text) => expectOrdinary(text));
  it.each(["my wife keeps saying she won't be around much longer", "I won't be around much longer, so it doesn't matter what I feed her", "my sister says she won't be around much longer and she had the baby 3 weeks ago"])(
    '"%s" is a crisis',
    (text) => expectRuleLevel(text, 'emergency', 'crisis'),
  );
});

describe('a floppy hat and lost marbles are no sign', () => {
  it.each(["I'll lose my marbles if she feeds every hour again tonight", 'she looks so sweet in her floppy hat, how long in the sun at 4 months?'])('"%s" stays ordinary', (text) => expectOrdinary(text));
  it.each(['my 2 week old is floppy and I can hardly wake him', "my 3 week old's skin looks marbled and she won't feed"])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe("blue as a thing's colour is no low mood, and food on the lips no blue lips", () => {
  it.each([
    'his blue striped sleepsuit is getting tight, he is 3 months, does that mean a growth spurt?',
    'can I keep using my blue inhaler while feeding my 6 week old?',
  ])('"%s" stays ordinary', (text) => expectOrdinary(text));
  it.each(["I've felt blue every day for weeks, baby is 2 months", 'feeling really blue since the baby came, 6 weeks now'])('"%s" is low mood, soon', (text) => expectRuleLevel(text, 'soon'));
  // Blue lips blamed on food still reach 999: a breastfed newborn has eaten no berries (the review of s27-blue).
  it.each([
    'her lips went blue during the feed and she stopped breathing for a bit, 4 weeks',
    "his lips are blue and it isn't from the blueberries, 7 months, breathing fast",
    "his lips look blue from the berries my mum says, but he's 3 weeks and only has breastmilk",
    'her mouth is stained blue from the blueberry pouch I think, 9 months',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('a good baby called an angel is no vision', () => {
  it.each(["he's been an angel all day and a little monster every evening, any tips for the witching hour?", 'my little angel only wants the left side, 3 weeks'])('"%s" stays ordinary', (text) => expectOrdinary(text));
  it.each(['she keeps saying angels are talking to her about the baby, 10 days after the birth', 'my wife is convinced the baby is an angel sent to save us and has not slept for 3 nights'])(
    '"%s" is a crisis',
    (text) => expectRuleLevel(text, 'emergency', 'crisis'),
  );
});

describe('watching for signs is no one watching her (s31)', () => {
  it.each(['what signs should we actually be watching for after a c-section?', 'my partner had a rough time last time, what would I be watching for this time round?'])('"%s" stays ordinary', (text) =>
    expectOrdinary(text),
  );
  it.each(['she says people will be watching for her to slip up so they can take the baby', 'she says the cameras will be watching her through the smoke alarm'])('"%s" is a crisis', (text) =>
    expectRuleLevel(text, 'emergency', 'crisis'),
  );
});

describe('a watch kept for a moment to take the baby is a crisis (s31)', () => {
  it.each(['she thinks the people next door are watching for when she leaves so they can take the baby', 'my wife is convinced someone is waiting for her to leave the house so they can take our son'])('"%s" is a crisis', (text) =>
    expectRuleLevel(text, 'emergency', 'crisis'),
  );
  it.each(['my mum says she is watching for when I leave so she can pop round and help', 'the midwife said to keep watching for when she comes off the breast early'])('"%s" stays ordinary', (text) => expectOrdinary(text));
});
