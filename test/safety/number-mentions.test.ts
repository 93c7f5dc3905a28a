import { isMentioned, numberMentions } from '../../src/safety/number-mentions';

describe('numberMentions', () => {
  it('reads digits and number words alike, with the unit of a range on both ends', () => {
    expect(numberMentions('Milk comes in 2 to 3 days after birth')).toEqual([
      { value: 2, unit: 'days' },
      { value: 3, unit: 'days' },
    ]);
    expect(numberMentions('milk comes in two to three days after birth')).toEqual(numberMentions('Milk comes in 2-3 days after birth'));
  });

  it('folds °C, degrees, Celsius and °F to one scale', () => {
    const celsius = [{ value: 38, unit: 'c' }];
    expect(numberMentions('38 °C')).toEqual(celsius);
    expect(numberMentions('38°C')).toEqual(celsius);
    expect(numberMentions('38 degrees Celsius')).toEqual(celsius);
    expect(numberMentions('100.4 °F')).toEqual(celsius);
    expect(numberMentions('100.4 degrees fahrenheit')).toEqual(celsius);
  });

  it('reads compound number words, hundreds, thousands separators and per cent', () => {
    expect(numberMentions('forty-eight hours')).toEqual([{ value: 48, unit: 'hours' }]);
    expect(numberMentions('three hundred mg')).toEqual([{ value: 300, unit: 'mg' }]);
    expect(numberMentions('1,000 ml')).toEqual([{ value: 1000, unit: 'ml' }]);
    expect(numberMentions('about 10 per cent')).toEqual([{ value: 10, unit: '%' }]);
  });

  it('ignores "one" used as a pronoun but reads it with a unit', () => {
    expect(numberMentions('no one knows; one thing helps')).toEqual([]);
    expect(numberMentions('one day')).toEqual([{ value: 1, unit: 'days' }]);
  });

  it('matches a number without a unit against the same number with any unit, but not the reverse', () => {
    const allowed = numberMentions('2 to 3 days');
    expect(isMentioned({ value: 3, unit: '' }, allowed)).toBe(true);
    expect(isMentioned({ value: 3, unit: 'weeks' }, allowed)).toBe(false);
    expect(isMentioned({ value: 3, unit: 'days' }, numberMentions('3 times'))).toBe(false);
  });
});
