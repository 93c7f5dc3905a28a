/**
 * Whether a message reads as English, for the typo corrector: in another language many words are one letter
 * away from a sign word ("fait" is not "faint", "pas" is no "pass"), and corrections there invent signs the
 * writer never wrote (issue 11: "bébé ne fait pas pipi" raised fainting). A message is taken as another
 * language only on evidence of one: the short words that carry its sentences ("je", "ne", "pas", "el", "und")
 * outnumber English ones and make a fifth of its words. Text-speak and typos ("bby nt feedin, v flopy") have
 * neither, so they stay English and are corrected as before.
 */
export function readsAsEnglish(text: string): boolean {
  const counts = hasOnlyAsciiLetters(text) ? countAsciiWords(text) : countWords(text);
  return counts.words < 3 || !(counts.other / counts.words >= 0.2 && counts.other > counts.english);
}

/** How many words a message has, and how many of them are in each list; one object reused for every message. */
const counts = { words: 0, english: 0, other: 0 };

function countWords(text: string): typeof counts {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  counts.words = words.length;
  counts.english = 0;
  counts.other = 0;
  for (const word of words) {
    if (commonEnglish.has(word)) counts.english++;
    else if (otherLanguages.has(word)) counts.other++;
  }
  return counts;
}

/**
 * countWords for a text of ASCII letters alone (nearly every message), by a plain scan: there \p{L} is a-z and A-Z
 * and lowercasing changes nothing else, so the words are the same runs of letters. Each word is looked up letter
 * by letter in a tree of the listed words (asciiListed) as it is scanned: no lowercased copy of the text, no
 * array of its words and no string per word, which made half the time of the Unicode pattern's path.
 */
function countAsciiWords(text: string): typeof counts {
  counts.words = 0;
  counts.english = 0;
  counts.other = 0;
  const { next, list } = asciiListed;
  let index = 0;
  while (index < text.length) {
    let code = text.charCodeAt(index);
    if (!isAsciiLetter(code)) {
      index++;
      continue;
    }
    // The tree's node for the letters read so far; -1 once they begin no listed word.
    let node = 0;
    do {
      // | 32 lowercases an ASCII letter.
      if (node !== -1) node = next[node * 26 + ((code | 32) - 97)];
      index++;
      code = index < text.length ? text.charCodeAt(index) : 0;
    } while (isAsciiLetter(code));
    counts.words++;
    if (node === -1) continue;
    if (list[node] === englishList) counts.english++;
    else if (list[node] === otherList) counts.other++;
  }
  return counts;
}

const englishList = 1;
const otherList = 2;

/**
 * The listed words of a-z alone as a tree of letters: `next[node * 26 + letter]` is the node after one more
 * letter (-1: no listed word goes on so), `list[node]` which list the letters so far spell a word of (0: none;
 * English first, as countWords asks it first). Words with other letters ("très", "bébé") are in no ASCII text.
 */
function listedWordTree(): { next: Int32Array; list: Uint8Array } {
  const nodes: number[][] = [new Array<number>(26).fill(-1)];
  const lists: number[] = [0];
  const add = (word: string, listed: number) => {
    if (!/^[a-z]+$/.test(word)) return;
    let node = 0;
    for (const letter of word) {
      const slot = letter.charCodeAt(0) - 97;
      if (nodes[node][slot] === -1) {
        nodes[node][slot] = nodes.length;
        nodes.push(new Array<number>(26).fill(-1));
        lists.push(0);
      }
      node = nodes[node][slot];
    }
    if (lists[node] === 0) lists[node] = listed;
  };
  for (const word of commonEnglish) add(word, englishList);
  for (const word of otherLanguages) add(word, otherList);
  return { next: Int32Array.from(nodes.flat()), list: Uint8Array.from(lists) };
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/**
 * True when no character beyond ASCII is a letter or changes case: besides ASCII only the punctuation of
 * U+2000-U+206F (curly quotes, dashes, ellipsis: a phone keyboard's), which the Unicode pattern reads as a break
 * between words as the scan does.
 */
function hasOnlyAsciiLetters(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 0x7f && (code < 0x2000 || code > 0x206f)) return false;
  }
  return true;
}

// Short words that carry English sentences (pronouns, articles, auxiliaries, prepositions, chat spellings).
// Words other languages write the same ("a", "on", "me", "no", "in", "was", "will", "so", "am", "die", "son")
// are in neither list, so they count for neither.
const commonEnglish = new Set(
  ('i im ive id my mine we our us you your he him his she her they them their it its the and or but if ' +
    'is are were be been being has have had do does did dont doesnt didnt cant wont isnt not ' +
    'to of for with at from by about after before this that these those what when why how who which ' +
    'hes shes thats whats there here now today just very really still would could should ' +
    'u ur pls plz lol omg bc cuz dnt cnt wnt wanna gonna').split(' '),
);

// The same kind of words in the other languages latch's crisis rule reads (French, Spanish, Italian, German,
// Portuguese), none of them an English word or chat spelling ("lo", "ma", "ha", "um", "hat", "y" are left out).
const otherLanguages = new Set(
  // French
  ('je tu il elle nous vous ils elles le les une des du et est sont pas ne mon mes ton tes notre votre leur ' +
    'que qui pour avec dans sur mais très depuis aussi fait suis avons beaucoup bébé ' +
    // Spanish
    'el los las una es está están muy pero para por mí mis su sus yo nosotros tiene tengo desde hace ' +
    // Italian
    'gli di che non sono mio mia miei è molto anche ancora sempre bambino bambina ' +
    // German
    'der das und ist nicht ich mein meine mit für ein eine sehr seit auch wir ihr sie habe kein keine ' +
    // Portuguese
    'os uma não eu meu minha com muito também tem tenho bebê').split(' '),
);

const asciiListed = listedWordTree();
