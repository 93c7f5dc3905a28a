export interface GuardedInput {
  /** The message cleaned for reading: composed unicode, no control or invisible formatting characters. */
  text: string;
  problem: 'empty' | 'too_long' | null;
}

// Control characters, zero-width characters and bidirectional overrides: invisible, so they can only hide
// words from the red-flag rules ("flo\u200Bppy") or break a terminal; line breaks become spaces.
const invisible = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Text without the invisible characters that could hide a word from a rule, e.g. "nhs\u200B.uk". */
export function removeInvisible(text: string): string {
  return text.replace(invisible, '');
}

/**
 * True when every character is printable ASCII (a space to "~") or typographic punctuation a phone keyboard
 * puts in (the dashes, curly quotes and ellipsis of U+2010-U+2027, and U+2030-U+205E): NFC leaves such text as
 * it is (none of them composes or decomposes; U+2000 and U+2001 do and are not here), and it holds no
 * surrogate, invisible character, line break or other whitespace, so cleanedText's passes would change nothing.
 */
function isPlainTyping(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x20 && code <= 0x7e) continue;
    if ((code >= 0x2010 && code <= 0x2027) || (code >= 0x2030 && code <= 0x205e)) continue;
    return false;
  }
  return true;
}

/** Unicode normalised, invisible characters out, line breaks and tabs as one space, trimmed. */
function cleanedText(text: string): string {
  // Lone surrogates (a cut emoji) make normalize() and regular expressions misbehave; replace them.
  const wellFormed = text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return removeInvisible(wellFormed.normalize('NFC')).replace(/[\t\r\n\u2028\u2029]+/g, ' ').trim();
}

/** The input guard, first on every message: unicode normalisation, invisible characters out, a length limit. */
export function guardInput(text: string, maximumLength: number): GuardedInput {
  // Most messages are typed in plain ASCII, many with a phone's curly quotes: one scan instead of three
  // replacements and a normalisation.
  const cleaned = isPlainTyping(text) ? text.trim() : cleanedText(text);
  if (cleaned.length === 0) return { text: cleaned, problem: 'empty' };
  // Counted in characters, not UTF-16 units, so a message of emoji gets the same limit as one of letters.
  // A string has no more characters than UTF-16 units: only a long one needs counting.
  if (cleaned.length > maximumLength && [...cleaned].length > maximumLength) return { text: cleaned, problem: 'too_long' };
  return { text: cleaned, problem: null };
}
