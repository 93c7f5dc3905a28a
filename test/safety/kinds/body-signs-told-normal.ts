import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s23-body: near misses of the body's rows (the mother's bleeding, legs and breasts; the baby's soft
// spot, lips, feeds and poo) told in a sign's words with what makes them ordinary beside them (content/safety.yaml:
// bleed_with_feed, bleed_settled, dehydration_mild, hydration_good, fed_other_way, changed_from_black, breasts_both,
// feed_interval_short and what each never explains, read by the rules' normal_when), and words read in another
// sense (a gush of love, a faint colour, a head that is wobbly). Each calm story is paired with the same story and
// a present sign it does not explain: those keep their level. Phrasings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe("the mother's body: a sign's words told as ordinary", () => {
  it.each([
    // After-pains: the womb tightening with feeds, and the blood that comes with it, in the first days.
    'day 3 and every time she latches I get strong cramps low down and a gush of blood. no temperature. normal?',
    'the afterpains when I feed him are awful and there is a gush of blood with each feed, 2 days after the birth',
    'day 2 and when I stand up after feeding lying down there is a gush of blood, then it settles',
    // Told heavier for a while and settled again.
    'my bleeding got a bit heavier after a long walk at 12 days postpartum, then settled again once I rested',
    'bleeding seems a bit heavier than yesterday but still only a few pads a day, day 4. is ibuprofen ok?',
    // Other senses of the words.
    'I love her but I have not felt the big gush of love everyone talks about, 1 week in',
    'there is a faint greyish shadow under his eyes when he is tired, 3 months old, feeding well',
    'our 4 month old\'s head control is still a bit wobbly and she is feeding well. is that normal?',
    'my milk was pink for a day when it came in, then it went white. was that the rusty pipes?',
    'day 3 and my boobs are suddenly tingly and heavier, is my milk coming in?',
    // Both legs alike, and a haemorrhage at an earlier birth.
    'both my legs ache after carrying the pram up the hill, 3 weeks postpartum, no swelling',
    'I had a postpartum haemorrhage with my first and I am 30 weeks pregnant now. will it affect my milk this time?',
    'I had a big haemorrhage in theatre when she was born 6 weeks ago. can that make my supply low?',
    // Both breasts full as milk comes in.
    'day 4 and both breasts are rock hard and warm, I am 37.5 and achy. is this my milk coming in?',
    'day 4, both boobs are huge and lumpy all over, no red patches and my temperature is normal',
    'day 4 and both boobs are huge and hard all over. no red patches and my temperature is normal',
    'day 2 and when I stand up there is a gush of blood, then it settles. the pad is not soaked, just the gush',
    // An ache in one breast, hot flushes, and breath back after crying.
    'had mastitis before and know the signs, a bit achy in one boob tonight but no redness or fever. how do I stop it coming back?',
    'I keep getting hot flushes at night while breastfeeding, no breast pain or redness and my temperature is normal. 3 months',
    "after crying hard at my sister's wedding I was breathing fast, then it was back to normal. baby is 6 weeks",
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    'day 3 and every time she latches I get a gush of blood, and I am soaking a pad an hour',
    'day 2, a gush of blood every time I feed and I feel faint and dizzy',
    'my bleeding got a bit heavier after a walk and settled, but now it is heavy again with clots the size of a plum',
    'every time I feed there is a gush of blood, 5 weeks after the birth, it had stopped and now it came back bright red',
    'I had a haemorrhage with my first and now I am bleeding heavily, soaking pads, 3 days after this birth',
    'both my legs ache but my left calf is swollen, red and hot, 1 week after the birth',
    'the afterpains when I feed are awful and there is a gush of blood each feed, and I am short of breath',
    'after crying hard I was breathing fast and it went back to normal, but now I have a sharp pain in my chest when I breathe, 1 week after the birth',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));

  it.each([
    'day 4, both breasts hard and hot, I am 37.8 and I have chills and a red wedge on the left one',
    'day 4, both boobs swollen and hot and I feel fluey, temperature 38.4',
    'day 4 and both boobs are huge and hard all over. a red patch on the left one and my temperature is 38.3',
    'a bit achy in one boob this morning and now there is a red hot wedge and I feel fluey with a temperature of 38.5',
    'I keep getting hot flushes and my left breast is red and hot with a temperature of 38.6',
  ])('"%s" is still urgent today', (text) => expectRuleLevel(text, 'urgent_today'));
});

describe("the baby's body: a sign's words told as ordinary", () => {
  it.each([
    'his soft spot dips a tiny bit when I hold him upright, he has lots of wet nappies and feeds well. 5 weeks',
    'her soft spot looks slightly dipped when she sits up in the car seat, 7 wet nappies today',
    'her lips look a bit dry in this heat but she is feeding well and has 7 wet nappies a day, 4 months',
    'my 3 month old refuses the breast since yesterday but takes expressed milk from a bottle fine and has lots of wet nappies',
    'day 5 and the poo has gone from black to green and now it is yellow and seedy, is that right?',
    'day 5 and his poo is mustard yellow now, before it was black and sticky',
    'day 1, 18 hours since birth, she feeds every 2 to 3 hours and has had one wet nappy',
    'my 2 week old feeds 10 times in 24 hours and cluster feeds every evening. is that normal?',
    'his soft spot dips in a tiny bit when I sit him up. He feeds loads and wets plenty. 6 weeks',
    'since he started sleeping longer at night there are fewer wet nappies, but still 6 or 7 wet nappies a day. 2 months',
    'she has fewer wet nappies than last week but still 6 heavy wet nappies a day, 5 weeks',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    'his soft spot dips a tiny bit when I hold him upright, lots of wet nappies yesterday but only 2 wet nappies today. 5 weeks',
    'her lips look a bit dry in this heat, lots of wet nappies but her mouth is dry inside too, 4 months',
    'my 3 month old refuses the breast since yesterday, takes some expressed milk from a cup but has had only 1 wet nappy today',
    'my 3 month old refuses the breast since yesterday and will not take the bottle either',
    'day 6 and the poo went from black to green, but today it is black again',
    'she is 2 weeks old and only feeds every 6 hours',
    'fewer wet nappies since he got his cold, only 6 in 2 days, 3 weeks old',
    'since he started sleeping longer there are fewer wet nappies, 6 a day, and the wee is dark. 2 months',
  ])('"%s" is still urgent today', (text) => expectRuleLevel(text, 'urgent_today'));
});
