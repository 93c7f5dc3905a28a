import { phraseReplacements, wordReplacements } from './lexicon';

/** Each contraction with the text any match of it contains: a message without that text skips its pass. */
const contractions: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/\bcan't\b/g, 'cannot', "can't"],
  [/\bwon't\b/g, 'will not', "won't"],
  [/\bain't\b/g, 'is not', "ain't"],
  [/\blet's\b/g, 'let us', "let's"],
  [/n't\b/g, ' not', "n't"],
  [/'m\b/g, ' am', "'m"],
  [/'re\b/g, ' are', "'re"],
  [/'ve\b/g, ' have', "'ve"],
  [/'ll\b/g, ' will', "'ll"],
  [/'d\b/g, ' would', "'d"],
  [/\b(it|that|what|there|he|she|who|where|how)'s\b/g, '$1 is', "'s"],
  [/'s\b/g, '', "'s"],
];

// Lexicon words written with an underscore ("yr_old"), each matched whole: an underscore is part of a word
// here, as in \w, so "yr" inside "yr_old" is not a word of its own. They are read before punctuation
// (the underscore included) separates words.
const underscoredWords = Object.keys(wordReplacements).filter((word) => word.includes('_'));
const underscoredWord = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${underscoredWords.join('|')})(?![\\p{L}\\p{N}_])`, 'gu');

/** The word replacements as a map: own keys only, and a quicker look-up than Object.hasOwn for every word. */
const replacementOf: ReadonlyMap<string, string> = new Map(Object.entries(wordReplacements));

/**
 * What a first scan finds: characters beyond ASCII, the ASCII ones that the ASCII path folds (a backtick,
 * control characters), and the typographic ones it folds too (see typographicFold).
 */
const nonAscii = 1;
const backtick = 2;
const control = 4;
const typographic = 8;

function scan(text: string): number {
  let found = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 0x7f) {
      if (typographicFold(code) === undefined) return nonAscii;
      found |= typographic;
    } else if (code === 0x60) found |= backtick;
    else if (code < 0x20 || code === 0x7f) found |= control;
  }
  return found;
}

/**
 * The ASCII character the Unicode path makes of a phone keyboard's curly quotes and dashes (NFKC leaves them or
 * makes U+2011 U+2010; the folds below make them an apostrophe, a double quote or a hyphen), or undefined for
 * any other character: a message whose only characters beyond ASCII are these takes the ASCII path.
 */
function typographicFold(code: number): string | undefined {
  if (code === 0x2018 || code === 0x2019) return "'";
  if (code === 0x201c || code === 0x201d) return '"';
  if (code >= 0x2010 && code <= 0x2015) return '-';
  return undefined;
}

/** Lowercased text with the curly quotes and dashes of typographicFold made ASCII. */
function foldTypographic(text: string): string {
  let folded = '';
  let from = 0;
  for (let index = 0; index < text.length; index++) {
    const replacement = typographicFold(text.charCodeAt(index));
    if (replacement === undefined) continue;
    folded += text.slice(from, index) + replacement;
    from = index + 1;
  }
  return (folded + text.slice(from)).toLowerCase();
}

const anyPhrase = new RegExp(phraseReplacements.map(([pattern]) => `(?:${pattern.source})`).join('|'), 'u');

/**
 * Unicode, case, punctuation, contractions and chat spellings folded away, so that training phrasings and
 * messages are compared on what they say rather than how they were typed.
 */
export function normaliseText(text: string): string {
  return normalisedTokens(text).join(' ');
}

/** normaliseText's result and splitWords of it, from one pass over the message's words. */
export function normaliseWords(text: string): { normalised: string; words: string[] } {
  const tokens = normalisedTokens(text);
  const words: string[] = [];
  for (const token of tokens) {
    // A token is one word unless it holds a space (a replacement of several words) or a hyphen.
    if (token.includes(' ') || token.includes('-')) {
      for (const word of splitWords(token)) words.push(word);
    } else words.push(token);
  }
  return { normalised: tokens.join(' '), words };
}

/** The words of the normalised text, each after word replacement (which may make it several words). */
function normalisedTokens(text: string): string[] {
  // Most messages are plain ASCII: NFKC changes none of it, and of the folds below only the backtick and
  // the control characters are in ASCII (and most messages have neither).
  const found = scan(text);
  let ascii = found !== nonAscii;
  let result: string;
  if (!ascii) {
    result = text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/[\u2010-\u2015]/g, '-')
      .replace(/\p{Cf}/gu, '')
      .replace(/\p{Cc}/gu, ' ');
    // Most such messages held only typographic quotes or dashes, now ASCII: the passes below then take the
    // ASCII path, whose patterns without Unicode classes are several times quicker. On lowercased ASCII with
    // every control character a space they match the same (\p{L} is a-z, \p{N} is 0-9, the space the only \s).
    ascii = scan(result) !== nonAscii;
  } else {
    // Typographic quotes and dashes alone beyond ASCII: folded here to what the Unicode path makes of them.
    result = found & typographic ? foldTypographic(text) : text.toLowerCase();
    if (found & backtick) result = result.replace(/`/g, "'");
    if (found & control) result = result.replace(/[\x00-\x1f\x7f]/g, ' ');
  }
  // Every contraction has an apostrophe, and each pattern a piece of text without which it cannot match.
  if (result.includes("'")) {
    // Indexed, not destructured: destructuring each entry steps an iterator through it, on every message.
    for (let index = 0; index < contractions.length; index++) {
      const contraction = contractions[index];
      if (result.includes(contraction[2])) result = result.replace(contraction[0], contraction[1]);
    }
  }
  if (underscoredWords.length > 0 && result.includes('_')) result = result.replace(underscoredWord, (word) => wordReplacements[word]);
  // Keep "100.4", "38.5" and "2-3" intact; everything else that is not a letter or digit separates words.
  // Lowercased ASCII (with the \u2024 just put in) has no letters but a-z and no digits but 0-9, which a
  // pattern without Unicode classes finds more quickly.
  result = result.replace(/(\d)[.,](\d)/g, '$1\u2024$2').replace(ascii ? /[^a-z0-9\u2024°%\s-]+/g : /[^\p{L}\p{N}\u2024°%\s-]+/gu, ' ');
  // Each pass only where its character is: most messages have no decimal point between digits (the only
  // source of \u2024, as NFKC folds a typed one to '.') and no hyphen.
  if (result.includes('\u2024')) result = result.replace(/\u2024/g, '.');
  if (result.includes('-')) result = result.replace(/(^|\s)-+|-+(\s|$)/g, ' ');
  // One scan for any of the phrases first: most messages have none, and then the passes one by one are skipped.
  if (anyPhrase.test(result)) {
    // Then only the patterns whose text is in the message (each pass is a scan of the whole of it), in
    // order. Two branches only because replace() has one overload for a string and one for a function.
    for (let index = 0; index < phraseReplacements.length; index++) {
      const [pattern, replacement, needs] = phraseReplacements[index];
      if (!result.includes(needs)) continue;
      result = typeof replacement === 'string' ? result.replace(pattern, replacement) : result.replace(pattern, replacement);
    }
  }
  // In ASCII every whitespace character but the space was a control character, now a space.
  const tokens = ascii ? result.split(' ') : result.split(/\s+/);
  let kept = 0;
  for (const word of tokens) {
    // Own keys only: "constructor" is a word, not Object's constructor.
    if (word.length > 0) tokens[kept++] = replacementOf.get(word) ?? word;
  }
  tokens.length = kept;
  return tokens;
}

/** The words of normalised text; hyphenated words are split so "day-old" and "day old" agree. */
export function splitWords(normalised: string): string[] {
  return normalised.split(/[\s-]+/).filter((word) => word.length > 0);
}
