import type { ChatCompletion, ChatModel, ChatRequest } from '../../src/llm/chat-model';

export interface PersonalisationData {
  curated_answer: string;
  known_facts: Record<string, unknown>;
  question: string;
}

/** The data object the personalisation prompt carries in its user message. */
export function dataOf(request: ChatRequest): PersonalisationData {
  const user = request.messages.find((message) => message.role === 'user')?.content ?? '';
  return JSON.parse(user.slice(user.indexOf('{'))) as PersonalisationData;
}

/** A ChatModel that records each call and answers with `wording(data, request, signal)`. */
export class RecordingModel implements ChatModel {
  readonly name = 'recording-model';
  readonly calls: { request: ChatRequest; signal: AbortSignal }[] = [];

  constructor(private readonly wording: (data: PersonalisationData, request: ChatRequest, signal: AbortSignal) => string | ChatCompletion | Promise<string | ChatCompletion>) {}

  async complete(request: ChatRequest, signal: AbortSignal): Promise<ChatCompletion> {
    this.calls.push({ request, signal });
    const result = await this.wording(dataOf(request), request, signal);
    return typeof result === 'string' ? { text: result, finishReason: 'stop', rawFinishReason: 'stop' } : result;
  }
}
