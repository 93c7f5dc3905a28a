import { PorterStemmer } from './porter-stemmer';

// Too common to tell two questions apart when paired; still kept as single-word features.
const pairStopWords = new Set(['a', 'an', 'the', 'is', 'am', 'are', 'i', 'my', 'me', 'it', 'to', 'of', 'and', 'so', 'do', 'be', 'this', 'that', 'in', 'on', 'for', 'with', 'just', 'really', 'very', 'have', 'has', 'was']);

/** What one word contributes on its own: its stem, and the names of its stem and character n-gram features. */
export interface WordFeatures {
  stem: string;
  /** Whether the word takes part in word pairs. */
  pairs: boolean;
  /** `w:stem` first, then `c:` n-grams in order. */
  names: string[];
}

/** Character n-grams run from 3 letters up to this many (the padding marks `<` and `>` count as letters). */
export const defaultLongestCharacterGram = 5;

export function wordFeatures(word: string, longestCharacterGram = defaultLongestCharacterGram): WordFeatures {
  // Marker words ("_ill_baby") are features as they are: no stem, no letters, no pairs.
  if (word.startsWith('_')) return { stem: word, pairs: false, names: [`w:${word}`] };
  const stem = PorterStemmer.stem(word);
  const names = [`w:${stem}`];
  if (word.length >= 3 && !/^\d/.test(word)) {
    const padded = `<${word}>`;
    for (let size = 3; size <= longestCharacterGram; size++) {
      for (let start = 0; start + size <= padded.length; start++) names.push(`c:${padded.slice(start, start + size)}`);
    }
  }
  return { stem, pairs: !pairStopWords.has(word), names };
}

function pairFeature(firstStem: string, secondStem: string): string {
  return `b:${firstStem}_${secondStem}`;
}

/**
 * The named features of a message's words: stemmed words, pairs of neighbouring stems (common words
 * skipped), and character n-grams of each word (which carry typo robustness where spelling correction
 * gives up).
 */
export function textFeatures(words: readonly string[], longestCharacterGram = defaultLongestCharacterGram): string[] {
  const perWord = words.map((word) => wordFeatures(word, longestCharacterGram));
  const features: string[] = [];
  for (const word of perWord) features.push(word.names[0]);
  const content = perWord.filter((word) => word.pairs);
  for (let index = 1; index < content.length; index++) features.push(pairFeature(content[index - 1].stem, content[index].stem));
  for (const word of perWord) features.push(...word.names.slice(1));
  return features;
}
