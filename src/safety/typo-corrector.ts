/**
 * Corrects a misspelt word towards the concepts' own words at one edit (a letter missing, added or
 * changed: "seezure", "babby", "flopy"), by the deletion index of SymSpell: constant time per word.
 * Real English words are left alone, so "flappy" never becomes "floppy".
 */
export class TypoCorrector {
  private readonly index = new Map<string, string>();

  constructor(
    private readonly vocabulary: ReadonlySet<string>,
    private readonly englishWords: ReadonlySet<string>,
  ) {
    for (const word of vocabulary) {
      if (word.length < 4 || /\d/.test(word)) continue;
      for (const key of [word, ...deletions(word)]) if (!this.index.has(key)) this.index.set(key, word);
    }
  }

  correct(word: string): string | undefined {
    if (word.length < 4 || this.vocabulary.has(word) || this.englishWords.has(word) || /\d/.test(word)) return undefined;
    const direct = this.index.get(word);
    if (direct) return direct;
    for (const key of deletions(word)) {
      const found = this.index.get(key);
      if (found && Math.abs(found.length - word.length) <= 1) return found;
    }
    return undefined;
  }
}

function deletions(word: string): string[] {
  const result: string[] = [];
  for (let index = 0; index < word.length; index++) result.push(word.slice(0, index) + word.slice(index + 1));
  return result;
}
