import { isToldAnywhere } from './is-negated';
import { otherPersonConcepts } from './person-concepts';
import type { Recognition } from './recognition';
import type { TriageToken } from './triage-tokens';

// The writer asking about feeding through an illness of her own, naming nobody else.

/**
 * True when the writer asks about feeding through an illness of her own and names nobody else: no baby, no
 * pronoun, no partner or other person, no age ("38.5 fever and shivering with a virus, ok to nurse?"). A
 * temperature told so is hers; one told with "he", "my baby" or an age stays the baby's (s11-rf-inscope).
 * So is one where the only time told is her own since the birth and nobody else is named ("fever 38.6 with a
 * sore throat, 3 weeks postpartum, no breast pain"; s13-rf: read as a newborn's fever).
 */
export function writerIllAsked(recognition: Recognition): boolean {
  const { concepts } = recognition;
  if (recognition.ages.some((age) => !toldAsPostpartum(recognition.tokens, age.at))) return false;
  if (otherPersonConcepts.some((name) => concepts.has(name))) return false;
  return recognition.ages.length > 0 || isToldAnywhere(recognition, 'nursing_while_ill');
}

/** Words after an age's unit that make it the writer's own time since the birth ("3 weeks postpartum", "10 days pp"). */
const postpartumWords = new Set(['pp', 'postpartum', 'postnatal', 'pn']);

/** True when the age read at `at` (its number) is told as the mother's time since the birth: "3 weeks post partum". */
function toldAsPostpartum(tokens: readonly TriageToken[], at: number): boolean {
  for (let next = at + 1; next <= at + 3 && next < tokens.length; next++) {
    const word = tokens[next].word;
    if (postpartumWords.has(word) || (word === 'post' && /^(partum|natal)$/.test(tokens[next + 1]?.word ?? ''))) return true;
    if (tokens[next].clauseEnd || tokens[next].sentenceEnd) return false;
  }
  return false;
}
