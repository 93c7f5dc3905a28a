import type { TriageToken } from './triage-tokens';

// A reading from 30 °C with one of these just before it is a body's ("temp is 32.5", "thermometer says 31").
export const bodyReadingWords = new Set(['temp', 'temps', 'temperature', 'temperatures', 'thermometer', 'reading', 'read', 'reads', 'armpit', 'underarm']);
/** Words of a baby just before a reading: it is the baby's. */
export const babyWords = new Set(['baby', 'babys', 'babies', 'newborn', 'infant', 'son', 'daughter', 'lo', 'ds', 'dd', 'old', 'twins']);

/** A place told right after a temperature ("32 degrees here", "40 outside"): the weather or a room, not a body. */
const placeAfter = new Set(['here', 'outside', 'outdoors', 'indoors', 'inside', 'out']);
/** "call if his temp goes over 38": a number a condition names, not a reading. */
const thresholdBefore = new Set(['over', 'above', 'exceeds', 'exceed', 'reaches', 'reach', 'hits', 'hit', 'past']);
const conditionWords = new Set(['if', 'when', 'whenever', 'unless', 'once']);
/** Past verbs of a reading taken ("when I checked he was over 38", "once it hit 39"): a reading, not a condition. */
const toldReadVerbs = new Set(['was', 'were', 'went', 'got', 'hit', 'checked', 'took', 'taken', 'measured', 'read', 'showed', 'came', 'reached', 'had']);
/** People a reading is told of just before it ("he's 38.5 here"). */
const personWords = new Set(['he', 'she', 'hes', 'shes', 'him', 'her', 'baby', 'babys', 'old']);
/** "why is 100.4 the magic number", "38 is the cut off": a threshold named, not a reading. */
const thresholdAfter = ['magic number', 'cut off', 'cutoff', 'rule', 'threshold', 'limit'];

/**
 * True when a number that looks like a temperature is no body's reading: a gestation ("35 weeker"), the
 * weather or a room ("32 degrees here", "40 degrees outside"), or a threshold a condition or a rule names
 * ("call if his temp goes over 38", "why is 100.4 the magic number"). A reading told as one ("temp is 38.2",
 * "thermometer says") always is one.
 */
export function notAReading(tokens: readonly TriageToken[], index: number, unit: boolean): boolean {
  const word = (at: number) => tokens[at]?.word ?? '';
  if (/^weeke?rs?$/.test(word(index + 1))) return true;
  const afterUnit = unit ? (word(index + 1) === '°' ? index + 3 : index + 2) : index + 1;
  // Not after a person or baby told just before ("my 4 week old is 38.5 here", "he's 38.4 here"): a body's.
  const personBefore = tokens.slice(Math.max(0, index - 4), index).some((other) => bodyReadingWords.has(other.word) || babyWords.has(other.word) || personWords.has(other.word));
  if (placeAfter.has(word(afterUnit)) && !personBefore) return true;
  const following = tokens.slice(afterUnit, afterUnit + 4).map((other) => other.word).join(' ');
  if (thresholdAfter.some((phrase) => following.startsWith(`the ${phrase}`) || following.startsWith(`is the ${phrase}`) || following.startsWith(phrase))) return true;
  if (!thresholdBefore.has(word(index - 1)) && !(word(index - 1) === 'than' && /^(more|higher)$/.test(word(index - 2)))) return false;
  for (let other = index - 2; other >= Math.max(0, index - 8); other--) {
    if (tokens[other].sentenceEnd || tokens[other].clauseEnd) break;
    // "when I checked he was over 38": a reading told in the past after "when" is one, not a condition.
    if (conditionWords.has(tokens[other].word)) return !tokens.slice(other + 1, index).some((between) => toldReadVerbs.has(between.word));
  }
  return false;
}
