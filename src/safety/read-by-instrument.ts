import type { TriageToken } from './triage-tokens';

// A number given as what a thermometer showed, whoever held it.

/** Verbs of a thermometer giving its reading: "it said 100.6", "the thermometer reads 38.3". */
const readingVerbs = new Set(['said', 'says', 'read', 'reads', 'reading', 'showed', 'shows', 'showing', 'displayed', 'displays']);
/** What gives the reading just before the verb. */
const instruments = new Set(['it', 'thermometer', 'thermometre', 'screen']);
/** Where on the baby a reading is taken, after "her" or "his". */
const bodyPlaces = new Set(['arm', 'armpit', 'underarm', 'ear', 'forehead', 'bum', 'bottom']);
/** Words before the verb within which the thermometer or the baby's body must be named. */
const reach = 10;

/**
 * True when the number at `at` is told as the thermometer's own report, its verb just before it with "it" or
 * the thermometer before that ("i used a forehead thermometer and it said 100.6", "took it under her arm ... it
 * says 38.3", train-10, -23), with the thermometer or the baby's body named before it: the writer named there
 * is the one taking the reading, not the one it is of.
 */
export function readByInstrument(tokens: readonly TriageToken[], at: number): boolean {
  for (let verb = at - 1; verb >= Math.max(0, at - 2); verb--) {
    if (!readingVerbs.has(tokens[verb]?.word ?? '')) continue;
    if (!instruments.has(tokens[verb - 1]?.word ?? '')) return false;
    // A bare "I took it and it says 38.3" is as often her own temperature: the thermometer or where on the baby
    // it was taken must be named ("I feel rough, flu like. I took it and it says 38.3" stays hers).
    for (let before = verb - 1; before >= Math.max(0, verb - reach); before--) {
      const word = tokens[before].word;
      if (word === 'thermometer' || word === 'thermometre') return true;
      if (bodyPlaces.has(word) && (tokens[before - 1]?.word === 'her' || tokens[before - 1]?.word === 'his')) return true;
    }
    return false;
  }
  return false;
}
