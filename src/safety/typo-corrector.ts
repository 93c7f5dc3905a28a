/**
 * Corrects a misspelt word towards the concepts' own words at one edit (a letter missing, added or
 * changed: "seezure", "babby", "flopy"), by the deletion index of SymSpell: constant time per word.
 * Real English words are left alone, so "flappy" never becomes "floppy".
 */
export class TypoCorrector {
  private readonly index = new Map<string, string>();
  /** Every concept word behind each deletion key, for alternatives. */
  private readonly candidates = new Map<string, string[]>();

  constructor(
    private readonly vocabulary: ReadonlySet<string>,
    private readonly englishWords: ReadonlySet<string>,
  ) {
    for (const word of vocabulary) {
      if (word.length < 4 || /\d/.test(word)) continue;
      for (const key of [word, ...deletions(word)]) {
        if (!this.index.has(key)) this.index.set(key, word);
        const list = this.candidates.get(key) ?? [];
        list.push(word);
        this.candidates.set(key, list);
      }
    }
  }

  private isEnglish(word: string): boolean {
    // A base form of three letters or fewer is too easy to reach by accident ("haming" is not "ham" + "ing").
    return this.englishWords.has(word) || lemmaCandidates(word).some((candidate) => candidate !== word && candidate.length >= 4 && this.englishWords.has(candidate));
  }

  private readonly remembered = new Map<string, string | null>();

  /** The concept word `word` is a misspelling of, or undefined; answers are remembered (messages repeat words). */
  correct(word: string): string | undefined {
    const known = this.remembered.get(word);
    if (known !== undefined) return known ?? undefined;
    const corrected = this.lookUp(word);
    if (this.remembered.size < 20000) this.remembered.set(word, corrected ?? null);
    return corrected;
  }

  /**
   * For a real English word of five letters or more one slip away from a concept word ("sopped" for
   * "stopped", "haring" for "hearing"): that word, which only phrases of two or more words may use, so the
   * words around it must fit too.
   */
  alternatives(word: string): string[] {
    // Not for the concepts' own words: "blood" must not become "bloody" in "milk made of blood".
    if (word.length < 5 || this.vocabulary.has(word) || !this.isEnglish(word)) return [];
    const found = new Set<string>();
    for (const key of [word, ...deletions(word)]) {
      for (const candidate of this.candidates.get(key) ?? []) {
        if (candidate !== word && candidate[0] === word[0] && Math.abs(candidate.length - word.length) <= 1) found.add(candidate);
      }
    }
    return [...found];
  }

  private lookUp(word: string): string | undefined {
    if (word.length < 4 || this.vocabulary.has(word) || /\d/.test(word) || this.isEnglish(word)) return undefined;
    // Typos rarely change the first letter; requiring it keeps "trans" from becoming "turns".
    const direct = this.index.get(word);
    if (direct && direct[0] === word[0]) return direct;
    for (const key of deletions(word)) {
      const found = this.index.get(key);
      if (found && found[0] === word[0] && Math.abs(found.length - word.length) <= 1) return found;
    }
    return undefined;
  }
}

/** WordNet lists lemmas: "scales", "tried", "feeding" are English through "scale", "try", "feed". */
function lemmaCandidates(word: string): string[] {
  const candidates = [word];
  for (const [ending, replacements] of [['ies', ['y']], ['es', ['', 'e']], ['s', ['']], ['ied', ['y']], ['ed', ['', 'e']], ['ing', ['', 'e']], ['ly', ['']], ['er', ['', 'e']], ['est', ['', 'e']]] as const) {
    if (word.endsWith(ending) && word.length > ending.length + 2) {
      const stem = word.slice(0, -ending.length);
      // "hopelesss" is a slip, not a plural of "hopeless".
      if (ending === 's' && stem.endsWith('s')) continue;
      for (const replacement of replacements) candidates.push(stem + replacement);
      // "stopped", "running": a doubled consonant before a verb ending.
      if (ending !== 's' && ending !== 'es' && /([^aeiouls])\1$/.test(stem)) candidates.push(stem.slice(0, -1));
    }
  }
  return candidates;
}

function deletions(word: string): string[] {
  const result: string[] = [];
  for (let index = 0; index < word.length; index++) result.push(word.slice(0, index) + word.slice(index + 1));
  return result;
}
