import { phraseReplacements, wordReplacements } from './lexicon';

const contractions: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bcan't\b/g, 'cannot'],
  [/\bwon't\b/g, 'will not'],
  [/\bain't\b/g, 'is not'],
  [/\blet's\b/g, 'let us'],
  [/n't\b/g, ' not'],
  [/'m\b/g, ' am'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  [/'d\b/g, ' would'],
  [/\b(it|that|what|there|he|she|who|where|how)'s\b/g, '$1 is'],
  [/'s\b/g, ''],
];

// Lexicon words written with an underscore ("yr_old"), each matched whole: an underscore is part of a word
// here, as in \w, so "yr" inside "yr_old" is not a word of its own. They are read before punctuation
// (the underscore included) separates words.
const underscoredWords = Object.keys(wordReplacements).filter((word) => word.includes('_'));
const underscoredWord = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${underscoredWords.join('|')})(?![\\p{L}\\p{N}_])`, 'gu');

/** The word replacements as a map: own keys only, and a quicker look-up than Object.hasOwn for every word. */
const replacementOf: ReadonlyMap<string, string> = new Map(Object.entries(wordReplacements));

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0x7f) return false;
  return true;
}

const anyPhrase = new RegExp(phraseReplacements.map(([pattern]) => `(?:${pattern.source})`).join('|'), 'u');

/**
 * Unicode, case, punctuation, contractions and chat spellings folded away, so that training phrasings and
 * messages are compared on what they say rather than how they were typed.
 */
export function normaliseText(text: string): string {
  // Most messages are plain ASCII: NFKC changes none of it, and of the folds below only the backtick and
  // the control characters are in ASCII.
  let result = isAscii(text)
    ? text.toLowerCase().replace(/`/g, "'").replace(/[\x00-\x1f\x7f]/g, ' ')
    : text
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
        .replace(/[\u201c\u201d]/g, '"')
        .replace(/[\u2010-\u2015]/g, '-')
        .replace(/\p{Cf}/gu, '')
        .replace(/\p{Cc}/gu, ' ');
  // Every contraction has an apostrophe; most messages' other passes are cheap next to eleven of these.
  if (result.includes("'")) for (const [pattern, replacement] of contractions) result = result.replace(pattern, replacement);
  if (underscoredWords.length > 0 && result.includes('_')) result = result.replace(underscoredWord, (word) => wordReplacements[word]);
  // Keep "100.4", "38.5" and "2-3" intact; everything else that is not a letter or digit separates words.
  result = result.replace(/(\d)[.,](\d)/g, '$1\u2024$2').replace(/[^\p{L}\p{N}\u2024°%\s-]+/gu, ' ');
  result = result.replace(/\u2024/g, '.').replace(/(^|\s)-+|-+(\s|$)/g, ' ');
  // One scan for any of the phrases first: most messages have none, and then the passes one by one are skipped.
  if (anyPhrase.test(result)) {
    // Two branches only because replace() has one overload for a string and one for a function.
    for (const [pattern, replacement] of phraseReplacements) result = typeof replacement === 'string' ? result.replace(pattern, replacement) : result.replace(pattern, replacement);
  }
  return result
    .split(/\s+/)
    .filter((word) => word.length > 0)
    // Own keys only: "constructor" is a word, not Object's constructor.
    .map((word) => replacementOf.get(word) ?? word)
    .join(' ');
}

/** The words of normalised text; hyphenated words are split so "day-old" and "day old" agree. */
export function splitWords(normalised: string): string[] {
  return normalised.split(/[\s-]+/).filter((word) => word.length > 0);
}
