import type { QuantityKind } from './read-quantities';
import type { Recognition } from './sign-recogniser';

// A rule's sign as content/safety.yaml writes it ("fever_stated + age_days<90", "wet_nappies<chart") and as
// triage reads it: concept parts and quantity parts compared with a number or the nappy chart's minimum.

export type Part =
  | { kind: 'concept'; name: string }
  | { kind: 'quantity'; quantity: QuantityKind; comparison: '>=' | '<=' | '<' | '>'; value: number | 'chart' };

/** A sign's parts, with the concepts and quantity kinds it needs: a sign missing any of them is skipped unread. */
export interface CompiledSign {
  parts: Part[];
  concepts: string[];
  quantities: QuantityKind[];
  /** The sign's number among all rules' signs, and how many different concepts and quantity kinds it needs. */
  number: number;
  needs: number;
}

export function compileSign(parts: Part[]): CompiledSign {
  const concepts: string[] = [];
  const quantities: QuantityKind[] = [];
  for (const part of parts) {
    if (part.kind === 'concept') concepts.push(part.name);
    else quantities.push(part.quantity);
  }
  return { parts, concepts, quantities, number: -1, needs: new Set(concepts).size + new Set(quantities).size };
}

/** A sign's text split at "+" into its parts: a concept name, or a quantity kind, a comparison and a number or `chart`. */
export function parseSign(sign: string): Part[] {
  return sign.split('+').map((raw) => {
    const part = raw.trim();
    const comparison = part.match(/^([a-z_]+)(>=|<=|<|>)(.+)$/);
    if (!comparison) return { kind: 'concept', name: part };
    const value = comparison[3] === 'chart' ? 'chart' : Number(comparison[3]);
    return { kind: 'quantity', quantity: comparison[1] as QuantityKind, comparison: comparison[2] as '>=' | '<=' | '<' | '>', value };
  });
}

/** A `normal_when` entry: the parts that must be told beside the sign, and concepts that must be nowhere. */
export interface NormalEntry {
  told: CompiledSign;
  absent: string[];
}

export function compileNormalEntry(entry: string): NormalEntry {
  const parts = entry.split('+').map((part) => part.trim());
  return {
    told: compileSign(parseSign(parts.filter((part) => !part.startsWith('!')).join('+'))),
    absent: parts.filter((part) => part.startsWith('!')).map((part) => part.slice(1)),
  };
}

/** True when every concept and quantity kind a normal_when entry names is in the message (its few entries are
 * read only where a sign already matched, so they need no per-message count like the rules' signs). */
export function allPartsPresent(sign: CompiledSign, recognition: Recognition, quantityKinds: ReadonlySet<QuantityKind>): boolean {
  for (const name of sign.concepts) if (!recognition.concepts.has(name)) return false;
  for (const kind of sign.quantities) if (!quantityKinds.has(kind)) return false;
  return true;
}

/** A quantity told against its limit; no limit (a chart row the day does not give) never matches. */
export function compare(value: number, comparison: '>=' | '<=' | '<' | '>', limit: number | undefined): boolean {
  if (limit === undefined) return false;
  switch (comparison) {
    case '>=':
      return value >= limit;
    case '<=':
      return value <= limit;
    case '<':
      return value < limit;
    case '>':
      return value > limit;
  }
}
