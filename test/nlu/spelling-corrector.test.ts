import { SpellingCorrector } from '../../src/nlu/spelling-corrector';

function corrector(vocabulary: Record<string, number>, protectedWords: readonly string[] = []): SpellingCorrector {
  return new SpellingCorrector({ vocabulary: new Map(Object.entries(vocabulary)), protectedWords: new Set(protectedWords) });
}

const knowledgeWords = {
  colostrum: 12,
  breastfeeding: 30,
  supply: 25,
  latch: 8,
  milk: 40,
  feed: 20,
  seed: 1,
  prolactin: 3,
  baby: 50,
};

describe('SpellingCorrector', () => {
  const spelling = corrector(knowledgeWords, ['match', 'feel', 'silk']);

  it.each([
    ['colustrum', 'colostrum'],
    ['colostrm', 'colostrum'],
    ['clostrum', 'colostrum'],
    ['colsotrum', 'colostrum'],
    ['breastfeeeding', 'breastfeeding'],
    ['brestfeeding', 'breastfeeding'],
    ['suply', 'supply'],
    ['prolacitn', 'prolactin'],
  ])('corrects "%s" to "%s"', (typed, expected) => {
    expect(spelling.correct(typed)).toBe(expected);
  });

  it('allows two edits in a long word', () => {
    expect(spelling.correct('colstrm')).toBe('colostrum');
  });

  it('does not correct a long word three edits away', () => {
    expect(spelling.correct('clstrm')).toBe('clstrm');
  });

  it('allows one edit in a word of four or five letters, not two', () => {
    expect(spelling.correct('mikl')).toBe('milk');
    expect(spelling.correct('latc')).toBe('latch');
    expect(spelling.correct('mkil')).toBe('mkil');
  });

  it('leaves words shorter than four letters alone', () => {
    expect(spelling.correct('mlk')).toBe('mlk');
    expect(spelling.correct('bby')).toBe('bby');
  });

  it('leaves words of the vocabulary alone', () => {
    for (const word of Object.keys(knowledgeWords)) expect(spelling.correct(word)).toBe(word);
  });

  it('leaves protected English words alone even when a vocabulary word is one edit away', () => {
    expect(spelling.correct('match')).toBe('match');
    expect(spelling.correct('feel')).toBe('feel');
    expect(spelling.correct('silk')).toBe('silk');
  });

  it('leaves common inflections of a protected word alone', () => {
    expect(spelling.correct('matches')).toBe('matches');
    expect(spelling.correct('feels')).toBe('feels');
  });

  it('corrects a word that is not protected', () => {
    expect(corrector(knowledgeWords).correct('match')).toBe('latch');
  });

  it('leaves numbers and words with digits alone', () => {
    expect(spelling.correct('38.5')).toBe('38.5');
    expect(spelling.correct('2000')).toBe('2000');
    expect(spelling.correct('milk2')).toBe('milk2');
  });

  it('prefers the nearer word over the more frequent one', () => {
    const nearOrFrequent = corrector({ brest: 1, breastfeeding: 100 });
    expect(nearOrFrequent.correct('bresst')).toBe('brest');
  });

  it('breaks a tie in distance by how often the knowledge base uses the word', () => {
    expect(spelling.correct('weed')).toBe('feed');
    expect(corrector({ feed: 1, seed: 9 }).correct('weed')).toBe('seed');
  });

  it('gives the same answer when asked twice', () => {
    expect(spelling.correct('colustrum')).toBe('colostrum');
    expect(spelling.correct('colustrum')).toBe('colostrum');
  });

  it('only ever lands on a vocabulary word', () => {
    const vocabulary = new Set(Object.keys(knowledgeWords));
    for (const typed of ['colustrum', 'suply', 'latchh', 'zzzzzzzz', 'mikl', 'prolaktinn']) {
      const corrected = spelling.correct(typed);
      expect(corrected === typed || vocabulary.has(corrected)).toBe(true);
    }
  });
});

describe('SpellingCorrector from a compiled index', () => {
  it('corrects exactly as the corrector that built the index', () => {
    const built = corrector(knowledgeWords, ['match', 'feel', 'silk']);
    const loaded = new SpellingCorrector({ vocabulary: new Map(Object.entries(knowledgeWords)), protectedWords: new Set(['match', 'feel', 'silk']) }, built.index);
    const typed = ['colustrum', 'clostrum', 'brestfeeding', 'suply', 'prolacitn', 'mlik', 'feeed', 'match', 'babby', 'latchh', 'lach', 'sead', 'xyzzy', 'supplyy'];
    expect(typed.map((word) => loaded.correct(word))).toEqual(typed.map((word) => built.correct(word)));
    expect(loaded.index.keys).toBe(built.index.keys);
  });

  it('refuses an index whose keys and candidate lists disagree', () => {
    const index = corrector(knowledgeWords).index;
    expect(() => new SpellingCorrector({ vocabulary: new Map(), protectedWords: new Set() }, { ...index, keys: `${index.keys}\nextra` })).toThrow(/keys but .* candidate lists/);
  });
});
