import { loadConfig } from '../../src/config';
import type { Answer, KnowledgeBase } from '../../src/knowledge/knowledge-base';
import { loadPersonalisation } from '../../src/llm/load-personalisation';
import type { PersonalisationFile } from '../../src/llm/personalisation-schema';
import { createOutputGates, type OutputGates } from '../../src/safety/output-gates';
import { SignRecogniser } from '../../src/safety/sign-recogniser';
import { createTriage } from '../../src/safety/triage';
import { sharedContent } from './shared-engine';

interface Parts {
  knowledgeBase: KnowledgeBase;
  personalisation: PersonalisationFile;
  gates: OutputGates;
}

let parts: Parts | undefined;

/** The real content's prompt, gates and answers, without training a classifier. */
export function modelEngineParts(): Parts {
  if (parts) return parts;
  const config = loadConfig({});
  const personalisation = loadPersonalisation(config.contentDirectory, config.projectRoot);
  const { knowledgeBase, safetyRules, safetyMatcher } = sharedContent();
  // createTriage's own recogniser, over the concepts the content compiled (ConceptMatcher.compile of the same
  // file.concepts) rather than compiling them again: some 0.5 s of CPU in each of five test files.
  const triage = createTriage(safetyRules, new SignRecogniser(safetyMatcher, new Set()));
  return (parts = {
    knowledgeBase,
    personalisation,
    gates: createOutputGates(personalisation.gates, triage),
  });
}

export function curatedAnswer(answerId: string): Answer {
  const answer = modelEngineParts().knowledgeBase.answerById.get(answerId);
  if (!answer) throw new Error(`no answer ${answerId}`);
  return answer;
}
