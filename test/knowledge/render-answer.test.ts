import type { Answer } from '../../src/knowledge/knowledge-base';
import { renderAnswer } from '../../src/knowledge/render-answer';

const answer: Answer = {
  id: 'milk.late.delayed',
  short: 'Base short.',
  text: 'Base text.',
  variants: [
    { when: { days_since_birth: { gte: 3 } }, short: 'Born {days_since_birth} ago.', text: 'Your baby was born {days_since_birth} ago.' },
    { when: { days_since_birth: { gte: 3 }, birth_type: 'caesarean' }, short: undefined, text: 'Caesarean, {days_since_birth} ago.' },
    { when: { baby_age_weeks: { gte: 2 } }, short: undefined, text: 'Two weeks or more: {baby_age_weeks}.' },
  ],
  notes: [
    { when: { birth_type: 'caesarean' }, text: 'Caesarean note.' },
    { when: { first_baby: true }, text: 'First baby note.' },
  ],
  followUps: [],
  sources: [{ seed: 'paragraph 5' }],
  reviewStatus: 'draft',
};

describe('renderAnswer', () => {
  it('gives the base text when no variant matches, and never guesses an unknown fact', () => {
    expect(renderAnswer(answer, {})).toEqual({ short: 'Base short.', text: 'Base text.', variant: null, notes: [] });
    expect(renderAnswer(answer, { days_since_birth: 2 }).variant).toBeNull();
  });

  it('fills the facts into the chosen variant, saying "1 day" and "4 days"', () => {
    expect(renderAnswer(answer, { days_since_birth: 4 })).toMatchObject({ short: 'Born 4 days ago.', text: 'Your baby was born 4 days ago.', variant: 0 });
  });

  it('picks the most specific matching variant, and keeps the base short form when the variant has none', () => {
    const rendered = renderAnswer(answer, { days_since_birth: 4, birth_type: 'caesarean' });
    expect(rendered.variant).toBe(1);
    expect(rendered.short).toBe('Base short.');
    expect(rendered.text).toBe('Caesarean, 4 days ago.\n\nCaesarean note.');
  });

  it('takes the first written variant on a tie', () => {
    expect(renderAnswer(answer, { days_since_birth: 21, baby_age_weeks: 3 }).variant).toBe(0);
  });

  it('adds every matching note, in the order written', () => {
    const rendered = renderAnswer(answer, { birth_type: 'caesarean', first_baby: true });
    expect(rendered.notes).toEqual([0, 1]);
    expect(rendered.text).toBe('Base text.\n\nCaesarean note.\n\nFirst baby note.');
  });

  it('says a single week in the singular', () => {
    expect(renderAnswer({ ...answer, variants: [{ when: { baby_age_weeks: { gte: 1 } }, short: undefined, text: '{baby_age_weeks} old' }] }, { baby_age_weeks: 1 }).text).toBe('1 week old');
  });
});
