/** Two phrasings that differ only in case, punctuation or spacing are the same phrasing. */
export function phrasingKey(text: string): string {
  // Plain ASCII (most messages), with a phone's curly quotes, dashes or ellipsis: its letters and digits are a-z
  // and 0-9 once lowercased, and NFKC changes no ASCII and makes of U+2000-U+206F only punctuation and spaces,
  // which the pass below makes a space as it makes these, so the Unicode-aware pass would give the same key.
  if (isAsciiOrPunctuation(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when every character is ASCII or in General Punctuation (U+2000-U+206F). */
function isAsciiOrPunctuation(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 0x7f && (code < 0x2000 || code > 0x206f)) return false;
  }
  return true;
}
