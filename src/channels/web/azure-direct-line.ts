import { z } from 'zod';

// Only the fields latch passes on; anything Azure adds later is ignored.
const generatedTokenSchema = z.looseObject({ conversationId: z.string(), token: z.string(), expires_in: z.number().optional() });

export class AzureDirectLineError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message);
    this.name = 'AzureDirectLineError';
  }
}

/**
 * Exchanges the Direct Line secret for a token bound to one new conversation and user, so the browser only
 * ever holds the token. The secret stays on the server.
 */
export async function generateAzureDirectLineToken(
  azure: { endpoint: string; secret: string },
  userId: string,
): Promise<{ conversationId: string; token: string; expiresIn?: number }> {
  let response: Response;
  try {
    response = await fetch(`${azure.endpoint}/tokens/generate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${azure.secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: { id: userId } }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new AzureDirectLineError(`Azure Direct Line at ${azure.endpoint} did not answer: ${(error as Error).message}`, undefined);
  }
  if (!response.ok) {
    throw new AzureDirectLineError(`Azure Direct Line refused to generate a token (HTTP ${response.status}); check LATCH_DIRECT_LINE_SECRET`, response.status);
  }
  const parsed = generatedTokenSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new AzureDirectLineError('Azure Direct Line answered without a conversationId and token', response.status);
  return { conversationId: parsed.data.conversationId, token: parsed.data.token, expiresIn: parsed.data.expires_in };
}
