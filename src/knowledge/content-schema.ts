import { z } from 'zod';
import { factConditionSchema } from './fact-condition';

// Phrasings are written as a block of "- " lines (easy to paste into) or as a YAML list.
const phrasingsSchema = z.union([z.string(), z.array(z.string().min(1))], {
  error: 'must be a block of "- phrasing" lines (examples: |) or a list of strings',
});

export const intentIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/, { error: 'must look like "topic.name" (lowercase letters, digits, "_")' });

export const intentSchema = z
  .object({
    id: intentIdSchema,
    title: z.string().min(1),
    examples: phrasingsSchema,
    tests: phrasingsSchema.optional(),
    answer: z.string().min(1),
    dialog: z.string().min(1).optional(),
    /** Whose illness the intent is about: a message that names nobody at all is asked which (who-is-ill.ts). */
    illness_of: z.enum(['baby', 'mother']).optional(),
  })
  .strict();

export const sourceSchema = z.union(
  [
    z.object({ seed: z.string().regex(/^paragraphs? \d+([-–, ]+\d+)*$/) }).strict(),
    z.object({ ref: z.string().min(3) }).strict(),
    // The only kind a parent sees: a plain name and a public page they can open.
    // `locale`: shown only to readers in that locale (a UK helpline means nothing in the US).
    z.object({ url: z.url({ protocol: /^https$/ }), name: z.string().min(2).optional(), locale: z.string().optional() }).strict(),
  ],
  { error: 'must be { seed: "paragraph N" }, { ref: "Author year, journal" } or { name: "NHS: …", url: "https://…" }' },
);

/** A calendar date, 2026-12-04; YAML may read an unquoted one as a date, so both are accepted. */
const dateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written as 2026-12-04' }),
);

export const answerSchema = z
  .object({
    short: z.string().min(1),
    text: z.string().min(1),
    /** Other wordings chosen by what is known about the person; the most specific match wins. */
    variants: z
      .array(z.object({ when: factConditionSchema, short: z.string().min(1).optional(), text: z.string().min(1) }).strict())
      .default([]),
    /** Sentences added to whichever text is chosen when their condition holds (e.g. after a caesarean). */
    notes: z.array(z.object({ when: factConditionSchema, text: z.string().min(1) }).strict()).default([]),
    follow_ups: z.array(z.string()).default([]),
    sources: z.array(sourceSchema).default([]),
    /**
     * Who signed the answer off and until when. A reviewed or approved answer names its reviewer, the
     * date of the review and the date it is due again; `latch kb check` lists draft and overdue answers.
     */
    review: z
      .object({
        status: z.enum(['draft', 'reviewed', 'approved']),
        reviewer: z.string().min(1).optional(),
        reviewed_on: dateSchema.optional(),
        review_due: dateSchema.optional(),
        note: z.string().optional(),
      })
      .strict()
      .refine((review) => review.status === 'draft' || (review.reviewer && review.reviewed_on && review.review_due), {
        error: 'a reviewed or approved answer needs reviewer, reviewed_on and review_due (dates as 2026-12-04)',
      })
      .refine((review) => !review.reviewed_on || !review.review_due || review.review_due > review.reviewed_on, {
        error: 'review_due must come after reviewed_on',
      })
      .optional(),
  })
  .strict();

export const topicKinds = ['knowledge', 'referral', 'smalltalk'] as const;

/**
 * More training phrasings for intents defined in topic files, kept apart because a tool writes them
 * (`latch kb import-questions` from the corpus of real questions) while people edit the topic files.
 */
export const examplesFileSchema = z
  .object({
    version: z.literal(1),
    source: z.string().optional(),
    examples_for: z.record(intentIdSchema, phrasingsSchema),
  })
  .strict();

export type ExamplesFile = z.infer<typeof examplesFileSchema>;

export const topicFileSchema = z
  .object({
    version: z.literal(1),
    topic: z.string().regex(/^[a-z][a-z0-9_]*$/),
    kind: z.enum(topicKinds).default('knowledge'),
    intents: z.array(intentSchema).min(1),
    answers: z.record(z.string(), answerSchema),
  })
  .strict();

const commandWordsSchema = z.array(z.string().min(1)).min(1);

export const systemFileSchema = z
  .object({
    version: z.literal(1),
    messages: z
      .object({
        welcome: z.string().min(1),
        disclaimer: z.string().min(1),
        clarify: z.string().min(1),
        clarify_none: z.string().min(1),
        fallback: z.string().min(1),
        fallback_after_clarify: z.string().min(1),
        /** Added after greeting, help, off-topic and referral replies: what to do when worried about health. */
        worried: z.string().min(1),
        follow_ups: z.string().min(1),
        empty: z.string().min(1),
        too_long: z.string().min(1),
        error: z.string().min(1),
        sources: z.string().min(1),
        more: z.string().min(1),
        call_number: z.string().includes('{number}', { error: 'must contain {number}, where the phone number goes' }),
        web_page_title: z.string().min(1),
        web_chat_label: z.string().min(1),
        web_input_placeholder: z.string().min(1),
        web_connecting: z.string().min(1),
        web_unavailable: z.string().min(1),
        web_noscript: z.string().min(1),
        resume_offer: z.string().min(1),
        resume_yes: z.string().min(1),
        resume_no: z.string().min(1),
        resume_declined: z.string().min(1),
        start_over: z.string().min(1),
        forgotten: z.string().min(1),
        feedback_question: z.string().min(1),
        feedback_yes: z.string().min(1),
        feedback_no: z.string().min(1),
        feedback_thanks: z.string().min(1),
        feedback_sorry: z.string().min(1),
        tab_intro: z.string().min(1),
        tab_topics: z.string().min(1),
        tab_contacts: z.string().min(1),
        tab_emergency: z.string().min(1),
        tab_urgent: z.string().min(1),
        tab_crisis: z.string().min(1),
        tab_clinic: z.string().min(1),
        tab_ask: z.string().min(1),
        tab_not_registered: z.string().min(1),
        tab_open_web_chat: z.string().min(1),
      })
      .strict(),
    commands: z
      .object({
        cancel: commandWordsSchema,
        start_over: commandWordsSchema,
        forget: commandWordsSchema,
        yes: commandWordsSchema,
        no: commandWordsSchema,
      })
      .strict(),
  })
  .strict();

export type TopicFile = z.infer<typeof topicFileSchema>;
export type SystemFile = z.infer<typeof systemFileSchema>;
export type SystemMessages = SystemFile['messages'];
export type CommandWords = SystemFile['commands'];
export type AnswerSource = z.infer<typeof sourceSchema>;
export type AnswerReview = NonNullable<z.infer<typeof answerSchema>['review']>;
export type TopicKind = (typeof topicKinds)[number];
