import { z } from 'zod';
import { factNames, rangeSchema } from '../knowledge/fact-condition';

/** How a free-text answer to a slot is read (see read-slot-answer.ts). */
export const slotReaders = ['days', 'count', 'yes_no', 'birth_type'] as const;
export type SlotReader = (typeof slotReaders)[number];

/**
 * A button for a span of days ("5 days or more": `{ gte: 5 }`, "1 to 4 weeks": `{ gte: 7, lt: 29 }`), so
 * that latch never stores, or later says, an age the person did not give.
 */
const dayRangeSchema = z.object({ gte: z.number().int().min(0), lt: z.number().int().min(1).optional() }).strict();
const slotValueSchema = z.union([z.number(), z.boolean(), z.string(), dayRangeSchema]);
export type SlotValue = z.infer<typeof slotValueSchema>;

/** A nappy count compared with the chart in content/safety.yaml for the baby's day of life. */
const belowChartSchema = z.object({ below_minimum_for_day: z.enum(['wet_nappies', 'dirty_nappies']) }).strict();

/** `when:` in a dialog: slot ids or fact names, each with a value, a range or a chart comparison. */
const dialogConditionSchema = z.record(z.string().regex(/^[a-z_]+$/), z.union([z.boolean(), z.string(), belowChartSchema, rangeSchema]));
export type DialogCondition = z.infer<typeof dialogConditionSchema>;

const slotSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z_]*$/, { error: 'must be lowercase letters and "_"' }),
    /** The fact this slot fills; when it is already known the question is not asked. */
    fact: z.enum(factNames).optional(),
    read: z.enum(slotReaders),
    question: z.string().min(1),
    /** Buttons; a pressed button (or its exact text) gives its value. */
    choices: z.array(z.object({ label: z.string().min(1), value: slotValueSchema }).strict()).default([]),
    /** Said before the question again when an answer could not be read. */
    help: z.string().min(1),
    /** Ask only when this holds for what is known so far. */
    ask_when: dialogConditionSchema.optional(),
  })
  .strict();

const branchSchema = z
  .object({
    when: dialogConditionSchema.optional(),
    answer: z.string().min(1).optional(),
    /** A safety rule id of content/safety.yaml: the escalation for that rule is sent instead of an answer. */
    red_flag: z.string().min(1).optional(),
    say: z.string().min(1).optional(),
    /** false: what this dialog learnt is not kept for the rest of the conversation. */
    save_facts: z.boolean().default(true),
  })
  .strict()
  .refine((branch) => [branch.answer, branch.red_flag, branch.say].filter((value) => value !== undefined).length === 1, {
    error: 'needs exactly one of `answer`, `red_flag` or `say`',
  });

export const dialogFileSchema = z
  .object({
    version: z.literal(1),
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'must be lowercase letters, digits and "-", like "milk-late"' }),
    /** How the bot names this dialog when it offers to go back to it. */
    title: z.string().min(1),
    trigger: z.string().min(1),
    slots: z.array(slotSchema).min(1),
    /** Tried in order; the first whose `when` holds is taken. The last one should have no `when`. */
    branches: z.array(branchSchema).min(1),
    /** What to say when the person cancels; the answer is shown too when given. */
    on_cancel: z.object({ say: z.string().min(1), answer: z.string().min(1).optional() }).strict(),
    /** After two answers that could not be read, end kindly with what can be said without them. */
    on_give_up: z.object({ say: z.string().min(1), answer: z.string().min(1).optional() }).strict(),
  })
  .strict();

export type DialogFile = z.infer<typeof dialogFileSchema>;
export type DialogDefinition = DialogFile;
export type DialogSlot = DialogFile['slots'][number];
export type DialogBranch = DialogFile['branches'][number];

