/** Two phrasings that differ only in case, punctuation or spacing are the same phrasing. */
export function phrasingKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
