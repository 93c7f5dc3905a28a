/**
 * Markup a renderer could act on. Answers are shown in Adaptive Cards and Web Chat, which render markdown,
 * and a client could render HTML; curated answers are plain text, so the model may add none of it.
 */
const markupPatterns: readonly RegExp[] = [
  /<\s*\/?\s*[a-z!?][^>]*>/gi, // an HTML tag or comment: <script>, </b>, <!-- -->
  /&(?:#\d+|#x[\da-f]+|[a-z]+);/gi, // an HTML entity, which decodes into markup
  /!?\[[^\]\n]*\]\s*\([^)\n]*\)/g, // a markdown link or image: [text](target)
  /^\s*\[[^\]\n]+\]:\s*\S+/gm, // a markdown reference definition
  /\b(?:javascript|vbscript|data|file)\s*:/gi, // a scheme that runs or embeds something
  /\*\*|__|~~|`/g, // bold, strike-through, code
  /^\s{0,3}(?:#{1,6}\s|>\s|[-*+]\s|\d+[.)]\s)/gm, // a heading, quote or list item
];

/** The markup found in `text`, each as written, so the curated text's own marks can be told apart. */
export function markupIn(text: string): string[] {
  return markupPatterns.flatMap((pattern) => text.match(pattern) ?? []).map((found) => found.trim().toLowerCase());
}
