import type { Recognition } from './recognition';

/**
 * The age the conversation knows, unless it is an age this message gives of another person's baby: the NLU
 * reads "my friend has a 10 month old" as this baby's age too (review of s5-rf-nm), so a known age about
 * equal to one set aside as someone else's is not used.
 */
export function ownFactAge(recognition: Recognition, known: number | undefined): number | undefined {
  if (known === undefined) return undefined;
  const othersAge = (recognition.othersAgeDays ?? []).some((other) => Math.abs(other - known) <= Math.max(1, other * 0.05));
  return othersAge ? undefined : known;
}
