import { compilePhrase, type Element } from './concept-phrase';

/** A problem in a concept list, with the concept and phrase, for a content error that names the line. */
export interface ConceptProblem {
  concept: string;
  phrase?: string;
  message: string;
}

/** A concept's phrases as compileConcepts read them (each once), and the concepts it excludes (`!{other}`). */
export interface CompiledConcept {
  phrases: Element[][];
  exclusions: string[];
}

/**
 * Each concept's phrases read into elements, or every problem found (unknown reference, empty phrase); a
 * cycle between concepts shows when the matcher orders them (ConceptMatcher.compile).
 */
export function compileConcepts(concepts: Readonly<Record<string, readonly string[]>>): Map<string, CompiledConcept> | ConceptProblem[] {
  const problems: ConceptProblem[] = [];
  const compiled = new Map<string, CompiledConcept>();
  // Thousands of phrases share their words: each word is read into tokens once (loading was most of the
  // start's garbage, which a server keeps as resident memory).
  const wordTokens = new Map<string, readonly { stem: string; word: string }[]>();
  for (const [name, list] of Object.entries(concepts)) {
    const concept = { phrases: [] as Element[][], exclusions: [] as string[] };
    compiled.set(name, concept);
    for (const phrase of list) {
      if (isExclusion(phrase)) {
        concept.exclusions.push(phrase.slice(2, -1));
        if (!Object.hasOwn(concepts, phrase.slice(2, -1))) problems.push({ concept: name, phrase, message: `excludes ${phrase.slice(1)}, which is not a concept` });
        continue;
      }
      const elements = compilePhrase(phrase, wordTokens);
      concept.phrases.push(elements);
      if (elements.length === 0 || elements.every((element) => element.kind === 'gap')) problems.push({ concept: name, phrase, message: 'has no words' });
      for (const element of elements) {
        if (element.kind === 'concept' && !Object.hasOwn(concepts, element.name)) {
          problems.push({ concept: name, phrase, message: `refers to {${element.name}}, which is not a concept` });
        }
      }
    }
  }
  if (problems.length > 0) return problems;
  return compiled;
}

function isExclusion(entry: string): boolean {
  return /^!\{[a-z_0-9]+\}$/.test(entry.trim());
}
