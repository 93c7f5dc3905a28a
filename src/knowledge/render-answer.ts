import type { Facts } from './facts';
import { matchesFacts, specificity, type FactName } from './fact-condition';
import type { Answer } from './knowledge-base';
import { fillPlaceholders, placeholdersIn } from './placeholders';

export interface RenderedAnswer {
  short: string;
  text: string;
  /** Which variant was chosen (its index in `variants`), or null for the base text. */
  variant: number | null;
  /** Indexes of the notes added to the text. */
  notes: number[];
}

/** What may be written into an answer's text as `{name}`: the fact it needs, and how its value is said. */
export const templateFacts: Record<string, { fact: FactName; say: (value: number) => string }> = {
  days_since_birth: { fact: 'days_since_birth', say: (days) => (days === 1 ? '1 day' : `${days} days`) },
  /** "Your baby was born {born}.": "today", "1 day ago", "4 days ago"; never "0 days ago". */
  born: { fact: 'days_since_birth', say: (days) => (days === 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`) },
  baby_age_weeks: { fact: 'baby_age_weeks', say: (weeks) => (weeks === 1 ? '1 week' : `${weeks} weeks`) },
};

export { placeholdersIn } from './placeholders';

export function fillTemplate(text: string, facts: Facts): string {
  return fillPlaceholders(text, (name) => {
    const template = templateFacts[name];
    const value = template ? facts[template.fact] : undefined;
    return template && typeof value === 'number' ? template.say(value) : undefined;
  });
}

/**
 * The placeholders of content's own texts (answers, variants, notes), each text read once: content does not
 * change while latch runs, and most answers have none, so rendering one need not scan its whole text each time.
 */
const placeholdersByText = new Map<string, readonly string[]>();
const placeholderCacheLimit = 10_000;

function placeholdersOf(text: string): readonly string[] {
  let names = placeholdersByText.get(text);
  if (!names) {
    names = placeholdersIn(text);
    if (placeholdersByText.size >= placeholderCacheLimit) placeholdersByText.clear();
    placeholdersByText.set(text, names);
  }
  return names;
}

const hasPlaceholders = (text: string) => placeholdersOf(text).length > 0;

/** A text can be shown only when every fact it writes in is known exactly: a range is never said as an age. */
function canFill(text: string | undefined, facts: Facts): boolean {
  return placeholdersOf(text ?? '').every((name) => typeof facts[templateFacts[name]?.fact] === 'number' && !facts.age_approximate);
}

/**
 * The curated answer worded for what is known about this person: the most specific variant whose `when`
 * matches (the first one written on a tie), else the base text; then every matching note. Deterministic,
 * so the same facts always give the same words.
 */
export function renderAnswer(answer: Answer, facts: Facts): RenderedAnswer {
  if (!hasAnyFact(facts)) {
    // Knowing nothing about the person (most first messages), an answer always reads the same: worked out
    // once per answer. Its own list of notes each time, so no caller shares one with another.
    let rendered = renderedWithoutFacts.get(answer);
    if (!rendered) renderedWithoutFacts.set(answer, (rendered = renderFor(answer, facts)));
    return { ...rendered, notes: [...rendered.notes] };
  }
  return renderFor(answer, facts);
}

/** By answer, what it reads when no fact is known (see renderAnswer). */
const renderedWithoutFacts = new WeakMap<Answer, RenderedAnswer>();

function hasAnyFact(facts: Facts): boolean {
  for (const name in facts) if (Object.hasOwn(facts, name)) return true;
  return false;
}

function renderFor(answer: Answer, facts: Facts): RenderedAnswer {
  let chosen: number | null = null;
  answer.variants.forEach((variant, index) => {
    if (!matchesFacts(variant.when, facts) || !canFill(variant.text, facts) || !canFill(variant.short, facts)) return;
    if (chosen === null || specificity(variant.when) > specificity(answer.variants[chosen].when)) chosen = index;
  });
  const variant = chosen === null ? undefined : answer.variants[chosen];
  const notes = answer.notes.flatMap((note, index) => (matchesFacts(note.when, facts) && canFill(note.text, facts) ? [index] : []));
  const pieces = [variant?.text ?? answer.text, ...notes.map((index) => answer.notes[index].text)];
  const text = pieces.join('\n\n');
  const short = variant?.short ?? answer.short;
  // A placeholder cannot span two pieces (the blank line between them is no part of a name).
  return { short: hasPlaceholders(short) ? fillTemplate(short, facts) : short, text: pieces.some(hasPlaceholders) ? fillTemplate(text, facts) : text, variant: chosen, notes };
}
