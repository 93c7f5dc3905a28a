import type { Facts } from '../nlu/extract-facts';
import type { ChatRequest } from './chat-model';
import type { PersonalisationFile } from './personalisation-schema';

export interface PersonalisationData {
  curatedAnswer: string;
  knownFacts: Facts;
  question: string;
}

/**
 * The prompt from content/prompts/, with the curated answer, the facts and the person's question passed
 * as one JSON object: JSON's quoting means nothing the person types can close the data and start an
 * instruction of its own.
 */
export function personalisationRequest(prompt: PersonalisationFile, data: PersonalisationData): ChatRequest {
  const json = JSON.stringify({ curated_answer: data.curatedAnswer, known_facts: data.knownFacts, question: data.question }, null, 2);
  return {
    messages: [
      { role: 'system', content: prompt.system },
      // split/join rather than replace: a "$&" in the question must stay text.
      { role: 'user', content: prompt.user.split('{data}').join(json) },
    ],
    temperature: prompt.temperature,
    maximumOutputTokens: prompt.maximum_output_tokens,
  };
}
