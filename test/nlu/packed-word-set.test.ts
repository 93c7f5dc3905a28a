import { loadEnglishWords } from '../../src/nlu/english-words';
import { PackedWordSet } from '../../src/nlu/packed-word-set';

describe('PackedWordSet', () => {
  const words = ['milk', 'mil', 'milky', 'latch', 'a', 'colostrum', 'élan'];
  const set = new PackedWordSet(words.join('\n'));

  it('has exactly the words it was given, not their prefixes, extensions or neighbours', () => {
    for (const word of words) expect(set.has(word)).toBe(true);
    for (const word of ['mi', 'milkk', 'latc', '', 'colostrums', 'elan', 'milk\nmil']) expect(set.has(word)).toBe(false);
    expect(set.size).toBe(words.length);
  });

  it('iterates its words in the order given, as a Set would', () => {
    expect([...set]).toEqual(words);
    expect([...set.entries()].map(([key, value]) => key === value && key)).toEqual(words);
    const seen: string[] = [];
    set.forEach((word) => seen.push(word));
    expect(seen).toEqual(words);
    expect(set.joined).toBe(words.join('\n'));
  });

  it('is empty for an empty list', () => {
    const empty = new PackedWordSet('');
    expect(empty.size).toBe(0);
    expect(empty.has('')).toBe(false);
    expect([...empty]).toEqual([]);
  });

  it('holds many words that collide in its table', () => {
    const many = Array.from({ length: 5000 }, (_, index) => `word${index.toString(36)}`);
    const packed = new PackedWordSet(many.join('\n'));
    expect(many.every((word) => packed.has(word))).toBe(true);
    expect(Array.from({ length: 500 }, (_, index) => `other${index}`).some((word) => packed.has(word))).toBe(false);
  });
});

describe('loadEnglishWords', () => {
  it('has WordNet single words and leaves out multi-word entries', () => {
    const english = loadEnglishWords();
    expect(english.has('match')).toBe(true);
    expect(english.has('silk')).toBe(true);
    expect(english.has('colostrum')).toBe(true);
    expect(english.has('zzqx')).toBe(false);
    expect([...english].some((word) => word.includes('_') || word.includes(' ') || word === '')).toBe(false);
    expect(new Set(english).size).toBe(english.size);
  });
});
