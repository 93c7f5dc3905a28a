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
  review: { status: 'draft' },
  location: { file: 'content/milk.yaml', line: 1 },
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

  it('says "born today" for a baby born today, never "born 0 days ago"', () => {
    const born = { ...answer, variants: [{ when: { days_since_birth: { gte: 0 } }, short: undefined, text: 'Your baby was born {born}.' }] };
    expect(renderAnswer(born, { days_since_birth: 0 }).text).toBe('Your baby was born today.');
    expect(renderAnswer(born, { days_since_birth: 1 }).text).toBe('Your baby was born 1 day ago.');
    expect(renderAnswer(born, { days_since_birth: 6 }).text).toBe('Your baby was born 6 days ago.');
  });

  it('never states an age the person gave only as a range: the variant that would say it is passed over', () => {
    // "5 days or more" is past 72 hours for certain, but "born 5 days ago" would be an age nobody gave.
    const rendered = renderAnswer(answer, { days_since_birth_range: { gte: 5 } });
    expect(rendered.variant).toBeNull();
    expect(rendered.text).not.toMatch(/\d+ days? ago/);
  });

  it('lets a range choose a variant that says no age, when every day in the range fits', () => {
    const wording = { ...answer, variants: [{ when: { days_since_birth: { gte: 3 } }, short: undefined, text: 'Past 72 hours.' }, { when: { days_since_birth: { lt: 7 } }, short: undefined, text: 'Under a week.' }] };
    expect(renderAnswer(wording, { days_since_birth_range: { gte: 5 } }).variant).toBe(0);
    expect(renderAnswer(wording, { days_since_birth_range: { gte: 1, lt: 5 } }).variant).toBe(1);
    expect(renderAnswer(wording, { days_since_birth_range: { gte: 2, lt: 5 } }).variant).toBe(1);
    // An exact day, once given, wins over the range.
    expect(renderAnswer(wording, { days_since_birth: 9, days_since_birth_range: { gte: 1, lt: 5 } }).variant).toBe(0);
  });

  it('does not say back an age that was only given roughly, such as "3 months"', () => {
    expect(renderAnswer(answer, { days_since_birth: 90, baby_age_weeks: 12, age_approximate: true }).text).not.toMatch(/90 days|12 weeks/);
  });
});
