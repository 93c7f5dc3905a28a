import { choiceByLabel, choiceByNumber } from '../../src/knowledge/pressed-choice';

const choices = [{ label: 'Vaginal birth' }, { label: 'Caesarean (C-section)' }];

describe('a pressed choice', () => {
  it('is found by its label, whatever the case and punctuation', () => {
    expect(choiceByLabel('caesarean c section', choices)).toBe(choices[1]);
    expect(choiceByLabel('VAGINAL BIRTH!', choices)).toBe(choices[0]);
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
