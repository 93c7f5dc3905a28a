import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { buildEngine } from '../../src/build-engine';
import { loadConfig } from '../../src/config';
import type { Engine } from '../../src/engine/create-engine';
import { initialConversationState, type ConversationState, type Route } from '../../src/engine/turn-types';

const routes = ['answer', 'dialog', 'clarify', 'refer', 'smalltalk', 'red_flag'] as const satisfies readonly Route[];

const stepSchema = z
  .object({
    user: z.string(),
    route: z.enum(routes),
    /** An intent id, null for "no intent", or "offer N": the intent of the N-th option of the step before. */
    intent: z.string().nullable().optional(),
    /** Intents a clarification must offer, in any order. */
    offers: z.array(z.string()).optional(),
  })
  .strict();

const conversationFileSchema = z
  .object({
    version: z.literal(1),
    conversations: z.array(z.object({ name: z.string(), steps: z.array(stepSchema).min(1) }).strict()).min(1),
  })
  .strict();

type Step = z.infer<typeof stepSchema>;

const folder = __dirname;
const files = readdirSync(folder).filter((name) => name.endsWith('.yaml')).sort();

// A fixed date, so facts such as "born on monday" do not depend on when the tests run.
const timestamp = '2024-05-15T12:00:00.000Z';

let engine: Engine;
beforeAll(() => {
  engine = buildEngine(loadConfig({}));
});

function expectedIntent(step: Step, previous: ConversationState): string | null | undefined {
  const offer = typeof step.intent === 'string' ? /^offer (\d+)$/.exec(step.intent) : null;
  if (!offer) return step.intent;
  const choice = previous.offeredChoices[Number(offer[1]) - 1];
  if (!choice) throw new Error(`"${step.intent}": the step before offered ${previous.offeredChoices.length} options`);
  return choice.intentId;
}

it('finds conversation files', () => {
  expect(files.length).toBeGreaterThan(0);
});

describe.each(files)('%s', (file) => {
  const conversations = conversationFileSchema.parse(parse(readFileSync(join(folder, file), 'utf8'))).conversations;

  it.each(conversations.map((conversation) => [conversation.name, conversation] as const))('%s', (_name, conversation) => {
    let state = initialConversationState();
    conversation.steps.forEach((step, index) => {
      const where = `step ${index + 1} ("${step.user}")`;
      const intent = expectedIntent(step, state);
      const { trace, state: next } = engine.respond({ text: step.user, timestamp }, state);

      expect({ where, route: trace.route }).toEqual({ where, route: step.route });
      if (intent !== undefined) expect({ where, intent: trace.intent }).toEqual({ where, intent });
      if (intent) expect(engine.knowledgeBase.intentById.has(intent)).toBe(true);
      if (step.offers) {
        const offered = next.offeredChoices.map((choice) => choice.intentId);
        expect({ where, offered }).toEqual({ where, offered: expect.arrayContaining(step.offers) });
      }
      if (step.route === 'clarify') {
        const knowledgeOffers = next.offeredChoices.filter((choice) => choice.intentId !== null);
        expect(knowledgeOffers.length).toBeGreaterThanOrEqual(1);
        expect(knowledgeOffers.length).toBeLessThanOrEqual(3);
        for (const choice of knowledgeOffers) expect(engine.knowledgeBase.intentById.get(choice.intentId ?? '')?.kind).toBe('knowledge');
        // The last option is always "none of these".
        expect(next.offeredChoices[next.offeredChoices.length - 1].intentId).toBeNull();
      }
      state = next;
    });
  });
});
