import type { Element } from './concept-phrase';

/**
 * The concepts' names, each after those its phrases refer to and those it excludes, so a concept is matched
 * once they are found; throws an Error whose message is the name of a concept on a cycle.
 */
export function dependencyOrder(phrases: ReadonlyMap<string, Element[][]>, exclusions: ReadonlyMap<string, string[]>): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string) => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') throw new Error(name);
    state.set(name, 'visiting');
    for (const phrase of phrases.get(name) ?? []) for (const element of phrase) if (element.kind === 'concept') visit(element.name);
    for (const other of exclusions.get(name) ?? []) visit(other);
    state.set(name, 'done');
    order.push(name);
  };
  for (const name of phrases.keys()) visit(name);
  return order;
}
