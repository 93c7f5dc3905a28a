import type { Element } from './concept-phrase';
import { neededWord, type PhraseCode } from './phrase-code';

/**
 * The phrases starting with a number, another concept or a gap ("other starts"), tried where one may
 * stand, numbered concept by concept (concept c's are `otherFrom[c] .. otherFrom[c + 1]`). By number: the
 * phrase, where its code starts, what it starts with (`otherFirstKind`: 0 a concept, 1 a number, 2 anything
 * else), the concept it starts with, and how many concepts it names.
 */
export interface OtherStarts {
  readonly otherPhrase: Element[][];
  readonly otherFrom: Int32Array;
  /** By other start, how many elements its phrase has (read without reaching for the phrase itself). */
  readonly otherLength: Int32Array;
  readonly otherConcept: Int32Array;
  readonly otherOffset: Int32Array;
  readonly otherFirstKind: Uint8Array;
  readonly otherFirstConcept: Int32Array;
  readonly otherNeedCount: Int32Array;
  /**
   * By other start, the word its second element needs (see neededWord in phrase-code.ts: the numbers of its
   * stem and word, `noWordNeeded` for none, and how many tokens ahead it may stand): a number-first or
   * concept-first phrase is tried only where that word stands in reach after the number or the concept.
   */
  readonly otherNeededStem: Int32Array;
  readonly otherNeededWord: Int32Array;
  readonly otherNeededReach: Int32Array;
  /**
   * By other start, the numbers of the stem and the word of each word element its phrase has, as pairs
   * (`otherWords[2 * otherWordsFrom[o] .. 2 * otherWordsFrom[o + 1]]`): a phrase one of whose words the message
   * lacks cannot match anywhere in it (without alternatives), so it is tried nowhere. The gap-first phrases
   * (".. except", ".. not sure") were otherwise tried at every word of every message.
   */
  readonly otherWordsFrom: Int32Array;
  readonly otherWords: Int32Array;
  /**
   * By concept number, the other starts that name it (`naming[namingFrom[c] .. namingFrom[c + 1]]`). A phrase
   * naming a concept the message lacks cannot match, so it is not tried (".. {pale_grey} yellow" would
   * otherwise be tried at every word): each found concept counts towards the phrases naming it (`needsMet`,
   * by other start, in this run), and a phrase is tried once all it names are found.
   */
  readonly namingFrom: Int32Array;
  readonly naming: Int32Array;
  readonly needsMet: Int32Array;
  /** By concept number, 1 when one of its other starts names no concept (a number or a gap first): always tried. */
  readonly alwaysTried: Uint8Array;
  /** The same as bits, 32 concepts a word (see ConceptMatcher.match). */
  readonly alwaysTriedBits: Uint32Array;
  /** The same for a message without a number: only the concepts with such a start that is not a number. */
  readonly alwaysTriedWithoutNumberBits: Uint32Array;
  /** By concept number, 1 when one of its other starts has every concept it names found in this run. */
  readonly othersReady: Uint8Array;
}

/**
 * The other starts of each concept (`byConcept[c]`, concepts numbered in the matcher's order, with the
 * concepts they refer to numbered), as the tables match reads; `code` and `offsets` compiled from them.
 */
export function compileOtherStarts(byConcept: readonly Element[][][], code: PhraseCode, offsets: ReadonlyMap<readonly Element[], number>): OtherStarts {
  const conceptCount = byConcept.length;
  const otherPhrase: Element[][] = [];
  const otherFrom = new Int32Array(conceptCount + 1);
  const otherConcepts: number[] = [];
  byConcept.forEach((phrases, concept) => {
    otherFrom[concept] = otherPhrase.length;
    for (const phrase of phrases) {
      otherPhrase.push(phrase);
      otherConcepts.push(concept);
    }
  });
  otherFrom[conceptCount] = otherPhrase.length;
  const otherConcept = Int32Array.from(otherConcepts);
  const otherOffset = Int32Array.from(otherPhrase, (phrase) => offsets.get(phrase)!);
  const otherLength = Int32Array.from(otherPhrase, (phrase) => phrase.length);
  const otherFirstKind = Uint8Array.from(otherPhrase, (phrase) => (phrase[0].kind === 'concept' ? 0 : phrase[0].kind === 'number' ? 1 : 2));
  const otherFirstConcept = Int32Array.from(otherPhrase, (phrase) => phrase[0].number);
  const needed = otherPhrase.map((phrase) => neededWord(phrase, 1, code.numberOf));
  const otherNeededStem = Int32Array.from(needed, ([stem]) => stem);
  const otherNeededWord = Int32Array.from(needed, ([, word]) => word);
  const otherNeededReach = Int32Array.from(needed, ([, , reach]) => reach);
  const words = otherPhrase.map((phrase) => phrase.flatMap((element) => (element.kind === 'stem' ? [code.numberOf.get(element.stem)!, code.numberOf.get(element.word)!] : [])));
  const otherWordsFrom = new Int32Array(otherPhrase.length + 1);
  words.forEach((pairs, other) => (otherWordsFrom[other + 1] = otherWordsFrom[other] + pairs.length / 2));
  const otherWords = Int32Array.from(words.flat());
  const named = otherPhrase.map((phrase) => [...new Set(phrase.flatMap((element) => (element.kind === 'concept' ? [element.number] : [])))]);
  const otherNeedCount = Int32Array.from(named, (concepts) => concepts.length);
  const needsMet = new Int32Array(otherPhrase.length);
  const namedBy: number[][] = byConcept.map(() => []);
  named.forEach((concepts, other) => concepts.forEach((concept) => namedBy[concept].push(other)));
  const namingFrom = new Int32Array(conceptCount + 1);
  namedBy.forEach((others, concept) => (namingFrom[concept + 1] = namingFrom[concept] + others.length));
  const naming = Int32Array.from(namedBy.flat());
  const alwaysTried = new Uint8Array(conceptCount);
  for (let concept = 0; concept < conceptCount; concept++) {
    for (let other = otherFrom[concept]; other < otherFrom[concept + 1]; other++) if (otherNeedCount[other] === 0) alwaysTried[concept] = 1;
  }
  const alwaysTriedBits = new Uint32Array((conceptCount + 31) >>> 5);
  alwaysTried.forEach((always, concept) => (alwaysTriedBits[concept >>> 5] |= always << (concept & 31)));
  const alwaysTriedWithoutNumberBits = new Uint32Array(alwaysTriedBits.length);
  for (let concept = 0; concept < conceptCount; concept++) {
    for (let other = otherFrom[concept]; other < otherFrom[concept + 1]; other++) {
      if (otherNeedCount[other] === 0 && otherFirstKind[other] !== 1) alwaysTriedWithoutNumberBits[concept >>> 5] |= 1 << (concept & 31);
    }
  }
  return {
    otherPhrase,
    otherFrom,
    otherLength,
    otherConcept,
    otherOffset,
    otherFirstKind,
    otherFirstConcept,
    otherNeedCount,
    otherNeededStem,
    otherNeededWord,
    otherNeededReach,
    otherWordsFrom,
    otherWords,
    namingFrom,
    naming,
    needsMet,
    alwaysTried,
    alwaysTriedBits,
    alwaysTriedWithoutNumberBits,
    othersReady: new Uint8Array(conceptCount),
  };
}
