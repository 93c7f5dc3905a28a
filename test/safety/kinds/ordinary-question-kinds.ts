import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, item 6: ordinary breastfeeding questions never sent the red-flag route (branch s9-rf-inscope).
// Each kind below is a sign's words in an everyday sense, found among the real questions that a rule sent to
// an emergency. Each has ordinary questions (written for this test in other words), which no rule escalates,
// and red flags written to break the narrowing (the same words beside a present sign), which the rules must
// still escalate at the row's level (RED-FLAGS.md: when unsure whether something is urgent, escalate).

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

interface Kind {
  name: string;
  ordinary: string[];
  stillFlagged: [text: string, level: string, message?: string][];
}

const kinds: Kind[] = [
  {
    name: 'a feeding stage called a crisis is no mental-health crisis',
    ordinary: ['is the 3 month breastfeeding crisis a real thing or a myth?', 'what do people mean by the 4 month crisis with feeding'],
    stillFlagged: [
      ['forget the 3 month crisis, i am in crisis myself and want to die', 'emergency', 'crisis'],
      ['my wife had a breakdown last night, is this the 3 month crisis?', 'emergency', 'crisis'],
    ],
  },
  {
    name: "a baby's feeding or sleep is not the writer's life: better off on formula, naps fine without me, milk gone",
    ordinary: [
      'my aunt says the baby would be better off on formula than on my milk, is she right?',
      'she naps fine without me at nursery but wants the boob at home, is that normal?',
      'did my milk just disappear overnight? 11 weeks and my boobs feel soft',
      'will feeding to sleep ruin his sleep forever?',
    ],
    stillFlagged: [
      ['everyone would be better off without me, the baby would do fine on formula', 'emergency', 'crisis'],
      ['i want to just disappear, even my milk has gone', 'emergency', 'crisis'],
      ['they would all be fine without me, she naps fine without me already', 'emergency', 'crisis'],
    ],
  },
  {
    name: 'a lost voice is no voices heard',
    ordinary: ['i have lost my voice with this cold, can i keep breastfeeding?'],
    stillFlagged: [['she has lost her voice from screaming at the voices she hears in the walls', 'emergency', 'crisis']],
  },
  {
    name: 'a surgeon who had to "hack it out" is no one hacking',
    ordinary: ["the surgeon said the placenta was stuck and he had to hack it out. could that be why my milk is slow?"],
    stillFlagged: [['she is convinced the neighbours are hacking our phones to take the baby', 'emergency', 'crisis']],
  },
  {
    name: 'breasts like empty socks, a baby miserable with a cold, are no low mood',
    ordinary: [
      'at 12 weeks my boobs went from melons to empty socks, has my milk gone?',
      'my 5 month old has her first cold, snotty and miserable, do i feed her as normal?',
    ],
    stillFlagged: [
      ['i have felt empty and miserable every day for 2 months', 'soon'],
      ['my wife seems indifferent to our baby, 2 months now and nothing excites her', 'soon'],
    ],
  },
  {
    name: 'a tummy the size of a marble is no marbled skin',
    ordinary: ['is a newborn tummy really the size of a marble on day one?'],
    stillFlagged: [['her skin looks marbled and she feels cold, 3 weeks old', 'emergency']],
  },
  {
    name: 'the yellow of colostrum, jaundice treated or denied, is no yellow skin now',
    ordinary: [
      'when does the proper milk come after the yellow stuff?',
      'my grandmother says to throw away the first yellow milk, should i?',
      'mine is not yellow at all, is colostrum meant to be clear?',
      'he spent his first week on the jaundice lights, now he is 8 weeks and will not latch. is it too late?',
      'my baby was a bit jaundiced and they said colostrum helps, how does it?',
    ],
    stillFlagged: [
      ['my 5 day old is yellow and very sleepy and will not feed', 'emergency'],
      ['after the yellow stuff came in, his skin went yellow and he is only 20 hours old', 'urgent_today'],
    ],
  },
  {
    name: 'blood lost at the birth, told as the reason milk is late, is no heavy bleeding now',
    ordinary: [
      'i lost a lot of blood after the birth. could that be why my milk is so slow?',
      'had a big bleed after delivery and lost a lot of blood. does that delay the milk?',
    ],
    stillFlagged: [
      ['i lost a lot of blood after the birth and now i am soaking a pad every hour', 'emergency'],
      ['i am losing lots of blood today and passing big clots', 'emergency'],
    ],
  },
  {
    name: 'pads soaked with milk, heavier nappies, milk that gushes, are no heavy bleeding',
    ordinary: [
      'i am soaking through t-shirts with leaking, which breast pads work?',
      'started leaking at 18 weeks pregnant, soaking through. normal?',
      'her nappies are suddenly heavier on day 4, is my milk in?',
      'he splutters when the milk gushes, how do i slow it down?',
    ],
    stillFlagged: [
      ['soaking through pads with blood and clots, leaking milk everywhere too', 'emergency'],
      ['leaking milk, and soaking through a maternity pad every hour since the birth', 'emergency'],
      ['my bleeding suddenly got heavier with big clots', 'emergency'],
    ],
  },
  {
    name: 'floppy boobs, a nipple gone flat, a baby who lies there sucking, scales that barely move, are no floppy baby',
    ordinary: [
      'do soft floppy boobs mean there is no milk left?',
      'so engorged that the nipple has gone flat, what can i do?',
      'he just lies there sucking gently once he is full, is that ok?',
      'at every weigh-in the scales barely move even though he feeds all the time',
      'i ended up dangling a boob over her car seat to calm her',
    ],
    stillFlagged: [
      ['she is floppy and just lies there, will not feed', 'emergency'],
      ['he has gone floppy at the breast and barely moves', 'emergency'],
    ],
  },
  {
    name: 'tugging at the nipple, a bra that fits, a blocked nose, are no breathing or fit sign',
    ordinary: [
      'she tugs at the nipple and pulls off, is my milk slowing down?',
      'is there a nursing bra that actually fits small boobs?',
      'baby has a snotty nose and can not breathe and suck at the same time, any tips?',
    ],
    stillFlagged: [
      ['his skin is tugging in under his ribs with every breath', 'emergency'],
      ['she had fits this morning, her arms jerking', 'emergency'],
      ['she can not breathe and her lips are going blue', 'emergency'],
    ],
  },
  {
    name: '"if she sleeps 5 hours" is no baby going without feeds',
    ordinary: ["if she sleeps 5 hours at night at 3 weeks, will my supply drop because she's not feeding?"],
    stillFlagged: [['she is 3 weeks, very sleepy, has not fed for 7 hours and will not feed', 'urgent_today']],
  },
  {
    name: 'what milk is made of, a blood test, feeding that goes on, the first week, are no blood in milk that lasts',
    ordinary: [
      'is my milk just my blood with the red bits taken out?',
      'due in 3 weeks and induced for my blood pressure, will my milk be slow?',
      'there is blood in my milk from a cracked nipple, can the baby still drink it?',
      "pink streaks in my milk in the first week, the midwife called it 'rusty pipes'",
    ],
    stillFlagged: [
      ['streaks of blood in my milk for 5 days now, baby is 3 weeks', 'soon'],
      ['pink milk for a week now, and she is 4 weeks old', 'soon'],
    ],
  },
  {
    name: 'the weather is no temperature, a wet patch on a top is no wet nappy',
    ordinary: ["it's 35 degrees out, does my breastfed baby need water?", 'two wet patches on my top at 30 weeks pregnant, is that milk?'],
    stillFlagged: [
      ['it is hot out but my 3 week old is 35.2 and cold', 'emergency'],
      ["it's 35 degrees here and my 2 month old has a temperature of 38.5", 'emergency'],
      ['only two wet nappies today and she is 5 days old', 'urgent_today'],
    ],
  },
  {
    name: 'pumping with no difference, no engorgement beside a baby gaining, a quoted limit, a question of when to worry',
    ordinary: [
      'been pumping after feeds for a week and see no difference in supply',
      'a week in and no engorgement at all. my baby is gaining. is my milk in?',
      'the doctor said losing up to 10% in the first days is normal, how do i tell if it is too much?',
      'by when should i start worrying that my milk is not in? 72 hours?',
    ],
    stillFlagged: [
      ["day 5, my milk still hasn't come in, pumping made no difference", 'urgent_today'],
      ['day 5, no engorgement and my milk is not in, baby has lost 11%', 'urgent_today'],
      ['she has lost 12% of her birth weight by day 4', 'urgent_today'],
      ["day 5 and my milk isn't in, when should i start worrying?", 'urgent_today'],
    ],
  },
  {
    name: "cord blood donated, people who gasp, a green tinge, depression diagnosed or compared, a bottle refused but breastfed at home, a 24 hour bug",
    ordinary: [
      'can we donate umbilical cord blood after the birth?',
      'people gasp when i say i still nurse my toddler at night',
      'my pumped milk has a greenish tinge after a spinach salad, is that ok?',
      "is breast milk the mother's blood? my gran says each feed takes blood out of me",
      "i've been diagnosed with postnatal depression and prescribed sertraline, can i still breastfeed?",
      'is D-MER the same as postnatal depression?',
      'she refused the bottle all day with my mum, then fed like crazy when i got home. will she be ok?',
      'had a 24 hour bug and barely ate, will my supply bounce back?',
    ],
    stillFlagged: [
      ['his cord stump is bleeding, fresh blood on his vest', 'urgent_today'],
      ['i am gasping for breath and my chest hurts', 'emergency'],
      ['a pink tinge to my milk for a week now, baby is 4 weeks', 'soon'],
      ['i think i have postnatal depression, i cry every day and it has been a month', 'soon'],
      ['she has refused every feed since this morning and is very sleepy, 3 weeks old', 'urgent_today'],
      ['my 10 day old has not fed for 8 hours', 'urgent_today'],
    ],
  },
  // Kinds from eval/real-questions/train-h.yaml, fixed after measuring how the train.yaml kinds carried to it.
  {
    name: 'comfort sucking, a diet followed, a sleep habit, a diagram, a drained abscess, a gulping baby who passes out, are no sign',
    ordinary: [
      'she does that fluttery rabbit-twitch sucking at the end of a feed, is she still drinking?',
      'my toddler just lies there when it is comfort, and switches sides when hungry',
      'is there a breastfeeding diet i should be following?',
      'will he need the boob to fall asleep forever if i keep feeding him to sleep?',
      'so is breast milk actually blood or not?',
      'in the breast diagrams, what are the pink bits and the yellow bits?',
      'can i feed from the side with an abscess and a drain in?',
      'she gulps for five minutes and passes out at the breast, why?',
      'why has my colostrum gone whiter near my due date?',
      'should i break my fast if i feel dizzy while breastfeeding?',
      "by lunchtime i'm shaky. the baby seems fine, does my diet matter?",
      "someone online said i am basically poisoning her with takeaways, is my milk bad?",
    ],
    stillFlagged: [
      ['he started twitching while sucking and then went stiff and his eyes rolled back', 'emergency'],
      ['my wife is convinced the nurses are poisoning her and following her', 'emergency', 'crisis'],
      ['i want to fall asleep forever and never wake up', 'emergency', 'crisis'],
      ['my breast abscess is back, a hard painful lump again', 'urgent_today'],
      ['i passed out while feeding her and feel dizzy still', 'emergency'],
      ["i'm pregnant and soaking through pads with blood", 'emergency'],
      ["i'm pregnant and soaking through pads", 'emergency'],
      ['soaking through my pads and leaking onto the sheets', 'emergency'],
      ['soaking through pads, leaking everywhere, feel awful', 'emergency'],
      ['i keep having thoughts of shaking the baby', 'emergency', 'crisis'],
    ],
  },
  // The knowledge base's own example phrasings that a rule flagged.
  {
    name: "a baby heard crying, a thumb habit, a coil fitted, answers that fit, nipple preparation, one breast larger, resenting feeds, white blood cells, the yellow drops, blood lost at the birth read about",
    ordinary: [
      "why do i leak when i hear someone else's baby cry?",
      'when will he stop sucking his thumb?',
      'is it ok to get the coil fitted while breastfeeding?',
      'i will tell you about my baby so your answers fit',
      'my nipples are flat, should i do something to them before the baby comes?',
      'one boob looks bigger than the other, will they even out?',
      'is it normal to feel resentful about feeding all the time?',
      'do the white blood cells in milk go up when the baby is sick?',
      'when does the real milk arrive, not just the yellow drops?',
      'does losing a lot of blood at the birth delay your milk?',
      "what makes milk late? i've read stress and losing lots of blood",
    ],
    stillFlagged: [
      ['my wife says she can hear someone whispering in the walls', 'emergency', 'crisis'],
      ['he stopped sucking and is floppy', 'emergency'],
      ['she had a fit this morning, her arms jerked for a minute', 'emergency'],
      ['i am scared i will do something to them, the twins, i keep picturing it', 'emergency', 'crisis'],
      ['my left calf is bigger than the other and it hurts', 'emergency'],
      ['i resent my baby and i have felt low every day for a month', 'soon'],
      ['there was blood in her sick this morning', 'urgent_today'],
      ['i am losing lots of blood and soaking a pad every hour', 'emergency'],
    ],
  },
];

describe.each(kinds)('$name', ({ ordinary, stillFlagged }) => {
  it.each(ordinary)('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  // Every row given its three cells: a missing wording would be taken for jest's done callback.
  it.each(stillFlagged.map(([text, level, message]) => [text, level, message ?? '']))('"%s" still escalates at %s', (text, level, message) =>
    expectRuleLevel(text, level, message || undefined),
  );
});

// Red flags the retrained net had caught and the narrowings above made it miss (the merge with s9-rf-recall's
// net): the rules now read them (RED-FLAGS.md: pale or chalky stools; black poo after the first days).
describe('recall kept by the rules', () => {
  it.each(['my 5 week old has a slight tan look and her poo is whitish, like chalk', 'blackish poo on day 6, not on any vitamins'])('"%s" escalates the same day', (text) =>
    expectRuleLevel(text, 'urgent_today'),
  );
});

// Red flags written against the narrowings' own words (a review of this branch's lists): each would have been
// silenced by a wider wording of one narrowing above.
const keptNarrow: [text: string, level: string, message?: string][] = [
    ['he gasps for breath every few seconds', 'emergency'],
    ['i went from happy to empty, every day for 2 months now', 'soon'],
    ['i am cold and miserable all the time, for weeks now', 'soon'],
    ['his skin went from yellow to orange and he is only 20 hours old', 'urgent_today'],
    ['he is yellow is colostrum enough? 20 hours old', 'urgent_today'],
    ['my milk has my blood in it, for a week now, baby is 4 weeks', 'soon'],
    ['my pumped milk is just blood, bright red, for 5 days', 'soon'],
    ['he has fits on his left side', 'emergency'],
    ['the doctor said that his fits are getting worse', 'emergency'],
    ['i was expressing and went white', 'emergency'],
    ['i lost a lot of blood during the night and it is still coming', 'emergency'],
    ['i need to fall asleep forever', 'emergency', 'crisis'],
    ['his temp is 39 degrees out of nowhere, he is 6 weeks old', 'emergency'],
    ['pink milk since her first week, she is 2 weeks now', 'soon'],
    ['she hears a baby crying in the walls that is not there', 'emergency', 'crisis'],
];

describe('narrowings kept narrow', () => {
  it.each(keptNarrow.map(([text, level, message]) => [text, level, message ?? '']))('"%s" still escalates at %s', (text, level, message) =>
    expectRuleLevel(text, level, message || undefined),
  );
});
