/**
 * A message's sentences as typed (each with its closing punctuation and spacing), split at ".", "!", "?" and
 * line breaks. A parent's story and her question are often separate sentences, so several steps read them
 * one by one.
 */
export function splitSentences(text: string): string[] {
  return text.match(/[^.!?\n]+[.!?\n]*/g) ?? [];
}
