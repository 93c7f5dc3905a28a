import { readQuantities } from '../../src/safety/read-quantities';
import { triageTokens } from '../../src/safety/triage-tokens';

const read = (text: string) => readQuantities(triageTokens(text));
const kinds = (text: string, kind: string) => read(text).quantities.filter((quantity) => quantity.kind === kind).map((quantity) => quantity.value);

describe('readQuantities', () => {
  it('reads temperatures in digits or words, °C or °F', () => {
    expect(kinds('her temp is 38.5', 'temperature')).toEqual([38.5]);
    expect(kinds('temperature thirty eight point four', 'temperature')).toEqual([38.4]);
    expect(kinds('the thermometer says thirty eight and a half', 'temperature')).toEqual([38.5]);
    expect(kinds('he has a fever of 100.4 °F', 'temperature')).toEqual([38]);
    expect(kinds('armpit 101.3f', 'temperature')).toEqual([38.5]);
    expect(kinds("she's been 39.1 all day", 'temperature')).toEqual([39.1]);
    // Gestation and weights are not temperatures.
    expect(kinds('born at 37 weeks, temp fine', 'temperature')).toEqual([]);
  });

  it("reads the baby's age in every common form", () => {
    expect(read('my 10 days old son').ageDays).toBe(10);
    expect(read('she is a week old').ageDays).toBe(7);
    expect(read('he is four and a half months').ageDays).toBeCloseTo(137, 0);
    expect(read('baby is 18 hours old').ageDays).toBeCloseTo(0.75, 2);
    expect(read("it's day 4 and").ageDays).toBe(3);
    expect(read("it's day 4 and").dayOfLife).toBe(4);
    expect(read('my 3 week old').ageDays).toBe(21);
    expect(read('gave birth 9 days ago').ageDays).toBe(9);
    // A duration is not an age, nor is the gestation at birth.
    expect(read('low for 3 weeks').ageDays).toBeUndefined();
    expect(read('born at 34 weeks and now 3 weeks old').ageDays).toBe(21);
  });

  it('reads the age from the days since the birth however they are put', () => {
    expect(read('5th day pp and still nothing').ageDays).toBe(4);
    expect(read("it's been four whole days since my c-section").ageDays).toBe(4);
    expect(read('48 hours after birth, no milk yet').ageDays).toBe(2);
    expect(kinds('72 hours after the birth and no milk', 'hours')).toEqual([72]);
    // From the weekday of the birth to today's.
    expect(read("had her on tuesday, it's now saturday").ageDays).toBe(4);
    expect(read('c section on friday and today is monday').ageDays).toBe(3);
    // A day someone expected is not the age: the day it is now is.
    expect(read('they said my milk would come in by day 3, its now day 6').ageDays).toBe(5);
    expect(read('we went out on tuesday and it is now saturday').ageDays).toBeUndefined();
  });

  it('reads the time now told after "it is" without am or pm, as the later clock time (train-7)', () => {
    expect(kinds('last one was 4 this morning and its 12 now', 'hours')).toEqual([8]);
    expect(kinds('last proper feed was at 2am and its gone half 9 now', 'hours')).toEqual([7.5]);
    expect(kinds("hasn't had a feed since 4am and its 12:30 now", 'hours')).toEqual([8.5]);
    expect(kinds("fed since about 7 this morning, it's gone 3 now", 'hours')).toEqual([8]);
    expect(kinds("the last wet nappy was before lunch and it's nearly 9pm now", 'hours')).toEqual([9]);
    // An age or a count after "is" is no time of day, and one clock time alone gives no hours.
    expect(kinds("he's 3 now and it's 5 now", 'hours')).toEqual([]);
    expect(kinds('its 12 now and she is fine', 'hours')).toEqual([]);
  });

  it('reads hours since a feed or a wet nappy, also between two clock times', () => {
    expect(kinds("hasn't fed for 7 hours", 'hours')).toEqual([7]);
    expect(kinds('nine hours without a feed', 'hours')).toEqual([9]);
    expect(kinds('no wee since 6 this morning and its 4pm', 'hours')).toEqual([10]);
    expect(kinds('slept from 10pm to 5am', 'hours')).toEqual([7]);
  });

  it('reads a weight drop as a percentage from any units', () => {
    expect(kinds('3.5 kg to 3.1 kg', 'weight_drop')).toEqual([11.4]);
    expect(kinds('born 7lb 8oz, now 6lb 12oz', 'weight_drop')).toEqual([10]);
    expect(kinds('born 3650g and now 3280g', 'weight_drop')).toEqual([10.1]);
    expect(kinds('born 4.1kg and was 3.68 on day 5', 'weight_drop')).toEqual([10.2]);
    expect(kinds('lost 12%', 'percent')).toEqual([12]);
    expect(kinds('lost ten percent', 'percent')).toEqual([10]);
    // An amount lost, as a share of the weight given: "lost 350 grams, she was 3.3 kg".
    expect(kinds('lost 350 grams since birth, she was 3.3 kg', 'weight_drop')).toEqual([10.6]);
    // The birth weight told last: "now 3.28kg … born 3.39kg".
    expect(kinds('the scales say 3.28kg and he was born 3.39kg', 'weight_drop')).toEqual([3.2]);
  });

  it('reads a birth weight told as "BW" and bare grams after a weight in grams (s31)', () => {
    expect(kinds('day 9, weighed 2.95 today against BW 3.35', 'weight_drop')).toEqual([11.9]);
    expect(kinds('born 3820g and the scales said 3400 at the day 5 check', 'weight_drop')).toEqual([11]);
    // A year or a time of day in that range is no weight.
    expect(kinds('born 3820g in 2025, she had a feed at 1800', 'weight_drop')).toEqual([]);
    expect(kinds('born 3820g, fed since 1700', 'weight_drop')).toEqual([]);
    // Without a weight in grams first, a bare number stays a number.
    expect(kinds('he fed 1800 times lol, born 3.8kg', 'weight_drop')).toEqual([]);
  });

  it('reads the birth weight from its own clause, in any order (issue 11, s17-rf)', () => {
    // "born" after the weight, the later weight across a comma.
    expect(kinds('she was 3.6kg born, 3.2kg at the day 4 weigh', 'weight_drop')).toEqual([11.1]);
    // The weight now first, the birth weight in the next clause or sentence: a comma stops "birth" reaching back.
    expect(kinds('weighed today: 3.1kg, birth weight was 3.5kg', 'weight_drop')).toEqual([11.4]);
    expect(kinds('scales said 2.95kg. at birth she was 3.3kg', 'weight_drop')).toEqual([10.6]);
    // "at birth and …": the weight before "at birth" is the birth weight, not the one after "and".
    expect(kinds('3.7kg at birth and 3.3kg on the fifth day', 'weight_drop')).toEqual([10.8]);
    // "… and his birth weight was …": "birth weight" names the weight after it.
    expect(kinds('he is 6lb 14oz now and his birth weight was 7lb 10oz', 'weight_drop')).toEqual([9.8]);
    expect(kinds('3.2kg against a birth weight of 3.45', 'weight_drop')).toEqual([7.2]);
    // A gain read the same way is no drop.
    expect(kinds('weighs 3.52 kg, birth weight was 3.48 kg', 'weight_drop')).toEqual([]);
  });

  it('reads a bare number told as the birth weight, and the bare weight after it', () => {
    expect(kinds('she weighed 3.8 at birth, 3.35 on day 4', 'weight_drop')).toEqual([11.8]);
    expect(kinds('birth weight was 3.6, now 3.3', 'weight_drop')).toEqual([8.3]);
    // A number with a unit of time is no weight: "born 3.5 hours ago".
    expect(kinds('born 3.5 hours ago and now 3.1', 'weight_drop')).toEqual([]);
    // Without a birth word a bare number is no weight.
    expect(kinds('she had 3.8 then 3.35', 'weight_drop')).toEqual([]);
  });

  it('reads "birth weight 3.4" told without a verb, and no bare weight that has another unit after it', () => {
    // Review finding (s17): "birth weight 3.4, now 3.05" was not read at all.
    expect(kinds('birth weight 3.4, now 3.05', 'weight_drop')).toEqual([10.3]);
    // Review finding (s17): millilitres or ounces of milk after a birth weight are not the baby's weight now.
    expect(kinds('born 3.4, pumping 2.5 oz a session', 'weight_drop')).toEqual([]);
    expect(kinds('birth weight 3.4kg and she takes 2.5 oz bottles', 'weight_drop')).toEqual([]);
  });

  it('reads breaths a minute and counts of nappies and feeds', () => {
    expect(kinds('sixty five a minute', 'breaths')).toEqual([65]);
    expect(kinds('70 breaths per minute', 'breaths')).toEqual([70]);
    expect(kinds('only two wet nappies', 'wet_nappies')).toEqual([2]);
    expect(kinds('one tiny green poo', 'dirty_nappies')).toEqual([1]);
    expect(kinds('fed 5 times in 24 hours', 'feeds')).toEqual([5]);
    expect(kinds('only had six in 24 hours since her last feed', 'feeds')).toEqual([]);
  });

  it('reads a breathing rate told with no unit as breaths a minute, and nothing else so', () => {
    // A monitor's or a count's rate: "breathing rate … 58", "counted his breaths and got 66".
    expect(kinds('the sock monitor shows a breathing rate of 58 most of the night', 'breaths')).toEqual([58]);
    expect(kinds('resp rate on the app was 64 to 68', 'breaths')).toEqual([64, 68]);
    expect(kinds('i counted his breaths while he slept and got 66', 'breaths')).toEqual([66]);
    // Counted over half a minute, scaled to a minute.
    expect(kinds('counted her breaths for 30 seconds and it was 34', 'breaths')).toEqual([68]);
    // A unit after the number, or no breathing rate named, is something else.
    expect(kinds('i counted his breaths, he is 12 days old', 'breaths')).toEqual([]);
    expect(kinds('his heart rate on the monitor was 150', 'breaths')).toEqual([]);
    expect(kinds('she breathes fast. she is 9 weeks and weighs 5', 'breaths')).toEqual([]);
  });

  it('reads feeds counted the ways parents count them, and nothing else as feeds', () => {
    expect(kinds('just 3 short feeds since breakfast', 'feeds')).toEqual([3]);
    expect(kinds('i only managed to get him on 5 times today', 'feeds')).toEqual([5]);
    expect(kinds('she latched 4 times in the whole day', 'feeds')).toEqual([4]);
    expect(kinds('he woke 5 times last night', 'feeds')).toEqual([]);
  });

  it('reads a count told again for a second baby or day as the same kind', () => {
    expect(kinds('twin one had 6 wet nappies and twin two only had 2', 'wet_nappies')).toEqual([6, 2]);
    expect(kinds('she had 4 wet nappies and slept for 3 hours', 'wet_nappies')).toEqual([4]);
  });

  it('reads a count told again with the nappies named nearest before it (issue 11, s18-rf)', () => {
    expect(kinds('4 wet ones yesterday. as for poos, she has had 2 today', 'dirty_nappies')).toEqual([2]);
    expect(kinds('4 wet ones yesterday. as for poos, she has had 2 today', 'wet_nappies')).toEqual([4]);
    expect(kinds('just the one dirty nappy. wee wise he has only had 3', 'wet_nappies')).toEqual([3]);
    // With no other kind named between, the count is the last one's kind again.
    expect(kinds('first baby had 7 wet nappies, this one has only had 3', 'wet_nappies')).toEqual([7, 3]);
  });

  it('reads a comma before three digits and grams as thousands, with kilograms a decimal comma (issue 11, s18-rf)', () => {
    expect(kinds('born 3,820g and weighed 3,390g at the day 5 check', 'weight_drop')).toEqual([11.3]);
    expect(kinds('born 3,820 grams, now 3,390 grams', 'weight_drop')).toEqual([11.3]);
    expect(kinds('born 3,82kg, now 3,39kg', 'weight_drop')).toEqual([11.3]);
  });

  it('reads bare weights told before a bare birth weight (issue 11, s18-rf)', () => {
    expect(kinds('he weighed 2.9 this morning and was 3.3 at birth', 'weight_drop')).toEqual([12.1]);
    expect(kinds('now 3.05, he was born 3.4', 'weight_drop')).toEqual([10.3]);
    // A bare number with no weighing word before it may be anything ("she's 2.5" of months, feeds every 2.5).
    expect(kinds('she feeds every 2.5 and was 3.3 at birth', 'weight_drop')).toEqual([]);
    // "day 6" after a comma is the day, not a unit of the weight before it.
    expect(kinds('3.1kg today, birth weight 3.5, day 6', 'weight_drop')).toEqual([11.4]);
    expect(kinds('born 3.4kg, fed 2.5, day 5', 'weight_drop')).toEqual([]);
  });

  it('reads an age in weeks and days, and a day something happened is not the age', () => {
    expect(read('he is 2 weeks and 3 days old').ageDays).toBe(17);
    expect(read('she is 2 weeks and 2 days and still yellow').ageDays).toBe(16);
    expect(read('born at 34 weeks and 3 days, now 2 weeks old').ageDays).toBe(14);
    expect(read('the midwife weighed her at day 5, she is 3 weeks now').ageDays).toBe(21);
    expect(read('she was born 6 hours ago').ageDays).toBeCloseTo(0.25, 2);
    expect(read('he last had a feed 6 hours ago').ageDays).toBeUndefined();
  });

  it('reads times of day told without am or pm as the later of the two', () => {
    expect(kinds('last wet nappy at 7 this morning and it is now half past 4', 'hours')).toEqual([9]);
    expect(kinds('nothing since lunchtime and it is 8 at night', 'hours')).toEqual([8]);
    expect(kinds('fed at 10pm and it is now 2', 'hours')).toEqual([4]);
  });
});

describe('readings from 30 to 33 °C (review finding 8)', () => {
  it('reads a body temperature told as one or of a baby', () => {
    expect(kinds('baby is 2 weeks old, temp is 32.5 and she feels cold', 'temperature')).toEqual([32.5]);
    expect(kinds('the thermometer says 31', 'temperature')).toEqual([31]);
  });

  it('leaves a room, a bath or the weather out', () => {
    expect(kinds("it's 30 degrees in the flat, how many layers for my 3 week old?", 'temperature')).toEqual([]);
    expect(kinds('the bath water is 32 degrees, ok for a newborn?', 'temperature')).toEqual([]);
  });
});
