import type { TriageToken } from './triage-tokens';

/** The mother's breasts and nipples: a sign told of them ("my boobs feel floppy", "nipples red") is hers. */
const breastWords = new Set(['breast', 'breasts', 'boob', 'boobs', 'boobies', 'booby', 'tit', 'tits', 'titty', 'titties', 'nipple', 'nipples', 'areola', 'areolas']);
/**
 * Words before a breast word that make it the place of something else rather than what a sign is told of:
 * "he went floppy at the breast", "fell asleep on my nipple then stopped breathing".
 */
const placeWords = new Set(['on', 'at', 'off', 'from', 'to', 'onto', 'into', 'in', 'with', 'near', 'by', 'under', 'over', 'round', 'around', 'across', 'against', 'between', 'for', 'of', 'about', 'per', 'each', 'every', 'other', 'same', 'either', 'one']);
/** Words that may stand between a place word and its breast: "on my left boob", "at the other breast". */
const breastLeadWords = new Set(['my', 'the', 'a', 'both', 'left', 'right', 'sore', 'full', 'empty']);
/** A breast the baby's: "his nipples are swollen" (newborn breast swelling) is the baby's, and "her" may be a girl's. */
const otherPossessives = new Set(['his', 'her', 'hers', 'their', 'baby', 'babys', 'babies', 's']);
/**
 * Verbs after a breast word that make it what the sentence tells of ("my boobs feel floppy", "breasts went
 * soft"), not the object of another's act ("he's refusing the breast since yesterday": the refusing is his).
 */
const toldOfVerbs = new Set(['are', 'is', 'am', 'were', 'was', 'feel', 'feels', 'felt', 'feeling', 'look', 'looks', 'looked', 'looking', 'seem', 'seems', 'seemed', 'went', 'go', 'goes', 'gone', 'going', 'get', 'gets', 'got', 'getting', 'have', 'has', 'had', 'keep', 'keeps', 'stay', 'stays', 'stayed', 'became', 'become', 'turned', 'turn', 'turning', 'still', 'just', 'now', 'never', 'always', 'both', 'used', 'hurt', 'hurts', 'ache', 'aches', 'not', 'do', 'did', 'does']);
/** Words between a sign word and the breast it describes: "hot and red boob", "floppy saggy boobs". */
const breastDescribers = new Set(['and', 'hot', 'red', 'sore', 'swollen', 'hard', 'lumpy', 'soft', 'floppy', 'saggy', 'cracked', 'bleeding', 'full', 'empty', 'left', 'right']);
/** The pronouns that may stand for the breasts just named. */
const breastPronouns = new Set(['they', 'them', 'mine', 'theyre', 'theyve']);
/** How far back a pronoun may look for the breasts it stands for. */
const pronounReach = 20;

/** True for a word naming the mother's breasts or nipples that is told of itself: not a place ("at the breast") nor another's ("his nipples"). */
function isBreastToldOf(tokens: readonly TriageToken[], index: number): boolean {
  if (!breastWords.has(tokens[index]?.word ?? '')) return false;
  if (otherPossessives.has(tokens[index - 1]?.word ?? '')) return false;
  let before = index - 1;
  while (before >= 0 && breastLeadWords.has(tokens[before].word)) before--;
  const lead = before >= 0 ? tokens[before] : undefined;
  return lead === undefined || lead.sentenceEnd || lead.clauseEnd || !placeWords.has(lead.word);
}

/**
 * True when the word at `index` is her breast and the sign word at `position` stands right before it, or one
 * describing word before it: "floppy boobs", "red and hot nipple" are hers; a breast after a verb is not
 * ("refusing the breast since yesterday" is his).
 */
export function isBreastDescribedBy(tokens: readonly TriageToken[], index: number, position: number): boolean {
  const nextTo = index === position + 1 || (index === position + 2 && breastDescribers.has(tokens[position + 1].word));
  return nextTo && isBreastToldOf(tokens, index);
}

/**
 * Marks whose body part a sign is told of: a breast word that is what its clause tells of ("my boobs feel
 * floppy", not "he is refusing the breast"), not a place ("floppy at the breast") nor another's ("his
 * nipples"), makes a sign after it the mother's, and so does "they", "them" or "mine" when the nearest of the
 * baby and the breasts named before it is the breasts ("how can I tell if my breasts are empty? mine just feel
 * kind of floppy"). `categories` is the person each token names (a Subject), by position: a breast word is marked only
 * where it names no one yet, a pronoun standing for the breasts always.
 */
export function markBreastSubjects(tokens: readonly TriageToken[], categories: (string | undefined)[]): void {
  let lastBreast = -1;
  let lastBaby = -1;
  for (let index = 0; index < tokens.length; index++) {
    if (breastPronouns.has(tokens[index].word) && lastBreast > lastBaby && index - lastBreast <= pronounReach) {
      categories[index] = 'mother';
      continue;
    }
    if (categories[index] === 'baby') lastBaby = index;
    if (!isBreastToldOf(tokens, index)) continue;
    lastBreast = index;
    if (categories[index] === undefined && !tokens[index].sentenceEnd && !tokens[index].clauseEnd && toldOfVerbs.has(tokens[index + 1]?.word ?? '')) categories[index] = 'mother';
  }
}
