import { setTimeout as sleep } from 'node:timers/promises';
import type { ChatCompletion, ChatModel, ChatRequest } from './chat-model';
import { chatCompletionSchema, errorBodySchema } from './chat-completion-schema';
import { zodIssueText } from '../knowledge/zod-issue-text';
import { ChatModelError } from './chat-model-error';
import { mapFinishReason } from './finish-reason';
import { retryAfterMs } from './retry-after';

export type ModelApi = 'openai' | 'azure';

export interface OpenAICompatibleOptions {
  /**
   * OpenAI `https://api.openai.com/v1`; Ollama `http://localhost:11434/v1`; vLLM, llama.cpp server and
   * LM Studio their `…/v1`; Azure OpenAI the resource endpoint `https://NAME.openai.azure.com`.
   */
  baseUrl: string;
  /** The model name, or for Azure OpenAI the deployment name. */
  model: string;
  apiKey?: string;
  /** `azure` puts the deployment in the path, adds `api-version` and sends the key as `api-key`. */
  api?: ModelApi;
  azureApiVersion?: string;
  /** The deadline of the whole call, retries and waits included. */
  timeoutMs: number;
  /** Tries for a retryable failure, as long as the next try can start before the deadline. */
  maximumAttempts?: number;
  /** Wait before a retry when the server did not say how long. */
  retryDelayMs?: number;
}

const defaultAzureApiVersion = '2024-10-21';
const keptBodyLength = 2000;

/** The one piece of latch that talks to a model server, over the OpenAI chat-completions protocol. */
export class OpenAICompatibleChatModel implements ChatModel {
  readonly name: string;
  readonly url: string;
  private readonly headers: Record<string, string>;

  constructor(private readonly options: OpenAICompatibleOptions) {
    this.name = options.model;
    const base = options.baseUrl.replace(/\/+$/, '');
    const azure = options.api === 'azure';
    this.url = azure
      ? `${base}/openai/deployments/${encodeURIComponent(options.model)}/chat/completions?api-version=${encodeURIComponent(options.azureApiVersion ?? defaultAzureApiVersion)}`
      : `${base}/chat/completions`;
    this.headers = { 'content-type': 'application/json', accept: 'application/json' };
    if (options.apiKey) {
      if (azure) this.headers['api-key'] = options.apiKey;
      else this.headers.authorization = `Bearer ${options.apiKey}`;
    }
  }

  async complete(request: ChatRequest, signal: AbortSignal): Promise<ChatCompletion> {
    const deadline = Date.now() + this.options.timeoutMs;
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    const combined = AbortSignal.any([signal, timeout]);
    const maximumAttempts = this.options.maximumAttempts ?? 2;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(request, combined);
      } catch (caught) {
        const error = classify(caught, timeout, signal);
        if (!error.isRetryable || attempt >= maximumAttempts) throw error;
        const wait = error.retryAfterMs ?? this.options.retryDelayMs ?? 250;
        // A Retry-After beyond the deadline can't be honoured; failing now lets the curated answer go at once.
        if (Date.now() + wait >= deadline) throw error;
        try {
          await sleep(wait, undefined, { signal: combined });
        } catch {
          throw classify(combined.reason, timeout, signal);
        }
      }
    }
  }

  private async attempt(request: ChatRequest, signal: AbortSignal): Promise<ChatCompletion> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: this.headers,
      body: JSON.stringify({
        model: this.options.model,
        messages: request.messages,
        temperature: request.temperature,
        max_tokens: request.maximumOutputTokens,
        stream: false,
      }),
      signal,
    });
    const body = await response.text();
    if (!response.ok) throw httpError(response, body);

    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (cause) {
      throw new ChatModelError({ failure: 'malformed', message: `model server sent invalid JSON (status ${response.status})`, status: response.status, body: body.slice(0, keptBodyLength), isRetryable: false, cause });
    }
    const parsed = chatCompletionSchema.safeParse(json);
    if (!parsed.success) {
      throw new ChatModelError({ failure: 'malformed', message: `model server sent an unexpected response: ${parsed.error.issues[0] ? zodIssueText(parsed.error.issues[0], 'response') : 'unknown shape'}`, status: response.status, body: body.slice(0, keptBodyLength), isRetryable: false });
    }
    const choice = parsed.data.choices[0];
    if (!choice) throw new ChatModelError({ failure: 'empty', message: 'model server sent no choices', status: response.status, body: body.slice(0, keptBodyLength), isRetryable: false });
    const rawFinishReason = choice.finish_reason ?? null;
    const finishReason = mapFinishReason(rawFinishReason);
    if (finishReason === 'content_filter') {
      throw new ChatModelError({ failure: 'content_filter', message: 'the model server filtered the reply', status: response.status, body: body.slice(0, keptBodyLength), isRetryable: false });
    }
    const text = choice.message?.content?.trim() ?? '';
    if (text === '') throw new ChatModelError({ failure: 'empty', message: 'model server sent an empty reply', status: response.status, body: body.slice(0, keptBodyLength), isRetryable: false });
    return { text, finishReason, rawFinishReason };
  }
}

function httpError(response: Response, body: string): ChatModelError {
  const parsed = errorBodySchema.safeParse(safeJson(body));
  const detail = parsed.success ? (typeof parsed.data.error === 'string' ? parsed.data.error : parsed.data.error.message ?? '') : '';
  const code = parsed.success && typeof parsed.data.error === 'object' ? parsed.data.error.code : undefined;
  // Azure OpenAI refuses a prompt its filter flags with 400 and code "content_filter": the same outcome as a filtered reply.
  const filtered = code === 'content_filter';
  return new ChatModelError({
    failure: filtered ? 'content_filter' : 'http',
    message: `model server answered ${response.status}${detail ? `: ${detail}` : ''}`,
    status: response.status,
    body: body.slice(0, keptBodyLength),
    isRetryable: filtered ? false : undefined,
    retryAfterMs: retryAfterMs(response.headers),
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** fetch rejects with an AbortError/TimeoutError or a TypeError whose cause is the socket's error. */
function classify(caught: unknown, timeout: AbortSignal, callerSignal: AbortSignal): ChatModelError {
  if (caught instanceof ChatModelError) return caught;
  if (timeout.aborted) return new ChatModelError({ failure: 'timeout', message: 'model call timed out', isRetryable: false, cause: caught });
  if (callerSignal.aborted) return new ChatModelError({ failure: 'aborted', message: 'model call was cancelled', isRetryable: false, cause: caught });
  const cause = (caught as { cause?: { code?: string; message?: string } }).cause;
  const reason = cause?.code ?? cause?.message ?? (caught instanceof Error ? caught.message : String(caught));
  return new ChatModelError({ failure: 'network', message: `model server unreachable (${reason})`, isRetryable: true, cause: caught });
}
