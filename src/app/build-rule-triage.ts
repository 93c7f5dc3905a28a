import { loadEnglishWords } from '../nlu/english-words';
import { SignRecogniser } from '../safety/sign-recogniser';
import { createTriage, type RuleTriage } from '../safety/triage';
import type { Content } from './load-content';

let englishWords: ReadonlySet<string> | undefined;
function cachedEnglishWords(): ReadonlySet<string> {
  return (englishWords ??= loadEnglishWords());
}

/**
 * The rule triage over the content's concepts; real English words are never "corrected" into a sign. The
 * engine passes the compiled model's copy of the words (the analyser's); others read WordNet once here.
 */
export function buildRuleTriage(content: Pick<Content, 'safetyRules' | 'safetyMatcher'>, englishWords: ReadonlySet<string> = cachedEnglishWords()): RuleTriage {
  return createTriage(content.safetyRules, new SignRecogniser(content.safetyMatcher, englishWords));
}
