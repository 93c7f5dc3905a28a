import type { TriageToken } from './triage-tokens';

// Which of the ages a message tells may be the baby's its signs are told of, and whether one is told as then.

/** An age the message tells, where (token index of its number), and how it is told. */
export interface AgeMention {
  days: number;
  /** The day of life the nappy chart is read by. */
  day: number;
  /** How sure the words are: "10 days old" (3) beats "day 4" (2), which beats "baby is 3 weeks" (1). */
  strength: number;
  at: number;
  /** Told as then, not now: "she was 2 days old when I first saw them". */
  past: boolean;
}

/** Words that open a new clause about someone else: "my 3 year old has chickenpox and the baby …". */
const clauseBreaks = new Set(['and', 'but', 'while', 'whereas']);

/** Words that name a baby, apart from an age: another person's age told in years is not this baby's. */
const babyNouns = new Set(['baby', 'babys', 'babies', 'newborn', 'newborns', 'infant', 'lo', 'bub', 'bubba', 'babe', 'dd', 'ds']);

/**
 * The ages that may be the baby's the signs are told of. An age in years is the writer's ("i'm 35 years
 * old") or an older child's when a baby is named apart from it ("my 3 year old has chickenpox and the baby
 * has 38.3"); an age told as then ("she was 2 days old when I first saw them") gives way to one told as now.
 */
export function babyAges(tokens: readonly TriageToken[], ages: readonly (AgeMention & { years: boolean })[]): AgeMention[] {
  // Most messages tell no age: then there is nothing to number the clauses for.
  if (ages.length === 0) return [];
  // Apart: in another clause ("my 3 year old has chickenpox and the baby …"), not "my baby girl is now 1 year old".
  const clauseOf = clauseNumbers(tokens);
  const babyNamedApart = (age: AgeMention) => tokens.some((token, index) => babyNouns.has(token.word) && clauseOf[index] !== clauseOf[age.at]);
  const writers = (age: AgeMention) => tokens.slice(Math.max(0, age.at - 3), age.at).some((token) => token.word === 'i' || token.word === 'im' || token.word === 'am');
  const present = ages.filter((age) => !(age.years && (writers(age) || babyNamedApart(age))));
  const now = present.some((age) => !age.past) ? present.filter((age) => !age.past) : present;
  return now.map(({ years: _years, ...age }) => age);
}

/** Words that name a child past the first months, as the breastfed child the message is about. */
const toddlerNouns = new Set(['toddler', 'toddlers']);
/** About a year: the youngest a toddler is usually called one, well past every newborn rule's ages. */
const toddlerDays = 365;

/**
 * The age a toddler is, when the message tells no age and names no baby ("toddler has a high temperature and
 * won't eat, just wants to nurse all day"): the newborn rules (not feeding for hours, a fever under 3 months)
 * are not about them. A baby named beside the toddler ("my toddler has a cold, will the newborn catch it")
 * keeps the message's signs unaged. The weakest strength: any age told in numbers wins.
 */
export function toddlerAge(tokens: readonly TriageToken[]): AgeMention | undefined {
  const at = tokens.findIndex((token) => toddlerNouns.has(token.word));
  if (at < 0 || tokens.some((token) => babyNouns.has(token.word))) return undefined;
  return { days: toddlerDays, day: toddlerDays, strength: 0, at, past: false };
}

/** "she was 2 days old when", "he was only a week old at the time": an age told as then. */
export function toldAsPast(tokens: readonly TriageToken[], at: number): boolean {
  const before = tokens.slice(Math.max(0, at - 3), at).map((token) => token.word);
  // "she was born 5 days ago", "was born on day …": the birth, which dates the age now.
  if (before.includes('now') || before.includes('born') || tokens.slice(at + 1, at + 4).some((token) => token.word === 'ago')) return false;
  if (before.includes('was') || before.includes('were')) return true;
  const old = tokens.slice(at + 1, at + 4).findIndex((token) => token.word === 'old');
  return old >= 0 && tokens[at + 2 + old]?.word === 'when';
}

/** By token index, the number of the clause it stands in (a clause ends at a sentence's or clause's end, or before "and", "but" …). */
function clauseNumbers(tokens: readonly TriageToken[]): number[] {
  const numbers: number[] = [];
  let clause = 0;
  for (let index = 0; index < tokens.length; index++) {
    numbers.push(clause);
    if (tokens[index].sentenceEnd || tokens[index].clauseEnd || clauseBreaks.has(tokens[index + 1]?.word ?? '')) clause++;
  }
  return numbers;
}
