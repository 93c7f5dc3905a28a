export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatRequest {
  messages: ChatMessage[];
  temperature: number;
  /** A cap on the reply's length, so a rambling model can't hold a turn hostage. */
  maximumOutputTokens: number;
}

/** Why the model stopped, mapped to latch's own small union; the vendor's value is kept beside it. */
export type FinishReason = 'stop' | 'length' | 'content_filter' | 'other';

export interface ChatCompletion {
  text: string;
  finishReason: FinishReason;
  rawFinishReason: string | null;
}

/**
 * A language model as latch sees it: messages in, text out. The engine depends on this interface only;
 * `OpenAICompatibleChatModel` is the one implementation that talks HTTP.
 */
export interface ChatModel {
  /** The model's name as configured, for the trace. */
  readonly name: string;
  /** Rejects with ChatModelError; aborting `signal` ends the call at once. */
  complete(request: ChatRequest, signal: AbortSignal): Promise<ChatCompletion>;
}
