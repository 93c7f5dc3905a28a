import { phraseReplacements } from '../../src/nlu/lexicon';
import { normaliseText, normaliseWords, splitWords } from '../../src/nlu/normalise-text';

describe('normaliseText', () => {
  it('lowercases and drops punctuation and emoji', () => {
    expect(normaliseText('Why is my MILK late?!? 😭')).toBe('why is my milk late');
  });

  it('collapses tabs, newlines and repeated spaces into single spaces', () => {
    expect(normaliseText('  why\tis\n\nmy   milk  ')).toBe('why is my milk');
  });

  describe('chat slang', () => {
    it.each([
      ['lo', 'baby'],
      ['bubs', 'baby'],
      ['ftm', 'first time mum'],
      ['stm', 'second time mum'],
      ['dh', 'husband'],
      ['u', 'you'],
      ['pls', 'please'],
      ['bf', 'breastfeed'],
      ['ebf', 'exclusively breastfeed'],
      ['hrs', 'hours'],
      ['wks', 'weeks'],
      ['pp', 'postpartum'],
      ['boobs', 'breast'],
      ['nips', 'nipple'],
    ])('spells "%s" as "%s"', (typed, expected) => {
      expect(normaliseText(typed)).toBe(expected);
    });

    it('reads "yr_old" and "yr_olds" as one word, and "yr" inside them is not "your"', () => {
      expect(normaliseText('my 2 yr_old wont latch')).toBe('my 2 year old will not latch');
      expect(normaliseText('yr_old')).toBe('year old');
      expect(normaliseText('yr_olds')).toBe('year olds');
      expect(normaliseText('yr baby')).toBe('your baby');
    });

    it('splits other words joined by an underscore as before', () => {
      expect(normaliseText('my_baby wont_latch')).toBe('my baby will not latch');
    });

    it('expands shorthand inside a sentence', () => {
      expect(normaliseText('ftm here, lo wont latch pls help')).toBe('first time mum here baby will not latch please help');
    });
  });

  describe('UK and US spellings', () => {
    it.each([
      ['diaper', 'nappy'],
      ['diapers', 'nappies'],
      ['pacifier', 'dummy'],
      ['mom', 'mum'],
      ['mommy', 'mum'],
      ['pediatrician', 'paediatrician'],
      ['cesarean', 'caesarean'],
      ['poop', 'poo'],
      ['pee', 'wee'],
    ])('folds "%s" into "%s"', (typed, expected) => {
      expect(normaliseText(typed)).toBe(expected);
    });

    it.each(['c-section', 'C section', 'csection', 'c-sec', 'caesarean section', 'Cesarean'])('reads "%s" as caesarean', (typed) => {
      expect(normaliseText(typed)).toBe('caesarean');
    });
  });

  describe('multi-word spellings', () => {
    it.each(['skin to skin', 'skin-to-skin', 'skin 2 skin', 's2s'])('joins "%s" into one word', (typed) => {
      expect(normaliseText(typed)).toBe('skintoskin');
    });

    it('joins breast milk, breast feeding and breast pump', () => {
      expect(normaliseText('breast milk')).toBe('breastmilk');
      expect(normaliseText('breast feeding')).toBe('breastfeeding');
      expect(normaliseText('breast-fed')).toBe('breastfed');
      expect(normaliseText('breast pump')).toBe('breastpump');
    });

    it('folds the ways of saying supply dropped', () => {
      expect(normaliseText('my supply has tanked')).toBe('my supply dropped');
      expect(normaliseText('supply crashed')).toBe('supply dropped');
    });

    it('names for each phrase a text that every match of it holds (a message without it skips the pattern)', () => {
      // Each pattern's matches in wordings of every kind it folds: each must match somewhere, and each match
      // must hold the pattern's text, or skipping the pattern on a message without that text would change it.
      const wordings = [
        'thirty eight point five', 'forty-one', 'ninety nine', 'one hundred and one', 'one hundred five', 'one hundred',
        '38 point 5', '100 point four', 'c section', 'c-sect', 'csections', 'c sec', 'caesarean section', 'skin to skin',
        'skin-to-skin', 'skin2skin', 'skin 2 skin', 's2s', 'breast feeding', 'breast-fed', 'breast milk', 'breast pump',
        'health visitor', 'health-visitors', 'spit up', 'spitting-up', 'supply has tanked', 'supply  dipped',
      ];
      for (const [pattern, , needs] of phraseReplacements) {
        const matches = wordings.flatMap((wording) => [...wording.matchAll(pattern)].map((match) => match[0]));
        expect({ pattern: pattern.source, matched: matches.length > 0 }).toEqual({ pattern: pattern.source, matched: true });
        for (const match of matches) expect({ pattern: pattern.source, match, holds: match.includes(needs) }).toEqual({ pattern: pattern.source, match, holds: true });
      }
    });
  });

  describe('contractions', () => {
    it.each([
      ["can't", 'cannot'],
      ["won't", 'will not'],
      ["doesn't", 'does not'],
      ["I'm", 'i am'],
      ["they're", 'they are'],
      ["I've", 'i have'],
      ["you'll", 'you will'],
      ["I'd", 'i would'],
      ["it's", 'it is'],
      ["what's", 'what is'],
    ])('expands "%s" to "%s"', (typed, expected) => {
      expect(normaliseText(typed)).toBe(expected);
    });

    it('drops a possessive s', () => {
      expect(normaliseText("baby's nappy")).toBe('baby nappy');
    });

    it.each([
      ['dont', "don't"],
      ['im', "I'm"],
      ['its', "it's"],
      ['cant', "can't"],
      ['lets', "let's"],
    ])('reads "%s" typed without its apostrophe the same as "%s"', (without, withApostrophe) => {
      expect(normaliseText(without)).toBe(normaliseText(withApostrophe));
    });
  });

  describe('unicode', () => {
    it('treats curly apostrophes like straight ones', () => {
      expect(normaliseText('I\u2019m sure it\u2019s fine, don\u2019t worry')).toBe('i am sure it is fine do not worry');
    });

    it('folds full-width letters and ligatures', () => {
      expect(normaliseText('\uff2d\uff59 \uff2c\uff2f')).toBe('my baby');
      expect(normaliseText('\ufb01rst time')).toBe('first time');
    });

    it('drops curly quotes and dashes between words', () => {
      expect(normaliseText('\u201cday 3\u201d \u2014 still nothing')).toBe('day 3 still nothing');
    });

    it('ignores a byte order mark and a zero-width joiner', () => {
      expect(normaliseText('\ufeffmilk\u200d')).toBe('milk');
    });

    it('keeps a word whole when it holds an invisible soft hyphen', () => {
      expect(normaliseText('colos\u00adtrum')).toBe('colostrum');
    });

    it('composes a letter and its combining accent', () => {
      expect(normaliseText('cafe\u0301')).toBe('caf\u00e9');
    });

    // Once its typographic marks are folded the message is ASCII and takes the ASCII passes: they must read
    // it as the Unicode passes would (letters other than a-z and tabs or line breaks kept apart below).
    it('reads a message whose only non-ASCII marks are quotes and dashes as its ASCII twin', () => {
      const typed = 'My LO\u2019s 3 days old\u2014she\u2019s feeding\tevery 2-3 hrs\r\nis \u201cthat\u201d ok? 38,5 temp; c-section_';
      const plain = "My LO's 3 days old-she's feeding\tevery 2-3 hrs\r\nis \"that\" ok? 38,5 temp; c-section_";
      expect(normaliseWords(typed)).toEqual(normaliseWords(plain));
      expect(normaliseText(typed)).toBe('my baby 3 days old-she is feeding every 2-3 hours is that ok 38.5 temp caesarean');
    });

    it('keeps a letter beyond ASCII beside a curly apostrophe', () => {
      expect(normaliseText('Ren\u00e9e\u2019s na\u00efve question \u2014 \u00bfok?')).toBe('ren\u00e9e na\u00efve question ok');
    });
  });

  describe('numbers', () => {
    it('writes number words as digits', () => {
      expect(normaliseText('three days and twelve hours')).toBe('3 days and 12 hours');
    });

    it('keeps decimals, ranges, degrees and percentages', () => {
      expect(normaliseText('temp 38.5°C, feeds every 2-3 hours, 100%')).toBe('temp 38.5°c feeds every 2-3 hours 100%');
    });

    it('reads a decimal comma as a decimal point', () => {
      expect(normaliseText('38,5')).toBe('38.5');
    });
  });
});

describe('splitWords', () => {
  it('splits on spaces and hyphens so "day-old" and "day old" agree', () => {
    expect(splitWords(normaliseText('a day-old baby'))).toEqual(splitWords(normaliseText('a day old baby')));
    expect(splitWords('a day-old baby')).toEqual(['a', 'day', 'old', 'baby']);
  });

  it('returns no words for empty text', () => {
    expect(splitWords(normaliseText('  ?! '))).toEqual([]);
  });
});

describe('normaliseWords', () => {
  it.each([
    "ftm here, LO is 3 days old and won't latch – is it the c-section? she's bf'ing 24/7",
    'idk if my bb is getting enough… day-old baby, s2s & breast feeding',
    '  thirty eight point five and a well-known  -- day-3 yr_old ',
    "It's 100.4°F, he's 2-3 wks, pls help\tnow",
    '',
  ])('gives normaliseText and its words as splitWords reads them: %s', (text) => {
    const normalised = normaliseText(text);
    expect(normaliseWords(text)).toEqual({ normalised, words: splitWords(normalised) });
  });
});
