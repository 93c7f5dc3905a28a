import type { Recognition } from '../../../src/safety/sign-recogniser';
import type { RuleTriage } from '../../../src/safety/triage';
import { sharedEngine } from '../../support/shared-engine';
import { isNegated } from '../../../src/safety/is-negated';
import { subjectAt } from '../../../src/safety/sign-subjects';

// What the recogniser works out once per reading (whose each place is, how far a negation reaches) is kept for
// the last two readings asked about only (sign-recogniser.ts, workedOut). A reading asked about again after
// others must get the answers it got when it was the latest, never another reading's.

const recogniser = () => (sharedEngine().triage as RuleTriage).recogniser;

/** For every token: whose it is, and whether a negation before it reaches it. */
function answers(recognition: Recognition): string[] {
  return recognition.tokens.map(
    (_, index) => `${subjectAt(recognition, index)} ${isNegated(recognition, { start: index, end: index + 1 })}`,
  );
}

const texts = [
  'my wife is not sleeping and she cries all day',
  'my baby has no fever but his lips look blue',
  'i have a rash on my arm, my 3 week old does not',
  "he isn't feeding well, she is fine, my partner noticed spots on him",
];

describe('answers worked out per reading', () => {
  // The engine is built here, not inside the first test's time limit.
  // Building the shared engine is setup, not what is tested: 2.2 s of the default 5 s in a whole run at load 13.
  beforeAll(() => sharedEngine(), 60_000);

  it('are the same for a reading asked about again after two others as for a fresh reading of its text', () => {
    const readings = texts.map((text) => recogniser().recognisePart(text));
    const first = readings.map(answers);
    // Each asked about again in another order, after at least two others each time.
    for (const index of [0, 2, 1, 3, 0, 3, 1, 2]) expect(answers(readings[index])).toEqual(first[index]);
    // And a reading made anew of each text, worked out from nothing, agrees.
    texts.forEach((text, index) => expect(answers(recogniser().recognisePart(text))).toEqual(first[index]));
  });

  it('tell the texts apart (the check above compares something)', () => {
    const [wife, baby] = texts.map((text) => answers(recogniser().recognisePart(text)));
    expect(wife).not.toEqual(baby);
  });
});
