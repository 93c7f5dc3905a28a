// Long numbers written the ways phone numbers are (0300 123 4567, +44 (0)20-7946 0018, 1-800-994-9662),
// and short ones right after a word for calling ("ring 111", "text 988", "call 116 123").
const longNumber = /\+?\(?\d[\d\s().-]{4,}\d/g;
const afterCallWord = /\b(?:call|calling|ring|ringing|phone|dial|text|txt)\s+(\d{2,4}(?:[\s-]\d{2,4})?)\b/gi;

/** Phone-like numbers in `text`, as their digits only, so different spacing compares equal. */
export function phoneNumbers(text: string): string[] {
  const normalised = text.normalize('NFKC');
  const found: string[] = [];
  for (const match of normalised.matchAll(longNumber)) {
    const digits = match[0].replace(/\D/g, '');
    // Six digits or more with separators looks like a phone number; "2-3" and "38.5" don't reach it.
    if (digits.length >= 6) found.push(digits);
  }
  for (const match of normalised.matchAll(afterCallWord)) found.push(match[1].replace(/\D/g, ''));
  return found;
}
