import { z } from 'zod';

/**
 * Only the fields latch reads, and loose: OpenAI, Azure OpenAI, Ollama, vLLM, llama.cpp and LM Studio each
 * add their own extras (usage, content_filter_results, system_fingerprint…), and a new one must break nothing.
 */
export const chatCompletionSchema = z.object({
  choices: z.array(
    z.object({
      message: z.object({ content: z.string().nullish() }).nullish(),
      finish_reason: z.string().nullish(),
    }),
  ),
});

/** The error body OpenAI-compatible servers send: `{ "error": { "message", "code" } }`, or a bare string. */
export const errorBodySchema = z.object({
  error: z.union([z.string(), z.object({ message: z.string().nullish(), code: z.union([z.string(), z.number()]).nullish() })]),
});
