import { isToldAnywhere } from './is-negated';
import type { Recognition } from './recognition';

// A mother's low mood told while her baby is under two weeks old: the baby blues' time, not yet the low mood row's.

/** RED-FLAGS.md's low mood row: "most days for more than 2 weeks"; "baby blues in the first two weeks are common and pass". */
const bluesDays = 14;

/** What tells a mood as the blues RED-FLAGS.md describes: named so ("is this the blues?"), or easing or coped with. */
const bluesTold = ['blues_word', 'mood_over', 'coping_told', 'feel_well_now'];

/**
 * True when the message tells the baby's age now as under two weeks, nothing in it lets a low mood have lasted
 * longer (no other age of two weeks or more, an older child's "my 3 year old"; no span of 14 days or more;
 * nothing of the pregnancy, `pregnant_word`: a mood that started before the birth may be older than the baby),
 * and the writer tells the mood as the blues: names them, or tells it easing or coped with. A low mood told so
 * ("cried every day … she's 10 days, was that the baby blues?") has lasted under the row's two weeks. One told
 * with neither ("my baby is 1 week old and I have felt hopeless every day since the birth") is still weighed by
 * the row: whether that is blues is a call for a person (when unsure, escalate). Read for the low mood row only;
 * a crisis (self-harm, harming the baby, psychosis) has rows of its own and is never closed by it.
 */
export function withinBabyBlues(recognition: Recognition): boolean {
  const { ageDays } = recognition;
  if (ageDays === undefined || ageDays >= bluesDays) return false;
  if (recognition.ages.some((age) => age.days >= bluesDays)) return false;
  if (recognition.quantities.some((quantity) => quantity.kind === 'days' && quantity.value >= bluesDays)) return false;
  const told = (name: string) => isToldAnywhere(recognition, name);
  return !told('pregnant_word') && bluesTold.some(told);
}
