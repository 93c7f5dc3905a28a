import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s23-body: near misses of the body's rows (the mother's bleeding, legs and breasts; the baby's soft
// spot, lips, feeds and poo) told in a sign's words with what makes them ordinary beside them (content/safety.yaml:
// bleed_with_feed, changed_from_black, breasts_both and what each never explains, read by the rules' normal_when),
// and words read in another sense (a gush of love, a faint colour, a head that is wobbly). Each calm story is paired
// with the same story and a present sign it does not explain: those keep their level. The review's red flags of
// each kind, reworded, must keep their level too (the guards that could not keep them were dropped: a soft spot or
// dry lips beside wet nappies, fewer wet nappies beside 6 or more, the breast refused but a bottle taken, feeds every
// few hours, bleeding told settled, a gush on standing). Phrasings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe("the mother's body: a sign's words told as ordinary", () => {
  it.each([
    // After-pains: the womb tightening with feeds, and the blood that comes with it, in the first days.
    'day 3 and every time she latches I get strong cramps low down and a gush of blood. no temperature. normal?',
    'the afterpains when I feed him are awful and there is a gush of blood with each feed, 2 days after the birth',
    // Other senses of the words.
    'I love her but I have not felt the big gush of love everyone talks about, 1 week in',
    'our 4 month old\'s head control is still a bit wobbly and she is feeding well. is that normal?',
    'my milk was pink for a day when it came in, then it went white. was that the rusty pipes?',
    'day 3 and my boobs are suddenly tingly and heavier, is my milk coming in?',
    // Both legs alike, and a haemorrhage at an earlier birth.
    'both my legs ache after carrying the pram up the hill, 3 weeks postpartum, no swelling',
    'I had a postpartum haemorrhage with my first and I am 30 weeks pregnant now. will it affect my milk this time?',
    'I had a big haemorrhage in theatre when she was born 6 weeks ago. can that make my supply low?',
    // Both breasts full as milk comes in.
    'day 4, both boobs are huge and lumpy all over, no red patches and my temperature is normal',
    'day 4 and both boobs are huge and hard all over. no red patches and my temperature is normal',
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
    // A haemorrhage told now, beside the birth.
    'I think I am haemorrhaging after the birth, what do I do',
    'I think I am having a haemorrhage at home, the birth was 4 days ago',
    // A gush with feeds beside a count or rate of pads, the mattress, more each time, the heart, weakness or clamminess.
    'day 3, a gush of blood every time she feeds and I have used 4 pads since breakfast',
    'gush of blood with each feed, I have gone through a whole pack of pads today, day 4',
    'blood gushes out when he latches and it has gone onto the mattress, day 3',
    'a gush of blood every time I feed and there is more each time, day 2',
    'a gush of blood when she latches and my heart is pounding so fast, day 3',
    'a gush of blood with every feed and I feel weak, clammy and sick, day 2',
    'a gush of blood every time I feed her, 9 days after the birth',
    // Bleeding told eased, then gushing now; a fresh pad full again in an hour; a small gush that keeps coming.
    'the bleeding eased off on sunday but today it is gushing again, day 6',
    'I put on a fresh pad an hour ago and it is full again',
    'just the gush when I get up, but then it keeps coming and it will not stop',
    // Breath back after crying, but breathing hurts now; faint told with a colour or a shadow.
    'after crying hard I was breathing fast and it settled, but now it hurts to breathe, 1 week after the birth',
    'I feel faint, greyish and sweaty, 5 days after the birth',
    'I feel faint, like a shadow is coming over my eyes, day 3',
  ])('the review\'s "%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));

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
    'day 5 and the poo has gone from black to green and now it is yellow and seedy, is that right?',
    'day 5 and his poo is mustard yellow now, before it was black and sticky',
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

  it.each([
    // A soft spot or dry lips beside wet nappies over days, no tears, milk not kept down.
    'her soft spot dips a little when she is upright, 6 wet nappies since tuesday, 5 weeks',
    'his soft spot dips a bit, he has 6 wet nappies a day but he cries without tears, 2 months',
    'fewer wet nappies than before, 6 wet nappies this week, 2 weeks old',
    'her lips are dry and she has lots of wet nappies but she is not keeping any milk down, 3 months',
    // The breast refused and only a little taken from a bottle; long gaps in the day beside cluster feeds.
    'my newborn has refused the breast for 9 hours, she takes the bottle but only 15ml',
    'he cluster feeds every evening but goes 7 hours between feeds in the day, 3 weeks old',
    // Both breasts with a temperature read after a painkiller; poo black still.
    'day 5, both breasts hard and hot and I feel feverish, temp 37.6 an hour after ibuprofen',
    'day 5, his poo used to be black and it still is, like tar',
  ])('the review\'s "%s" is urgent today', (text) => expectRuleLevel(text, 'urgent_today'));
});
