import type { FinishReason } from './chat-model';

/** Vendors spell the same outcomes differently (Ollama and llama.cpp say "stop", some servers "eos"). */
export function mapFinishReason(raw: string | null | undefined): FinishReason {
  switch (raw) {
    case 'stop':
    case 'eos':
    case 'end_turn':
      return 'stop';
    case 'length':
    case 'max_tokens':
      return 'length';
    case 'content_filter':
      return 'content_filter';
    default:
      return 'other';
  }
}
