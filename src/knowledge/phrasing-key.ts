/** Two phrasings that differ only in case, punctuation or spacing are the same phrasing. */
export function phrasingKey(text: string): string {
  // Plain ASCII (most messages): NFKC changes nothing, and its letters and digits are a-z and 0-9 once
  // lowercased, so the Unicode-aware pass below would give the same key more slowly.
  if (isAscii(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0x7f) return false;
  return true;
}
