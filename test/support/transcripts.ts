import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Engine } from '../../src/engine/create-engine';
import type { ConversationState, Reply, Route, Trace } from '../../src/engine/turn-types';

const routes = ['answer', 'dialog', 'clarify', 'refer', 'smalltalk', 'red_flag'] as const satisfies readonly Route[];

const stepSchema = z
  .object({
    user: z.string(),
    route: z.enum(routes),
    /** An intent id, null for "no intent", or "offer N": the intent of the N-th option of the step before. */
    intent: z.string().nullable().optional(),
    /** Intents a clarification must offer, in any order. */
    offers: z.array(z.string()).optional(),
    /** The answer id sent (e.g. a dialog's branch answer), or null for none. */
    answer: z.string().nullable().optional(),
    /** The dialog open after this step (null: none), and the slot whose question is open. */
    dialog: z.string().nullable().optional(),
    asks: z.string().optional(),
    /** Facts known after this step; only the ones named are compared, unless `exact_facts`. */
    facts: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])).optional(),
    exact_facts: z.boolean().optional(),
    /** The safety rule that escalated. */
    red_flag: z.string().optional(),
    /** Indexes of the answer's notes added, e.g. [0] for the caesarean note of milk.late.delayed. */
    notes: z.array(z.number()).optional(),
    /** The variant of the answer chosen, or null for its base text. */
    variant: z.number().nullable().optional(),
    /** The button texts the bot offers after this step, in order. */
    buttons: z.array(z.string()).optional(),
    feedback: z.enum(['helpful', 'not_helpful']).optional(),
  })
  .strict();

const conversationFileSchema = z
  .object({
    version: z.literal(1),
    conversations: z.array(z.object({ name: z.string(), steps: z.array(stepSchema).min(1) }).strict()).min(1),
  })
  .strict();

export type Step = z.infer<typeof stepSchema>;
export type Conversation = z.infer<typeof conversationFileSchema>['conversations'][number];

export const transcriptFolder = join(__dirname, '..', 'conversations');

/** Every test/conversations/*.yaml file with its conversations. */
export function readTranscripts(): { file: string; conversations: Conversation[] }[] {
  return readdirSync(transcriptFolder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((file) => ({ file, conversations: conversationFileSchema.parse(parse(readFileSync(join(transcriptFolder, file), 'utf8'))).conversations }));
}

/** Transcripts are dated Wednesday 15 May 2024, so "born on monday" does not depend on when tests run. */
export const transcriptTimestamp = '2024-05-15T12:00:00.000Z';

/** Checks what the bot did on one step against what the transcript says it must do. */
export function checkStep(engine: Engine, step: Step, where: string, previous: ConversationState, turn: { trace: Trace; replies: Reply[]; state: ConversationState }): void {
  const { trace, replies, state: next } = turn;
  const intent = expectedIntent(step, previous);
  expect({ where, route: trace.route }).toEqual({ where, route: step.route });
  if (intent !== undefined) expect({ where, intent: trace.intent }).toEqual({ where, intent });
  if (intent) expect(engine.knowledgeBase.intentById.has(intent)).toBe(true);
  if (step.offers) {
    const offered = next.offeredChoices.map((choice) => choice.intentId);
    expect({ where, offered }).toEqual({ where, offered: expect.arrayContaining(step.offers) });
  }
  if (step.answer !== undefined) expect({ where, answer: trace.answerId }).toEqual({ where, answer: step.answer });
  if (step.answer) expect(engine.knowledgeBase.answerById.has(step.answer)).toBe(true);
  if (step.dialog !== undefined) expect({ where, dialog: next.dialog?.id ?? null }).toEqual({ where, dialog: step.dialog });
  if (step.asks !== undefined) expect({ where, asks: next.dialog?.asking }).toEqual({ where, asks: step.asks });
  if (step.facts !== undefined) {
    const facts = step.exact_facts ? step.facts : expect.objectContaining(step.facts);
    expect({ where, facts: next.facts }).toEqual({ where, facts });
  }
  if (step.red_flag !== undefined) expect({ where, redFlag: trace.redFlag?.ruleId }).toEqual({ where, redFlag: step.red_flag });
  if (step.notes !== undefined) expect({ where, notes: trace.personalised?.notes }).toEqual({ where, notes: step.notes });
  if (step.variant !== undefined) expect({ where, variant: trace.personalised?.variant }).toEqual({ where, variant: step.variant });
  if (step.buttons !== undefined) {
    const last = replies.filter((reply) => reply.kind === 'choices').pop();
    expect({ where, buttons: last?.kind === 'choices' ? last.choices.map((choice) => choice.label) : [] }).toEqual({ where, buttons: step.buttons });
  }
  if (step.feedback !== undefined) expect({ where, feedback: trace.feedback }).toEqual({ where, feedback: step.feedback });
  if (step.route === 'clarify') {
    const knowledgeOffers = next.offeredChoices.filter((choice) => choice.intentId !== null);
    expect(knowledgeOffers.length).toBeGreaterThanOrEqual(1);
    expect(knowledgeOffers.length).toBeLessThanOrEqual(3);
    for (const choice of knowledgeOffers) expect(engine.knowledgeBase.intentById.get(choice.intentId ?? '')?.kind).toBe('knowledge');
    // The last option is always "none of these".
    expect(next.offeredChoices[next.offeredChoices.length - 1].intentId).toBeNull();
  }
}

function expectedIntent(step: Step, previous: ConversationState): string | null | undefined {
  const offer = typeof step.intent === 'string' ? /^offer (\d+)$/.exec(step.intent) : null;
  if (!offer) return step.intent;
  const choice = previous.offeredChoices[Number(offer[1]) - 1];
  if (!choice) throw new Error(`"${step.intent}": the step before offered ${previous.offeredChoices.length} options`);
  return choice.intentId;
}
