import { extractFacts, mergeFacts, type Facts } from '../../src/nlu/extract-facts';
import { normaliseText } from '../../src/nlu/normalise-text';

// Wednesday 15 May 2024, midday local time, so weekday arithmetic does not depend on when the tests run.
const wednesday = new Date(2024, 4, 15, 12, 0, 0);

function factsOf(text: string, today: Date = wednesday): Facts {
  return extractFacts(normaliseText(text), today);
}

describe('extractFacts', () => {
  describe("the baby's age", () => {
    it.each<[string, number, number]>([
      ['baby was born 4 days ago', 4, 0],
      ['born four days ago and still no milk', 4, 0],
      ['its day 3 and my boobs are still soft', 3, 0],
      ["it's day three", 3, 0],
      ['lo is 2 wk old', 14, 2],
      ['my daughter is 3 months old', 90, 12],
      ['he is 10 days old', 10, 1],
      ['4 days pp and exhausted', 4, 0],
      ['this is our 3rd day home', 3, 0],
    ])('reads "%s" as %i days and %i whole weeks', (text, days, weeks) => {
      expect(factsOf(text)).toMatchObject({ days_since_birth: days, baby_age_weeks: weeks });
    });

    it('counts hours in whole days', () => {
      expect(factsOf('she is 36 hours old')).toMatchObject({ days_since_birth: 1, baby_age_weeks: 0 });
      expect(factsOf('he is 48 hours old')).toMatchObject({ days_since_birth: 2 });
    });

    it('reads "born yesterday" as one day', () => {
      expect(factsOf('she was born yesterday')).toMatchObject({ days_since_birth: 1 });
    });

    it('reads "born today" as day 0', () => {
      expect(factsOf('baby was born this morning')).toMatchObject({ days_since_birth: 0, baby_age_weeks: 0 });
    });

    it('counts "born on Monday" back from the day of the message', () => {
      expect(factsOf('baby was born on Monday')).toMatchObject({ days_since_birth: 2 });
      expect(factsOf('baby was born on Monday', new Date(2024, 4, 19, 12))).toMatchObject({ days_since_birth: 6 });
    });

    it('counts a birth on the same weekday as a week ago', () => {
      expect(factsOf('baby was born last wednesday')).toMatchObject({ days_since_birth: 7, baby_age_weeks: 1 });
    });

    it('does not read a pregnancy week as the baby\'s age', () => {
      expect(factsOf('i am 36 weeks pregnant')).toEqual({});
    });
  });

  describe('the birth', () => {
    it.each(['i had a c-section', 'had a c section', 'had an emergency cesarean', 'my csection was on monday'])('reads "%s" as a caesarean', (text) => {
      expect(factsOf(text).birth_type).toBe('caesarean');
    });

    it.each(['had a natural birth', 'it was a vaginal birth', 'we had a home birth'])('reads "%s" as a vaginal birth', (text) => {
      expect(factsOf(text).birth_type).toBe('vaginal');
    });

    it('does not read a denied caesarean as one', () => {
      expect(factsOf("i didn't have a c-section").birth_type).toBeUndefined();
    });

    it('reads age and birth type from one message', () => {
      expect(factsOf('had a c-section 5 days ago')).toEqual({ days_since_birth: 5, baby_age_weeks: 0, birth_type: 'caesarean' });
    });
  });

  describe('first baby', () => {
    it.each(['first time mum here', 'ftm, help', "I'm a FTM", 'we are first time parents', 'this is my first baby'])('reads "%s" as a first baby', (text) => {
      expect(factsOf(text).first_baby).toBe(true);
    });

    it('reads a hyphenated "first-time mum" as a first baby', () => {
      expect(factsOf("i'm a first-time mum").first_baby).toBe(true);
    });

    it.each(['this is my second baby', 'my 2nd child', 'stm here'])('reads "%s" as not a first baby', (text) => {
      expect(factsOf(text).first_baby).toBe(false);
    });

    it('does not read "not my first baby" as a first baby', () => {
      expect(factsOf("i'm not a first time mum").first_baby).not.toBe(true);
      expect(factsOf('this is not my first baby').first_baby).not.toBe(true);
    });
  });

  describe('illness', () => {
    it.each(['i have a cold', "i've got the flu", 'i think i have a stomach bug', 'i am feeling really unwell', "i'm so poorly"])('reads "%s" as the mother unwell', (text) => {
      expect(factsOf(text)).toEqual({ mother_unwell: true });
    });

    it.each(['baby has a fever', 'my son has the flu', 'she has a temperature', 'my baby is sick'])('reads "%s" as the baby unwell', (text) => {
      expect(factsOf(text)).toEqual({ baby_unwell: true });
    });

    it('does not read a denied illness as one', () => {
      expect(factsOf("i don't have a cold")).toEqual({});
      expect(factsOf("my baby doesn't have a fever")).toEqual({});
    });
  });

  it.each(['twins', 'I have twins', 'feeding twin boys'])('reads "%s" as twins', (text) => {
    expect(factsOf(text).twins).toBe(true);
  });

  it.each(['no facts here', 'why is my milk late', 'is colostrum enough for my baby', ''])('finds nothing in "%s"', (text) => {
    expect(factsOf(text)).toEqual({});
  });

  describe('who is asking, and a baby born early', () => {
    it.each(["my wife's milk still hasn't come in", 'my wife gave birth 2 days ago and her milk hasnt come in', 'my partner is breastfeeding and wants to know about supply', "I'm the dad, how can I help with feeding"])('hears a partner asking in "%s"', (text) => {
      expect(factsOf(text).partner_asking).toBe(true);
    });

    it.each(['my partner keeps asking how we know the baby is getting enough', 'why is my milk late'])('does not take "%s" for a partner asking', (text) => {
      expect(factsOf(text).partner_asking).toBeUndefined();
    });

    it.each(['she was born early, at 35 weeks', 'my prem baby is sleepy at the breast', 'our preemie twins'])('hears a premature baby in "%s"', (text) => {
      expect(factsOf(text).premature).toBe(true);
    });

    it('does not take "not premature" for premature', () => {
      expect(factsOf('he was not premature, born at term').premature).toBeUndefined();
    });
  });

  describe('an age given only roughly', () => {
    it.each(['my daughter is 3 months old', 'he is 1.5 weeks old', 'she is 36 hours old'])('marks "%s" as approximate', (text) => {
      expect(factsOf(text).age_approximate).toBe(true);
    });

    it('does not mark an exact day as approximate, and an exact day given later clears the mark', () => {
      expect(factsOf('born 4 days ago').age_approximate).toBeUndefined();
      expect(mergeFacts(factsOf('she is 3 months old'), factsOf('sorry, she was born 4 days ago'))).toEqual(expect.not.objectContaining({ age_approximate: true }));
    });
  });
});
