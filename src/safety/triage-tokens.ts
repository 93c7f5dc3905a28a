import { senseStem } from '../nlu/sense-stem';
import { numberWordValues, tensWordValues } from '../nlu/number-words';

/** One word of a message as triage reads it: the word, its stem, and its value when it is a number. */
export interface TriageToken {
  word: string;
  stem: string;
  /** Set for "38.5", "thirty eight point five", "a half" folded into the number before it. */
  value?: number;
  /** True when a sentence ends after this token (".", "?", "!", ";", a line break). */
  sentenceEnd: boolean;
  /** True when a comma or dash follows: a weaker break that ends the reach of a negation. */
  clauseEnd: boolean;
  /** True when a question mark follows: a sentence that asks ("nothing to worry about?") tells no verdict. */
  questionEnd: boolean;
  /** Stems of concept words this real word may be a slip for; only phrases of two or more words use them. */
  alternatives?: string[];
}

const units: Record<string, number> = numberWordValues;
const tens: Record<string, number> = tensWordValues;
const ordinals: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, '1st': 1, '2nd': 2, '3rd': 3,
};

// Contractions typed with or without the apostrophe: the "not" they hold matters to negation.
const contractions: Record<string, string[]> = {
  cant: ['can', 'not'], cannot: ['can', 'not'], wont: ['will', 'not'], dont: ['do', 'not'], doesnt: ['does', 'not'],
  didnt: ['did', 'not'], isnt: ['is', 'not'], arent: ['are', 'not'], wasnt: ['was', 'not'], werent: ['were', 'not'],
  hasnt: ['has', 'not'], havent: ['have', 'not'], hadnt: ['had', 'not'], couldnt: ['could', 'not'],
  wouldnt: ['would', 'not'], shouldnt: ['should', 'not'], aint: ['is', 'not'], im: ['i', 'am'], ive: ['i', 'have'],
  id: ['i', 'would'], ill: ['i', 'will'], hes: ['he', 'is'], shes: ['she', 'is'], theyre: ['they', 'are'],
  theres: ['there', 'is'], thats: ['that', 'is'], whats: ['what', 'is'], its: ['it', 'is'], youre: ['you', 'are'],
  // Text-speak without the vowels ("dnt wanna b here anymore"): the same "not".
  dnt: ['do', 'not'], cnt: ['can', 'not'], wnt: ['will', 'not'], dsnt: ['does', 'not'],
};

/** The same, as a map: own keys only, and quicker to look up than the object, once per word of every message. */
const contractionOf: ReadonlyMap<string, string[]> = new Map(Object.entries(contractions));

/** Number words, which a misspelling may be corrected towards. */
export const numberWords: readonly string[] = [...Object.keys(units), ...Object.keys(tens), 'hundred', 'point', 'half'];

const stems = new Map<string, string>();

/**
 * The Porter stem, remembered: the same few hundred words come back in every message. An adverb in "-ly" that
 * Porter folds into another word ("lately" into "late", "likely" into "like", "lovely" into "love", "barely"
 * into "bare") keeps its own stem: its sense is not that word's, so "my milk is late" is not "low lately".
 */
export function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = /^\d/.test(word) ? word : senseStem(word);
    if (stems.size < 50000) stems.set(word, stem);
  }
  return stem;
}

/** A piece of a message: a run of word characters (group 1), a sentence end (group 2) or a clause break. */
const piecePattern = /([\p{L}\p{N}\u2024'°%+]+)|([.?!;\n])|[,:()\-–—/]/gu;
/** The marks that end a sentence (group 2 of piecePattern); its other marks end a clause. */
const sentenceMarks = '.?!;\n';

/**
 * True when every character is ASCII, the dot leader that stands for a decimal point ("38\u20245"), or a dash or
 * double curly quote of a phone keyboard (see isTypographic): what scanAsciiPieces reads as piecePattern does.
 */
function isScannedPlainly(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 0x7f && code !== 0x2024 && !isTypographic(code)) return false;
  }
  return true;
}

/**
 * A phone keyboard's dashes (U+2010-U+2015) and curly quotes (U+2018, U+2019, U+201C, U+201D): no letter, and
 * none of them changed by NFKC but U+2011, which becomes U+2010. In a message whose only characters beyond ASCII
 * they are, the single quotes are apostrophes, the en and em dashes break a clause, and the others are read
 * past, as in the Unicode path.
 */
function isTypographic(code: number): boolean {
  return (code >= 0x2010 && code <= 0x2015) || code === 0x2018 || code === 0x2019 || code === 0x201c || code === 0x201d;
}

/** True when every character is ASCII or typographic (isTypographic), and at least one is typographic. */
function isTypographicAscii(text: string): boolean {
  let typographic = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code <= 0x7f) continue;
    if (!isTypographic(code)) return false;
    typographic = true;
  }
  return typographic;
}

/** The character at `index` is a letter (\p{L}); false outside the text. */
function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return false;
  if (code <= 0x7f) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /\p{L}/u.test(text[index]);
}

/** ASCII characters piecePattern takes into a word: letters, digits, apostrophe, "%", "+". */
function isAsciiWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code === 39 || code === 37 || code === 43;
}

/**
 * What piecePattern finds, for a text of ASCII and dot leaders only (nearly every message), by a plain scan
 * instead of a Unicode-aware regular expression with a match array per piece: runs of word characters (the
 * dot leader is one), and the marks that end a sentence or a clause with where they stand.
 */
function scanAsciiPieces(text: string, onPiece: (piece: string) => void, onBreak: (mark: string, index: number) => void): void {
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (isAsciiWordCode(code) || code === 0x2024) {
      const start = index;
      do index++;
      while (index < text.length && (isAsciiWordCode(text.charCodeAt(index)) || text.charCodeAt(index) === 0x2024));
      onPiece(text.slice(start, index));
      continue;
    }
    // . ? ! ; newline, and , : ( ) - /: the ASCII marks of piecePattern; and its en and em dash.
    if (code === 46 || code === 63 || code === 33 || code === 59 || code === 10 || code === 44 || code === 58 || code === 40 || code === 41 || code === 45 || code === 47 || code === 0x2013 || code === 0x2014) onBreak(text[index], index);
    index++;
  }
}

/** Words that may begin a number: read only from these or from a digit, since most words are none. */
const numberStarts = new Set([...Object.keys(ordinals), ...Object.keys(tens), ...Object.keys(units), 'a']);

/**
 * A word of a piece of a message as read (corrected, its contraction opened), with what the tokens need of it
 * whatever its place: its stem, whether a number may start at it, and its value when it is written in digits.
 * The same for every message, so a reader may remember a piece's words (see triageTokens' `remembered`).
 */
export interface PieceWord {
  word: string;
  stem: string;
  numberStart: boolean;
  numeric: number | undefined;
}

/** Where a word stands, as bits: a sentence ends after it, a clause ends after it, a question ends after it. */
const sentenceEndBit = 1;
const clauseEndBit = 2;
const questionEndBit = 4;

/**
 * The words of a message as typed: lowercased and unicode-folded, contractions opened ("wont" is "will
 * not"), numbers split from their units ("100.4f" is "100.4 f"), and number words folded into numbers
 * ("thirty eight point five" is 38.5, "four and a half" is 4.5). No word is replaced by a synonym: that
 * is the concepts' job, so nothing here can turn "belly button" into something else. `remembered` keeps each
 * piece's words between messages for a caller whose `correct` answers the same every time (the recogniser):
 * the same few hundred pieces come back in every message, and each was split, corrected and stemmed anew.
 */
export function triageTokens(
  text: string,
  correct?: (word: string) => string | undefined,
  alternatives?: (word: string) => readonly string[],
  remembered?: Map<string, readonly PieceWord[]>,
): TriageToken[] {
  // NFKC and most typographic folds only change characters beyond ASCII, which most messages have none of;
  // the backtick is the one ASCII character folded (to an apostrophe).
  let folded: string;
  if (isAscii(text)) {
    folded = text.toLowerCase();
    if (folded.includes('`')) folded = folded.replace(/`/g, "'");
  } else if (isTypographicAscii(text)) {
    // A phone's curly quotes and dashes: what NFKC and the folds below make of them, without either.
    folded = text.toLowerCase().replace(/[\u2018\u2019`]/g, "'").replace(/\u2011/g, '\u2010');
  } else folded = text.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'").replace(/\p{Cf}/gu, '');
  // Both patterns need a digit (\d is 0-9): most messages have none, and then the two passes are skipped. A
  // comma before three digits groups thousands, also with grams written on ("3,400g" is 3400 g, not 3.4 g);
  // kilograms keep it a decimal comma ("3,400kg"), as a decimal comma before other units stays.
  const cleaned = hasAsciiDigit(folded) ? folded.replace(/(\d),(\d{3})(?=\b|(?:g|gm|gms|gr|grs|gram|grams)\b)/g, '$1$2').replace(/(\d)[.,](\d)/g, '$1\u2024$2') : folded;
  // The words in order, and beside each where it stands (bits): lists kept between messages (see scratchWords).
  const words = scratchWords;
  const places = scratchPlaces;
  words.length = 0;
  places.length = 0;
  const onBreak = (mark: string, index: number): void => {
    // A hyphen inside a word ("clear-ish", "blue-grey", "day-old") joins; only a spaced dash ends a clause.
    if (mark === '-' && isLetterAt(cleaned, index - 1) && isLetterAt(cleaned, index + 1)) return;
    if (words.length === 0) return;
    places[words.length - 1] |= (sentenceMarks.includes(mark) ? sentenceEndBit : clauseEndBit) | (mark === '?' ? questionEndBit : 0);
  };
  const onPiece = (piece: string): void => {
    let read = remembered?.get(piece);
    if (read === undefined) {
      read = pieceWords(piece, correct);
      if (remembered && remembered.size < 20000) remembered.set(piece, read);
    }
    for (let index = 0; index < read.length; index++) {
      words.push(read[index]);
      places.push(0);
    }
  };
  if (isScannedPlainly(cleaned)) scanAsciiPieces(cleaned, onPiece, onBreak);
  else {
    piecePattern.lastIndex = 0;
    for (let match = piecePattern.exec(cleaned); match !== null; match = piecePattern.exec(cleaned)) {
      if (match[1] === undefined) onBreak(match[0], match.index);
      else onPiece(match[1]);
    }
  }
  const tokens: TriageToken[] = [];
  for (let index = 0; index < words.length; index++) {
    const { word, stem, numberStart, numeric } = words[index];
    const read = numberStart ? readNumberWords(words, index) : undefined;
    if (read) {
      const last = places[read.end - 1];
      tokens.push({
        word: String(read.value),
        stem: String(read.value),
        value: read.value,
        alternatives: undefined,
        sentenceEnd: (last & sentenceEndBit) !== 0,
        clauseEnd: (last & clauseEndBit) !== 0,
        questionEnd: (last & questionEndBit) !== 0,
      });
      index = read.end - 1;
      continue;
    }
    const place = places[index];
    const others = numeric === undefined ? (alternatives?.(word) ?? noWords) : noWords;
    // Every token has the same fields, unset ones undefined: one object shape keeps the readers' property look-ups fast.
    tokens.push({
      word,
      stem,
      value: numeric,
      alternatives: others.length > 0 ? others.map(stemOf) : undefined,
      sentenceEnd: (place & sentenceEndBit) !== 0,
      clauseEnd: (place & clauseEndBit) !== 0,
      questionEnd: (place & questionEndBit) !== 0,
    });
  }
  return tokens;
}

const noWords: readonly string[] = [];

/**
 * triageTokens' words and places while it reads a message, emptied at each call rather than made anew (two lists
 * grown word by word were a third of its garbage). Nothing it calls reads another message meanwhile.
 */
const scratchWords: PieceWord[] = [];
const scratchPlaces: number[] = [];

/** A piece's words: a plain word as it is unless a contraction typed without its apostrophe, others split; each corrected. */
function pieceWords(piece: string, correct: ((word: string) => string | undefined) | undefined): PieceWord[] {
  const written = isLowercaseAscii(piece) ? (contractionOf.get(piece) ?? [piece]) : splitPiece(piece.replace(/\u2024/g, '.'));
  // Misspellings are corrected before number words are read, so "tirty eight" is 38.
  return written.map((word) => pieceWord((correct && isLetters(word) && correct(word)) || word));
}

function pieceWord(word: string): PieceWord {
  const first = word.charCodeAt(0);
  const startsWithDigit = first >= 48 && first <= 57;
  return {
    word,
    stem: stemOf(word),
    numberStart: startsWithDigit || numberStarts.has(word),
    numeric: startsWithDigit && /^\d+(\.\d+)?$/.test(word) ? Number(word) : undefined,
  };
}

/** True when the text has a digit 0-9, the only characters \d matches. */
function hasAsciiDigit(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0x7f) return false;
  return true;
}

function isLowercaseAscii(piece: string): boolean {
  for (let index = 0; index < piece.length; index++) {
    const code = piece.charCodeAt(index);
    if (code < 97 || code > 122) return false;
  }
  return piece.length > 0;
}

function isLetters(word: string): boolean {
  return isLowercaseAscii(word) || /^\p{L}+$/u.test(word);
}

/** "won't" → will not, "baby's" → baby, "100.4f" → 100.4 f, "12%" → 12 %, "60+" → 60. */
function splitPiece(piece: string): string[] {
  let word = piece.replace(/^'+|'+$/g, '').replace(/\+$/, '');
  if (word === '') return [];
  const apostrophe = word.match(/^(\p{L}+)'(\p{L}+)$/u);
  if (apostrophe) {
    const [, head, tail] = apostrophe;
    if (tail === 't') return contractions[`${head}t`] ?? (head.endsWith('n') ? [head.slice(0, -1), 'not'] : [head, 'not']);
    if (tail === 's') return contractions[`${head}s`] && ['he', 'she', 'it', 'that', 'there', 'what'].includes(head) ? contractions[`${head}s`] : [head];
    if (tail === 'm') return [head, 'am'];
    if (tail === 're') return [head, 'are'];
    if (tail === 've') return [head, 'have'];
    if (tail === 'll') return [head, 'will'];
    if (tail === 'd') return [head, 'would'];
    word = head + tail;
  }
  word = word.replace(/'/g, '');
  const opened = contractionOf.get(word);
  if (opened) return opened;
  const parts = word.match(/\d+(?:\.\d+)?|°|%|[^\d°%]+/gu) ?? [];
  return parts.filter((part) => part !== '');
}

/** Number words from `start`: "thirty eight point five", "four and a half", "a half", "twice", "first". */
function readNumberWords(raw: readonly { word: string }[], start: number): { value: number; end: number } | undefined {
  const word = (index: number) => raw[index]?.word;
  let index = start;
  let value: number | undefined;
  // Ordinals count only as a day of life ("day one", "the fifth day"): "first week" and "first baby" are words.
  if (Object.hasOwn(ordinals, word(index) ?? '') && (word(index + 1) === 'day' || word(index - 1) === 'day')) return { value: ordinals[word(index)!], end: index + 1 };
  if (/^\d+(\.\d+)?$/.test(word(index) ?? '')) {
    // Digits followed by "and a half": 4 and a half months.
    if (word(index + 1) === 'and' && word(index + 2) === 'a' && word(index + 3) === 'half') return { value: Number(word(index)) + 0.5, end: index + 4 };
    return undefined;
  }
  if (Object.hasOwn(tens, word(index) ?? '')) {
    value = tens[word(index)!];
    index++;
    if (Object.hasOwn(units, word(index) ?? '') && units[word(index)!] < 10 && units[word(index)!] > 0) value += units[word(index++)!];
  } else if (Object.hasOwn(units, word(index) ?? '')) {
    // "one" alone is too often not a number ("no one", "the red one"); it counts before a number word or unit.
    value = units[word(index)!];
    index++;
  } else if (word(index) === 'a' && word(index + 1) === 'half') {
    return { value: 0.5, end: index + 2 };
  } else {
    return undefined;
  }
  if (word(index) === 'hundred') {
    value *= 100;
    index++;
    if (word(index) === 'and') index++;
    // "one hundred and one": the last "one" is a number here, though alone it is kept a word (below).
    const rest = word(index) === 'one' ? { value: 1, end: index + 1 } : readNumberWords(raw, index);
    if (rest && rest.value < 100) {
      value += rest.value;
      index = rest.end;
    }
  }
  if (word(index) === 'point' && (Object.hasOwn(units, word(index + 1) ?? '') || /^\d$/.test(word(index + 1) ?? ''))) {
    const digit = Object.hasOwn(units, word(index + 1)!) ? units[word(index + 1)!] : Number(word(index + 1));
    if (digit < 10) {
      value = Number(`${value}.${digit}`);
      index += 2;
    }
  } else if (word(index) === 'and' && word(index + 1) === 'a' && word(index + 2) === 'half') {
    value += 0.5;
    index += 3;
  }
  if (value === 1 && index === start + 1 && raw[start].word === 'one') {
    // Keep "one" a word unless a unit-like word follows; the quantity readers see "1" then.
    const next = word(index) ?? '';
    if (!/^(hour|hours|day|days|week|weeks|month|months|wet|dirty|nappy|diaper|feed|feeds|time|wee|poo|pad|side|breast|calf|leg|kg|lb|oz|g|tiny|small|little|green|black|yellow|proper|big)$/.test(next) && word(start - 1) !== 'day') return undefined;
  }
  return { value, end: index };
}
