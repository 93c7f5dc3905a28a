import { choiceByLabel, choiceByNumber } from '../../src/knowledge/pressed-choice';

const choices = [{ label: 'Vaginal birth' }, { label: 'Caesarean (C-section)' }];

describe('a pressed choice', () => {
  it('is found by its label, whatever the case and punctuation', () => {
    expect(choiceByLabel('caesarean c section', choices)).toBe(choices[1]);
    expect(choiceByLabel('VAGINAL BIRTH!', choices)).toBe(choices[0]);
  });

  it("is found when typed with a phone's curly quotes, dashes or ellipsis, and not when they join other words", () => {
    const unsure = [{ label: "I don't know" }, { label: 'Less than 2 weeks' }];
    expect(choiceByLabel('I don\u2019t know\u2026', unsure)).toBe(unsure[0]);
    expect(choiceByLabel('\u201cless\u2014than 2 weeks\u201d', unsure)).toBe(unsure[1]);
    expect(choiceByLabel('less\u2014than 2\u2014weeks old', unsure)).toBeUndefined();
  });

  it('is found by its number, counted from one', () => {
    expect(choiceByNumber('1', choices)).toBe(choices[0]);
    expect(choiceByNumber(' 2 ', choices)).toBe(choices[1]);
  });

  it('is not found for a number out of range or a different text', () => {
    expect(choiceByNumber('0', choices)).toBeUndefined();
    expect(choiceByNumber('3', choices)).toBeUndefined();
    expect(choiceByNumber('2 days', choices)).toBeUndefined();
    expect(choiceByLabel('vaginal', choices)).toBeUndefined();
  });
});
