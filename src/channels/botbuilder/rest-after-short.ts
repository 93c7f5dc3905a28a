/** Words too common to tell two sentences apart. */
const commonWords = new Set(['a', 'an', 'and', 'the', 'is', 'are', 'it', 'its', 'to', 'of', 'in', 'on', 'your', 'you', 'that', 'this', 'so', 'but', 'or', 'for', 'with', 'be', 'can', 'i', "i'm", 'im']);

function contentWords(sentence: string): string[] {
  return (sentence.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []).filter((word) => !commonWords.has(word));
}

/** A sentence the short answer already says: nearly all of its words are in it. */
function saidAlready(sentence: string, shortWords: ReadonlySet<string>): boolean {
  const words = contentWords(sentence);
  if (words.length === 0) return true;
  const shared = words.filter((word) => shortWords.has(word)).length;
  return shared / words.length >= 0.8;
}

/**
 * The full answer's paragraphs without its opening sentences that the short answer has just said, so
 * "Tell me more" goes on from the short answer instead of repeating it.
 */
export function restAfterShort(short: string, text: string): string[] {
  const shortWords = new Set(contentWords(short));
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  while (paragraphs.length > 0) {
    const sentences = paragraphs[0].match(/[^.!?]+(?:[.!?]+["')\]]*|$)\s*/g) ?? [paragraphs[0]];
    let kept = 0;
    while (kept < sentences.length && saidAlready(sentences[kept], shortWords)) kept += 1;
    if (kept === 0) break;
    const remainder = sentences.slice(kept).join('').trim();
    if (remainder === '') paragraphs.shift();
    else {
      paragraphs[0] = remainder;
      break;
    }
  }
  return paragraphs;
}
