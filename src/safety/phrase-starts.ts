import { stemCount, type Element } from './concept-phrase';
import { setCodedToken, startCodedMessage, type PhraseCode } from './phrase-code';
import { addGoing, clearTrieFinds, compilePhraseTrie, emptyTrieFinds, walkPhraseTrie, type PhraseTrie, type TrieFinds } from './phrase-trie';
import type { TriageToken } from './triage-tokens';

/** What a word (with its stem) starts, remembered by word. */
interface WordStarts {
  stem: string;
  /** The stem's and the word's numbers in the phrase code (-1: no phrase has it). */
  stemNumber: number;
  wordNumber: number;
  /** The nodes of the phrase tree whose word the token matches first (see phrase-trie.ts). */
  firsts: Int32Array;
  /** Every phrase starting with the stem or the word, for a message with alternatives (the slow, exact path). */
  flatByStem: readonly number[] | undefined;
  flatByWord: readonly number[] | undefined;
  /** Phrases starting with a prefix the word begins with. */
  prefixed: readonly number[];
}

/**
 * The phrases that start with a word or a prefix, numbered (a start number), and how a message's tokens find
 * them (findPhrases). By number: the phrase, its concept, and how many words and prefixes it has (a slip's
 * alternative word only starts phrases of two or more). Flat arrays, so looking up a message's starts touches
 * no phrase until one is tried.
 */
export class PhraseStarts {
  /** By start number, the phrase and its concept (`startPhrase`, `startConcept`), and how many words and prefixes it has (`startStems`). */
  readonly startPhrase: Element[][];
  readonly startConcept: number[];
  private readonly startStems: number[] = [];
  /** By start number, the stamp of the start it was last taken at: a phrase is tried once per start. */
  private readonly startStamp: Int32Array;
  /** Every phrase as flat arrays of numbers (see phrase-code.ts), shared with the matcher. */
  private readonly code: PhraseCode;
  /** The phrases that start with a word, as one tree over the phrase code's numbers. */
  private readonly trie: PhraseTrie;
  /** What the current run's walk of the tree found (see findPhrases). */
  private readonly finds: TrieFinds;
  /** Every phrase that starts with a word, for a token with alternatives (the slow, exact path). */
  private readonly wordStartsFlat = new Map<string, number[]>();
  /** Phrases starting with a prefix, by its first three letters. */
  private readonly prefixStarts = new Map<string, number[]>();
  /** Counts starts, so a phrase's stamp says whether it was taken at this start already. */
  private stampCount = 0;
  /** What each word (with its stem) starts, remembered by word: one look-up per token instead of several. */
  private readonly startsByWord = new Map<string, WordStarts>();
  /**
   * By start number, a pair: where its phrase's code starts, and how many elements it has. A pair in one array
   * (read without reaching for the phrase itself), as a going phrase needs both: one cache line, not two.
   */
  readonly startCode: Int32Array;
  /** True when a token of the current run has alternatives: its phrases are then matched by collectEnds. */
  withAlternatives = false;

  /** `startPhrase[n]` is a phrase of concept `startConcept[n]`; `code` and `offsets` compiled from them and the other starts. */
  constructor(startPhrase: Element[][], startConcept: number[], code: PhraseCode, offsets: ReadonlyMap<readonly Element[], number>, conceptCount: number) {
    this.startPhrase = startPhrase;
    this.startConcept = startConcept;
    this.code = code;
    startPhrase.forEach((phrase, entry) => {
      const first = phrase[0];
      const byPrefix = first.kind === 'prefix' && first.prefix.length >= 3;
      this.startStems.push(stemCount(phrase));
      if (byPrefix) {
        listIn(this.prefixStarts, first.prefix.slice(0, 3)).push(entry);
        return;
      }
      for (const key of first.stem === first.word ? [first.stem] : [first.stem, first.word]) listIn(this.wordStartsFlat, key).push(entry);
    });
    this.startStamp = new Int32Array(startPhrase.length).fill(-1);
    this.trie = compilePhraseTrie(startPhrase, startConcept, code.numberOf);
    this.finds = emptyTrieFinds(conceptCount);
    this.startCode = Int32Array.from(startPhrase.flatMap((phrase) => [offsets.get(phrase)!, phrase.length]));
  }

  /**
   * The phrases that start with a word or a prefix, for every token, into `finds`: those made of words alone
   * found whole by walking the phrase tree (phrase-trie.ts) once from each token, the rest with where they
   * go on for match to finish in the concepts' order. A message with a token's alternatives (which only
   * collectEnds reads) has every phrase of each token's word go on from its second element instead. Plain
   * loops and no per-token allocation: this runs on every message.
   */
  findPhrases(tokens: readonly TriageToken[]): TrieFinds {
    const finds = this.finds;
    clearTrieFinds(finds);
    this.withAlternatives = false;
    for (let index = 0; index < tokens.length; index++) if (tokens[index].alternatives) this.withAlternatives = true;
    if (this.withAlternatives) {
      this.findPhrasesWithAlternatives(tokens, finds);
      return finds;
    }
    const { code, trie, startConcept } = this;
    startCodedMessage(code, tokens.length);
    // From the last token back, so the tokens a walk reads after its start are set already.
    for (let start = tokens.length - 1; start >= 0; start--) {
      const known = this.startsOf(tokens[start]);
      setCodedToken(code, start, tokens[start], known.stemNumber, known.wordNumber);
      if (known.firsts.length > 0) walkPhraseTrie(trie, code, known.firsts, start, finds);
      const { prefixed } = known;
      for (let index = 0; index < prefixed.length; index++) addGoing(finds, startConcept[prefixed[index]], prefixed[index], 1, start + 1, start);
    }
    return finds;
  }

  /** Every phrase a token's word, its stem, an alternative of two or more words, or a prefix starts, to go on from its second element. */
  private findPhrasesWithAlternatives(tokens: readonly TriageToken[], finds: TrieFinds): void {
    for (let start = 0; start < tokens.length; start++) {
      const token = tokens[start];
      const known = this.startsOf(token);
      const stamp = this.nextStamp();
      if (known.flatByStem) this.goOnWithAll(known.flatByStem, stamp, start, finds);
      if (known.flatByWord) this.goOnWithAll(known.flatByWord, stamp, start, finds);
      // A slip's alternative starts only phrases of two or more words ("sopped breathing").
      for (const alternative of token.alternatives ?? []) {
        const entries = this.wordStartsFlat.get(alternative);
        if (entries) for (const entry of entries) if (this.startStems[entry] >= 2) this.goOnWith(entry, stamp, start, finds);
      }
      this.goOnWithAll(known.prefixed, stamp, start, finds);
    }
  }

  /** What the token's word starts (remembered by word: a token's stem is its word's, which is checked). */
  private startsOf(token: TriageToken): WordStarts {
    const known = this.startsByWord.get(token.word);
    if (known !== undefined && known.stem === token.stem) return known;
    const sameWord = token.word === token.stem;
    const stemNumber = this.code.numberOf.get(token.stem) ?? -1;
    const wordNumber = this.code.numberOf.get(token.word) ?? -1;
    const found: WordStarts = {
      stem: token.stem,
      stemNumber,
      wordNumber,
      firsts: this.firstNodes(stemNumber, sameWord ? -1 : wordNumber),
      flatByStem: this.wordStartsFlat.get(token.stem),
      flatByWord: sameWord ? undefined : this.wordStartsFlat.get(token.word),
      prefixed: this.prefixedBy(token.word),
    };
    if (this.startsByWord.size < 50000) this.startsByWord.set(token.word, found);
    return found;
  }

  /** A new stamp; before the count would overflow, every phrase's stamp is cleared and counting starts again. */
  private nextStamp(): number {
    if (this.stampCount === 0x7fffffff) {
      this.startStamp.fill(-1);
      this.stampCount = 0;
    }
    return ++this.stampCount;
  }

  /** The phrase numbered `entry`, started at `start`, to go on from its second element, unless it already does. */
  private goOnWith(entry: number, stamp: number, start: number, finds: TrieFinds): void {
    if (this.startStamp[entry] === stamp) return;
    this.startStamp[entry] = stamp;
    addGoing(finds, this.startConcept[entry], entry, 1, start + 1, start);
  }

  private goOnWithAll(entries: readonly number[], stamp: number, start: number, finds: TrieFinds): void {
    for (let index = 0; index < entries.length; index++) this.goOnWith(entries[index], stamp, start, finds);
  }

  /** The tree's first-word nodes listed under either number (-1 for none), each once. */
  private firstNodes(stemNumber: number, wordNumber: number): Int32Array {
    const byStem = this.trie.firsts.get(stemNumber);
    const byWord = this.trie.firsts.get(wordNumber);
    if (!byWord) return byStem ?? noNodes;
    if (!byStem) return byWord;
    return Int32Array.from(new Set([...byStem, ...byWord]));
  }

  /** The phrases starting with a prefix that `word` begins with (remembered with the word's other starts). */
  private prefixedBy(word: string): readonly number[] {
    return (this.prefixStarts.get(word.slice(0, 3)) ?? []).filter((entry) => {
      const prefix = this.startPhrase[entry][0].prefix;
      return prefix.length <= word.length && word.startsWith(prefix);
    });
  }
}

/** No nodes: one shared empty list for the words that start no phrase. */
const noNodes = new Int32Array(0);

function listIn<Value>(map: Map<string, Value[]>, key: string): Value[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}
