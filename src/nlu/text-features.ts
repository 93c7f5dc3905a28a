import { PorterStemmer } from 'natural/lib/natural/stemmers';
import { NGrams } from 'natural/lib/natural/ngrams';

// Too common to tell two questions apart when paired; still kept as single-word features.
const pairStopWords = new Set(['a', 'an', 'the', 'is', 'am', 'are', 'i', 'my', 'me', 'it', 'to', 'of', 'and', 'so', 'do', 'be', 'this', 'that', 'in', 'on', 'for', 'with', 'just', 'really', 'very', 'have', 'has', 'was']);

/**
 * The named features of a message's words: stemmed words, pairs of neighbouring stems, and character
 * n-grams of each word (which carry typo robustness where spelling correction gives up).
 */
export function textFeatures(words: readonly string[]): string[] {
  const features: string[] = [];
  const stems = words.map((word) => PorterStemmer.stem(word));
  for (const stem of stems) features.push(`w:${stem}`);
  const content = stems.filter((_stem, index) => !pairStopWords.has(words[index]));
  for (const [first, second] of NGrams.bigrams(content)) features.push(`b:${first}_${second}`);
  for (const word of words) {
    if (word.length < 3 || /^\d/.test(word)) continue;
    const padded = `<${word}>`;
    for (let size = 3; size <= 5; size++) {
      for (let start = 0; start + size <= padded.length; start++) features.push(`c:${padded.slice(start, start + size)}`);
    }
  }
  return features;
}
