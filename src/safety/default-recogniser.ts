import { ConceptMatcher } from './concept-matcher';
import type { SafetyFile } from './safety-schema';
import { SignRecogniser } from './sign-recogniser';

/** A recogniser over the file's own concepts, with no English words protected from correction. */
export function defaultRecogniser(file: SafetyFile): SignRecogniser {
  const matcher = ConceptMatcher.compile(file.concepts);
  if (Array.isArray(matcher)) throw new Error(`content/safety.yaml concepts: ${matcher.map((problem) => `${problem.concept}: ${problem.message}`).join('; ')}`);
  return new SignRecogniser(matcher, new Set());
}
