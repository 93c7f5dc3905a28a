import { PorterStemmer } from './porter-stemmer';

/**
 * The Porter stem, except that an adverb in "-ly" that Porter folds into a word of another sense keeps its own
 * stem: "lately" is not "late", nor "likely" "like", "lovely" "love", "barely" "bare" ("so weepy lately" is no
 * question about milk coming in late). Inflections still share one ("hurting", "hurts"; "normally", "normal":
 * Porter leaves those in "l" or "li"). Red-flag triage reads words with it; the question classifier still uses
 * Porter alone (see test/nlu/sense-stem.test.ts for why).
 */
export function senseStem(word: string): string {
  const stem = PorterStemmer.stem(word);
  return word.endsWith('ly') && !stem.endsWith('li') && !stem.endsWith('l') ? word : stem;
}
