import { isCrisisMessage } from './crisis-message';
import type { QuantityKind } from './quantity';
import type { SafetyFile, SafetyRule } from './safety-schema';
import { compileNormalEntry, compileSign, parseSign, type CompiledSign, type NormalEntry } from './parse-sign';

export interface CompiledRule {
  rule: SafetyRule;
  signs: CompiledSign[];
  window: number;
  /** Every concept its signs name. */
  concepts: string[];
  /** How its signs' concepts are read. */
  reading: Reading;
  /** By sign concept, what makes a place of it a normal variation (the rule's `normal_when`). */
  normalWhen?: Map<string, NormalEntry[]>;
}

/**
 * How a concept is read for a rule (see affirmedOf in triage.ts): numbered, so that one message's readings are
 * kept by number and name instead of under a key string built (and the rule's concepts joined) at every look-up.
 */
export interface Reading {
  number: number;
  emergency: boolean;
  crisis: boolean;
  /** An emergency rule's own sign concepts (empty for other rules). */
  ruleConcepts: readonly string[];
  /** An exception is read as said. */
  asException: boolean;
}

/** The rules of a safety file made ready to weigh, with the indexes a message's look-ups go through. */
export interface CompiledRules {
  compiled: CompiledRule[];
  /** How exceptions are read: as said. */
  exceptionReading: Reading;
  /**
   * How `normal_when` concepts are read: as said, and never as over. What makes a sign normal is no sign that
   * passes: "breathes fast for a few seconds then settles back to normal" keeps its "few seconds".
   */
  normalReading: Reading;
  /** Every rule's signs, numbered in order (`sign.number`). */
  allSigns: CompiledSign[];
  signsByConcept: Map<string, number[]>;
  signsByQuantity: Map<QuantityKind, number[]>;
  /** Concepts that are a sign on their own: another one between a sign and "gone now" keeps the sign. */
  signConcepts: string[];
  /**
   * Every concept a sign is made of, alone or as a part ("cord" + "cord_bleeding"): one of them told "again"
   * after a "gone now" is the sign come back (isResolved's partSpans).
   */
  partConcepts: string[];
}

/** Compiles a safety file's rules and numbers their signs and readings. */
export function compileRules(file: SafetyFile): CompiledRules {
  // Readings with the same settings share a number (and so what one message's look-ups found).
  const readings = new Map<string, Reading>();
  const readingOf = (emergency: boolean, crisis: boolean, ruleConcepts: readonly string[], asException: boolean): Reading => {
    const key = `${emergency}:${crisis}:${asException}:${ruleConcepts.join(',')}`;
    let reading = readings.get(key);
    if (!reading) readings.set(key, (reading = { number: readings.size, emergency, crisis, ruleConcepts, asException }));
    return reading;
  };
  const exceptionReading = readingOf(false, true, [], true);
  // normal_when's reading: as said, like an exception, but not one (asException false), so isAffirmed closes
  // nothing of it as over.
  const normalReading = readingOf(false, true, [], false);
  const compiled: CompiledRule[] = file.rules.map((rule) => {
    const signs = rule.signs.map((sign) => compileSign(parseSign(sign)));
    const concepts = [...new Set(signs.flatMap((sign) => sign.concepts))];
    const emergency = rule.level === 'emergency';
    const reading = readingOf(emergency, isCrisisMessage(rule.message), emergency ? concepts : [], false);
    const normalWhen = rule.normal_when && new Map(Object.entries(rule.normal_when).map(([name, entries]) => [name, entries.map(compileNormalEntry)]));
    return { rule, signs, window: rule.window ?? file.window, concepts, reading, normalWhen };
  });
  // By concept and by quantity kind, the signs that need it: a message counts what each sign has of its needs
  // from the few concepts it holds, instead of looking up every part of 160 signs (see possibleSigns).
  const allSigns = compiled.flatMap(({ signs }) => signs);
  const signsByConcept = new Map<string, number[]>();
  const signsByQuantity = new Map<QuantityKind, number[]>();
  allSigns.forEach((sign, number) => {
    sign.number = number;
    for (const name of new Set(sign.concepts)) listIn(signsByConcept, name).push(number);
    for (const kind of new Set(sign.quantities)) listIn(signsByQuantity, kind).push(number);
  });
  const signConcepts = [...new Set(compiled.flatMap(({ signs }) => signs.flatMap(({ parts }) => (parts.length === 1 && parts[0].kind === 'concept' ? [parts[0].name] : []))))];
  const partConcepts = [...new Set(compiled.flatMap(({ signs }) => signs.flatMap(({ parts }) => parts.flatMap((part) => (part.kind === 'concept' ? [part.name] : [])))))];
  return { compiled, exceptionReading, normalReading, allSigns, signsByConcept, signsByQuantity, signConcepts, partConcepts };
}

function listIn<Key>(map: Map<Key, number[]>, key: Key): number[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}
