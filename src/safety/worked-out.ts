import type { Recognition, Subject } from './recognition';

// What the scopes work out once per reading and share: whose each word is, where signs end, who is nearest.

/** What is worked out once per reading (see workedOut): each when first asked for. */
export interface WorkedOut {
  recognition: Recognition;
  signEnds?: Int32Array;
  subjects?: (Subject | undefined)[];
  /** By token position, the nearest person named, for the positions asked about so far. */
  nearestSubjects?: Subject[];
}

/**
 * What was worked out of the last two readings asked about: a turn asks of its message's reading, and the net of
 * one sentence's at a time, again and again. Each is a function of the reading alone, so one asked about after
 * those two is worked out anew, the same. Two slots rather than a WeakMap by reading: a WeakMap gained an entry
 * for every reading of every turn, each for the collector to clear.
 */
let workedLast: WorkedOut | undefined;
let workedBefore: WorkedOut | undefined;

export function workedOut(recognition: Recognition): WorkedOut {
  if (workedLast?.recognition === recognition) return workedLast;
  if (workedBefore?.recognition === recognition) {
    const found = workedBefore;
    workedBefore = workedLast;
    workedLast = found;
    return found;
  }
  workedBefore = workedLast;
  workedLast = { recognition };
  return workedLast;
}
