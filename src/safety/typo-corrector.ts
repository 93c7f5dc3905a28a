/**
 * Corrects a misspelt word towards the concepts' own words at one edit (a letter missing, added or
 * changed: "seezure", "babby", "flopy"), by the deletion index of SymSpell: constant time per word.
 * Real English words are left alone, so "flappy" never becomes "floppy".
 */
export class TypoCorrector {
  private readonly index = new Map<string, string>();
  private readonly decoyKeys = new Set<string>();
  /** Every concept word behind each deletion key, for alternatives. */
  private readonly candidates = new Map<string, string[]>();

  constructor(
    private readonly vocabulary: ReadonlySet<string>,
    private readonly englishWords: ReadonlySet<string>,
    private readonly allowAlternatives = false,
    /** Other words people use here (the knowledge base's): a slip as close to one of these is left alone ("weening"). */
    decoys: Iterable<string> = [],
  ) {
    for (const word of decoys) {
      if (word.length < 4 || vocabulary.has(word) || /\d/.test(word)) continue;
      for (const key of [word, ...deletions(word)]) this.decoyKeys.add(key);
    }
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
    if (functionWords.has(word)) return true;
    // A base form of three letters or fewer is too easy to reach by accident ("haming" is not "ham" + "ing").
    // A plural may have a three-letter base ("fats"); a verb ending needs four ("haming" is not "ham" + "ing").
    // A base with an "e" put back must be longer still: "haming" is not "hame" + "ing".
    const shortest = (candidate: string) => (word.endsWith('s') && candidate.length === word.length - 1 ? 3 : candidate.endsWith('e') && !word.endsWith('es') ? 5 : 4);
    return this.englishWords.has(word) || lemmaCandidates(word).some((candidate) => candidate !== word && candidate.length >= shortest(candidate) && this.englishWords.has(candidate));
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
  alternatives(word: string): readonly string[] {
    // Off for now: without word frequencies, common words ("walking", "filling", "sharing") would pass for
    // signs ("waking", "falling", "shaking"). The matcher still honours alternatives if a caller gives them.
    if (!this.allowAlternatives) return noAlternatives;
    // Not for the concepts' own words: "blood" must not become "bloody" in "milk made of blood".
    if (word.length < 5 || this.vocabulary.has(word) || !this.isEnglish(word)) return noAlternatives;
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
    if (this.decoyKeys.has(word) || deletions(word).some((key) => this.decoyKeys.has(key))) return undefined;
    const direct = this.index.get(word);
    if (direct && direct[0] === word[0]) return direct;
    for (const key of deletions(word)) {
      const found = this.index.get(key);
      if (found && found[0] === word[0] && Math.abs(found.length - word.length) <= 1) return found;
    }
    return undefined;
  }
}

/** None: one shared empty list rather than a new one for every word of every message. */
const noAlternatives: readonly string[] = Object.freeze([]);

// WordNet lists content words only; these common words (and chat spellings of them) are English too.
const functionWords = new Set(
  ('these those there their theirs theyre where were wheres whens whose which while would could should shall might must ' +
    'women men children people doing being having going does done didnt doesnt isnt wasnt arent werent shes hes whats thats ' +
    'theres heres its into onto upon about above after again against before below between during through under until ' +
    'with without within from than then them they this that what when who whom why how also just only very really ' +
    'some such both each every other another more most much many any none nothing something anything everything ' +
    'myself yourself himself herself itself ourselves themselves mine yours hers ours your our his her him she he we ' +
    'since because though although unless whether either neither nor yet still even ever never always often sometimes ' +
    'paci binky dummy ' +
    // Irregular past tenses WordNet does not list, each one slip from a concept word ("rang" is not "rage").
    'rang rung').split(' '),
);

/** WordNet lists lemmas: "scales", "tried", "feeding" are English through "scale", "try", "feed". */
function lemmaCandidates(word: string): string[] {
  const candidates = [word];
  for (const [ending, replacements] of [['ies', ['y']], ['es', ['', 'e']], ['s', ['']], ['ied', ['y']], ['ed', ['', 'e']], ['ing', ['', 'e']], ['ly', ['']]] as const) {
    if (word.endsWith(ending) && word.length > ending.length + 2) {
      const stem = word.slice(0, -ending.length);
      // "hopelesss" is a slip, not a plural of "hopeless".
      if (ending === 's' && stem.endsWith('s')) continue;
      for (const replacement of replacements) {
        // "boxes", "wishes" drop "es"; "voicees" is no plural of "voice".
        if (ending === 'es' && replacement === '' && !/(s|x|z|ch|sh)$/.test(stem)) continue;
        candidates.push(stem + replacement);
      }
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
