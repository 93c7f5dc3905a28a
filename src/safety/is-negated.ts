import type { Span } from './concept-matcher';
import { noSpans, type Recognition } from './recognition';
import { structuralConcepts } from './structural-concepts';
import { workedOut } from './worked-out';

// A sign denied: "no fever", "not floppy", and every item of a list after one negation.

/** Words that may stand between a list's "or" and the item it lists ("or any redness", "or signs of a rash"). */
const listedItemLeadWords = new Set(['a', 'an', 'any', 'the', 'some', 'much', 'signs', 'sign', 'of']);

/**
 * True when a negation stands shortly before `start` in the same clause: "no fever", "not floppy", "he
 * doesn't have a rash". It does not reach past a comma, "and", "but": "won't feed and keeps falling
 * asleep" still says "keeps falling asleep".
 */
export function isNegated(recognition: Recognition, span: Span): boolean {
  const { tokens, negators } = recognition;
  const conjunctions = recognition.concepts.get('conjunction') ?? noSpans;
  let reach = span.start - 3;
  let listed = false;
  for (let index = span.start - 1; index >= Math.max(0, reach); index--) {
    const token = tokens[index];
    if (token.sentenceEnd || token.clauseEnd) return false;
    // A negation that belongs to a sign of its own ("hasn't peed since breakfast") does not reach further,
    // except over a list: "no fever or redness" denies both, even where "no fever" is a sign (s10-rf-nm).
    if (negators.has(index)) {
      if (listed || !usedBySign(recognition, index, span.start)) return true;
      // The negation's own sign ends before a wider sign phrase that holds this one and is denied: "she's not
      // working hard to breathe" ("not working" a sign of its own) denies "hard to breathe" with the phrase.
      if (insideDeniedPhrase(recognition, index, span)) return true;
    }
    if (holds(conjunctions, index)) {
      // "isn't floppy or hard to wake", "no fever nor rash": a list after one negation is all denied.
      if (token.word !== 'or' && token.word !== 'nor') return false;
      reach = index - 4;
      // Only the item the "or" lists ("or redness", "or any redness"), not a time or sign after it: in "no wet
      // nappy or poo since yesterday" the "since yesterday" of the sign is not denied (review s10).
      listed = tokens.slice(index + 1, span.start).every((between) => listedItemLeadWords.has(between.word));
    }
  }
  return false;
}

/**
 * True when a sign phrase starting after the negation at `negation` and before `span`, and ending with it, is
 * itself negated: `span` is its tail. Structural concepts are no sign phrases. Asked only where the negation
 * belongs to a sign of its own, which is rare.
 */
function insideDeniedPhrase(recognition: Recognition, negation: number, span: Span): boolean {
  for (const name of recognition.concepts.keys()) {
    if (!isSignConcept(name) || structuralConcepts.has(name)) continue;
    for (const wider of recognition.concepts.get(name)!) {
      if (wider.start > negation && wider.start < span.start && wider.end === span.end && isNegated(recognition, wider)) return true;
    }
  }
  return false;
}

function isSignConcept(name: string): boolean {
  return name !== 'negation' && name !== 'not_a_negation' && name !== 'conjunction' && !name.startsWith('who_');
}

/** True when the concept `name` is found somewhere in the message and not denied there ("no fever" is not told). */
export function isToldAnywhere(recognition: Recognition, name: string): boolean {
  return (recognition.concepts.get(name) ?? noSpans).some((span) => !isNegated(recognition, span));
}

function usedBySign(recognition: Recognition, index: number, before: number): boolean {
  // Some sign's span holds the negation and ends after it but by `before`: the earliest such end is by `before`.
  return signEndsAfter(recognition)[index] <= before;
}

function holds(spans: readonly Span[], index: number): boolean {
  for (let position = 0; position < spans.length; position++) if (spans[position].start <= index && spans[position].end > index) return true;
  return false;
}

/**
 * By token index, the earliest end of a sign's span (any concept's but the structural ones and the persons)
 * that holds the token and ends after the one after it; a large number where none does. Worked out once per
 * reading: isNegated asks for every negation before every place it checks.
 */
function signEndsAfter(recognition: Recognition): Int32Array {
  const worked = workedOut(recognition);
  let ends = worked.signEnds;
  if (ends) return ends;
  ends = new Int32Array(recognition.tokens.length + 1).fill(0x7fffffff);
  // Keys, not entries: iterating a Map's entries makes an array per entry.
  for (const name of recognition.concepts.keys()) {
    if (!isSignConcept(name)) continue;
    const spans = recognition.concepts.get(name)!;
    for (let position = 0; position < spans.length; position++) {
      const { start, end } = spans[position];
      for (let index = start; index < end - 1; index++) if (end < ends[index]) ends[index] = end;
    }
  }
  worked.signEnds = ends;
  return ends;
}
