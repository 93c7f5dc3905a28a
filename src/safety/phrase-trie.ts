import { childSlotOf, compileChildTable, type ChildTable } from './child-table';
import type { Element } from './concept-phrase';
import { neededWord, noWordNeeded, tokenEndsSentence, wordWithin, type PhraseCode } from './phrase-code';

// The phrases that start with a word, merged on their leading words into one tree over the phrase code's
// numbered stems and words (phrase-code.ts), walked once from each token of a message. The 9,700-odd such
// phrases share their first words ("not" starts some 270, "baby" hundreds): looking each phrase up by its
// first two words and then trying it on its own cost a message some 120 look-ups and 200 tries; a walk
// through the shared words meets each word once, whatever the number of phrases that go on from it. The
// leading words are the whole of most phrases; the rest (a gap, a number, a prefix, another concept, and
// any word after those) is left with where it stood for the matcher to finish in the concepts' order.

/**
 * The tree as flat arrays, so the compiled matcher that holds it stays plain data (the tests keep it as a
 * snapshot). Node 0 is the root; every other node is one word of some phrases, reached by the words before it.
 * Nodes are numbered breadth first, so a node's children are consecutive, and each node is one record of
 * `nodeFields` numbers in `nodes`: a walk reads a node and its children from one or two cache lines instead of
 * one line per field in arrays of their own (the matcher's data is cold by the time a message reaches it: the
 * classifier and the net read megabytes between two messages, and a cold walk was most of a recognition).
 */
export interface PhraseTrie {
  /**
   * By node, `nodeFields` numbers from `node * nodeFields`: the numbers of its word's stem and of the word as
   * written (phrase code numbering), how many words lead to it (the first word's node being 1), its first
   * child and one past its last, where its ended concepts start in `ended` and where its phrases that go on
   * start in `goesOn` (each list ends where the next node's starts; a last record closes them).
   */
  nodes: Int32Array;
  /**
   * The children of a node with more than `narrow` of them, by `node * stride + number` of their stem and of
   * their word; a node with few is read child by child.
   */
  byStem: ChildTable;
  byWord: ChildTable;
  stride: number;
  /** The concepts of the phrases that end with each node's word (see `nodes`). */
  ended: Int32Array;
  /**
   * The phrases that go on after each node's word with something else, `goesOnFields` numbers each: the start
   * number, its concept, and the word its next element needs if it is one (or the word after a gap), as
   * the numbers of its stem and its word (`noWordNeeded` for none) and how many tokens ahead it may stand
   * (the gap's length, or 0): a phrase whose word is not there is not handed on to be tried.
   */
  goesOn: Int32Array;
  /** The first words' nodes, by the number of their stem and of their word (a token is looked up by both of its own). */
  firsts: Map<number, Int32Array>;
}

/** The numbers of a node's record in `PhraseTrie.nodes`. */
const nodeFields = 8;
const stemField = 0;
const wordField = 1;
const depthField = 2;
const firstChildField = 3;
const childEndField = 4;
const endedField = 5;
const goesOnField = 6;

/** The numbers of each phrase in `PhraseTrie.goesOn`. */
const goesOnFields = 5;

/** Children read one by one up to this many; a node with more has them by number. */
const narrow = 6;

/**
 * What one message's walk found, kept between messages so a message allocates none of it: phrases ended
 * (where each started and ended) and phrases to go on with (start number, element, token position and where
 * it started), each chained by concept from `firstEnded` and `firstGoing` (-1 ends a chain).
 */
export interface TrieFinds {
  /** The concepts with something found, as bits by concept number, 32 a word (the matcher clears them as it reads them). */
  active: Uint32Array;
  firstEnded: Int32Array;
  endedStart: Int32Array;
  endedEnd: Int32Array;
  endedNext: Int32Array;
  endedCount: number;
  firstGoing: Int32Array;
  goingEntry: Int32Array;
  goingFrom: Int32Array;
  goingPosition: Int32Array;
  goingStart: Int32Array;
  goingNext: Int32Array;
  goingCount: number;
}

interface BuildNode {
  stem: number;
  word: number;
  depth: number;
  children: Map<string, number>;
  ended: number[];
  goesOn: { entry: number; concept: number }[];
}

/**
 * The tree of the phrases whose first element is a word: `phrases[entry]` of concept `concepts[entry]`, for
 * each start number `entry` (other phrases are skipped), its words numbered by `numberOf`.
 */
export function compilePhraseTrie(phrases: readonly (readonly Element[])[], concepts: readonly number[], numberOf: ReadonlyMap<string, number>): PhraseTrie {
  const nodes: BuildNode[] = [{ stem: -1, word: -1, depth: 0, children: new Map(), ended: [], goesOn: [] }];
  phrases.forEach((phrase, entry) => {
    if (phrase[0]?.kind !== 'stem') return;
    let node = 0;
    let depth = 0;
    while (depth < phrase.length && phrase[depth].kind === 'stem') {
      const { stem, word } = phrase[depth];
      const key = `${stem} ${word}`;
      let child = nodes[node].children.get(key);
      if (child === undefined) {
        child = nodes.length;
        nodes.push({ stem: numberOf.get(stem)!, word: numberOf.get(word)!, depth: depth + 1, children: new Map(), ended: [], goesOn: [] });
        nodes[node].children.set(key, child);
      }
      node = child;
      depth++;
    }
    if (depth === phrase.length) nodes[node].ended.push(concepts[entry]);
    else nodes[node].goesOn.push({ entry, concept: concepts[entry] });
  });
  // Breadth first: the root's children, then theirs, so that each node's children are numbered in a row (in
  // the order their phrases came, as the walk tried them before).
  const order: number[] = [0];
  for (let index = 0; index < order.length; index++) for (const child of nodes[order[index]].children.values()) order.push(child);
  const numberOfNode = new Int32Array(nodes.length);
  order.forEach((built, number) => (numberOfNode[built] = number));
  const stride = numberOf.size + 1;
  const byStem = new Map<number, number[]>();
  const byWord = new Map<number, number[]>();
  const firsts = new Map<number, number[]>();
  const records = new Int32Array((order.length + 1) * nodeFields);
  const ended: number[] = [];
  const goesOn: number[] = [];
  let nextChild = 1;
  order.forEach((built, number) => {
    const node = nodes[built];
    const record = number * nodeFields;
    records[record + stemField] = node.stem;
    records[record + wordField] = node.word;
    records[record + depthField] = node.depth;
    records[record + firstChildField] = nextChild;
    nextChild += node.children.size;
    records[record + childEndField] = nextChild;
    records[record + endedField] = ended.length;
    records[record + goesOnField] = goesOn.length;
    const wide = number !== 0 && node.children.size > narrow;
    for (const builtChild of node.children.values()) {
      const child = numberOfNode[builtChild];
      const { stem, word } = nodes[builtChild];
      if (number === 0) {
        // A first word is looked up by both numbers of the token against both of its own, as the start lists were.
        pushTo(firsts, stem, child);
        if (word !== stem) pushTo(firsts, word, child);
      } else if (wide) {
        pushTo(byStem, number * stride + stem, child);
        pushTo(byWord, number * stride + word, child);
      }
    }
    ended.push(...node.ended);
    for (const { entry, concept } of node.goesOn) goesOn.push(entry, concept, ...neededWord(phrases[entry], node.depth, numberOf));
  });
  // The last record closes the last node's lists.
  records[order.length * nodeFields + endedField] = ended.length;
  records[order.length * nodeFields + goesOnField] = goesOn.length;
  return {
    nodes: records,
    byStem: compileChildTable(byStem),
    byWord: compileChildTable(byWord),
    stride,
    ended: Int32Array.from(ended),
    goesOn: Int32Array.from(goesOn),
    firsts: typedLists(firsts),
  };
}

/** Empty finds for a matcher of `conceptCount` concepts. */
export function emptyTrieFinds(conceptCount: number): TrieFinds {
  return {
    active: new Uint32Array((conceptCount + 31) >>> 5),
    firstEnded: new Int32Array(conceptCount).fill(-1),
    endedStart: new Int32Array(256),
    endedEnd: new Int32Array(256),
    endedNext: new Int32Array(256),
    endedCount: 0,
    firstGoing: new Int32Array(conceptCount).fill(-1),
    goingEntry: new Int32Array(256),
    goingFrom: new Int32Array(256),
    goingPosition: new Int32Array(256),
    goingStart: new Int32Array(256),
    goingNext: new Int32Array(256),
    goingCount: 0,
  };
}

/** Clears the finds for the next message. */
export function clearTrieFinds(finds: TrieFinds): void {
  finds.active.fill(0);
  finds.firstEnded.fill(-1);
  finds.firstGoing.fill(-1);
  finds.endedCount = 0;
  finds.goingCount = 0;
}

/**
 * Walks the tree from the token at `start`, whose first-word nodes are `firsts`, over the message set in the
 * phrase code (tokens from `start` on must be set), adding what ends and what goes on to `finds`.
 */
export function walkPhraseTrie(trie: PhraseTrie, code: PhraseCode, firsts: Int32Array, start: number, finds: TrieFinds): void {
  for (let index = 0; index < firsts.length; index++) reach(trie, code, firsts[index], start + 1, start, finds);
}

/** The node's word matched the token before `position`: its phrases end or go on there, and its children are tried on the next. */
function reach(trie: PhraseTrie, code: PhraseCode, node: number, position: number, start: number, finds: TrieFinds): void {
  const { nodes } = trie;
  const record = node * nodeFields;
  const endedTo = nodes[record + nodeFields + endedField];
  for (let index = nodes[record + endedField]; index < endedTo; index++) addEnded(finds, trie.ended[index], start, position);
  // The words of one phrase stay in one sentence from its second word on; the first word's own end is not
  // read, as the phrases tried one by one from their second element never read it.
  const depth = nodes[record + depthField];
  if (depth >= 2 && tokenEndsSentence(code, position - 1)) return;
  const goesOnTo = nodes[record + nodeFields + goesOnField];
  const { goesOn } = trie;
  for (let index = nodes[record + goesOnField]; index < goesOnTo; index += goesOnFields) {
    // Where the word it needs next stands nowhere in reach, collectCodedEnds would return at that element with
    // no end: a long message's few "milk"s otherwise handed on dozens of "milk … <word>" phrases each.
    const stem = goesOn[index + 2];
    if (stem !== noWordNeeded && !wordWithin(code, position, goesOn[index + 4], stem, goesOn[index + 3])) continue;
    addGoing(finds, goesOn[index + 1], goesOn[index], depth, position, start);
  }
  if (position >= code.tokenCount) return;
  const from = nodes[record + firstChildField];
  const to = nodes[record + childEndField];
  if (from === to) return;
  const stem = code.tokenStems[position];
  const word = code.tokenWords[position];
  if (to - from <= narrow) {
    // A word matches by its stem or as written (-1, a token's stem or word no phrase has, matches no node).
    for (let child = from; child < to; child++) {
      if (nodes[child * nodeFields + stemField] === stem || nodes[child * nodeFields + wordField] === word) reach(trie, code, child, position + 1, start, finds);
    }
    return;
  }
  const key = node * trie.stride;
  if (stem !== -1) {
    const { slots, lists } = trie.byStem;
    const at = childSlotOf(trie.byStem, key + stem);
    if (at !== -1) for (let index = slots[at + 1]; index < slots[at + 2]; index++) reach(trie, code, lists[index], position + 1, start, finds);
  }
  if (word !== -1) {
    const { slots, lists } = trie.byWord;
    const at = childSlotOf(trie.byWord, key + word);
    // A child with the token's stem was reached above.
    if (at !== -1) for (let index = slots[at + 1]; index < slots[at + 2]; index++) if (nodes[lists[index] * nodeFields + stemField] !== stem) reach(trie, code, lists[index], position + 1, start, finds);
  }
}

function addEnded(finds: TrieFinds, concept: number, start: number, end: number): void {
  const index = finds.endedCount;
  if (index === finds.endedStart.length) {
    finds.endedStart = grownCopy(finds.endedStart);
    finds.endedEnd = grownCopy(finds.endedEnd);
    finds.endedNext = grownCopy(finds.endedNext);
  }
  finds.endedStart[index] = start;
  finds.endedEnd[index] = end;
  finds.endedNext[index] = finds.firstEnded[concept];
  finds.firstEnded[concept] = index;
  finds.endedCount = index + 1;
  finds.active[concept >>> 5] |= 1 << (concept & 31);
}

/** A phrase (start number `entry`) to go on with from its element `from` at token `position`. */
export function addGoing(finds: TrieFinds, concept: number, entry: number, from: number, position: number, start: number): void {
  const index = finds.goingCount;
  if (index === finds.goingEntry.length) {
    finds.goingEntry = grownCopy(finds.goingEntry);
    finds.goingFrom = grownCopy(finds.goingFrom);
    finds.goingPosition = grownCopy(finds.goingPosition);
    finds.goingStart = grownCopy(finds.goingStart);
    finds.goingNext = grownCopy(finds.goingNext);
  }
  finds.goingEntry[index] = entry;
  finds.goingFrom[index] = from;
  finds.goingPosition[index] = position;
  finds.goingStart[index] = start;
  finds.goingNext[index] = finds.firstGoing[concept];
  finds.firstGoing[concept] = index;
  finds.goingCount = index + 1;
  finds.active[concept >>> 5] |= 1 << (concept & 31);
}

function pushTo(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function typedLists(map: ReadonlyMap<number, number[]>): Map<number, Int32Array> {
  return new Map([...map].map(([key, list]) => [key, Int32Array.from(list)]));
}

/** A copy of the list at twice its length. */
function grownCopy(list: Int32Array): Int32Array<ArrayBuffer> {
  const longer = new Int32Array(list.length * 2);
  longer.set(list);
  return longer;
}
