import { z } from 'zod';
import { quantityKinds } from './read-quantities';

export const safetyLevels = ['emergency', 'urgent_today', 'soon'] as const;
export type SafetyLevel = (typeof safetyLevels)[number];
/** The level messages: one per level, the crisis message, and its two variants (a partner's report, intrusive thoughts). */
export const messageKinds = ['emergency', 'urgent_today', 'soon', 'crisis', 'crisis_partner', 'crisis_intrusive'] as const;
export type MessageKind = (typeof messageKinds)[number];

/** A regular expression written in a content file; one that does not compile is a content problem. */
export const patternSchema = z.string().refine(
  (pattern) => {
    try {
      new RegExp(pattern);
      return true;
    } catch {
      return false;
    }
  },
  { error: 'is not a valid regular expression' },
);

const contactsSchema = z
  .object({
    emergency: z.string(),
    urgent_line: z.string(),
    crisis_line: z.string(),
    clinic_name: z.string().optional(),
    clinic_phone: z.string().optional(),
    clinic_hours: z.string().optional(),
  })
  .strict();
const levelMessageSchema = z.object({ intro: z.string().min(1), action: z.string().min(1) }).strict();

/** One part of a sign: a concept name, or a quantity compared with a number or the nappy chart. */
export const signPartPattern = new RegExp(`^(?:[a-z_0-9]+|(?:${quantityKinds.join('|')})(?:>=|<=|<|>)(?:\\d+(?:\\.\\d+)?|chart))$`);
const signSchema = z
  .string()
  .min(1)
  .refine((sign) => sign.split('+').every((part) => signPartPattern.test(part.trim())), {
    error: 'is not a sign: concept names and quantity comparisons joined by "+", e.g. "floppy" or "no_wee + hours>=8"',
  });

/** A `normal_when` entry: sign parts, and `!concept` for a concept that must be nowhere in the message (un-negated). */
const normalEntrySchema = z
  .string()
  .min(1)
  .refine((entry) => entry.split('+').every((part) => signPartPattern.test(part.trim().replace(/^!/, ''))), {
    error: 'is not a normal_when entry: concept names, quantity comparisons and "!concept" joined by "+", e.g. "seconds<10 + colour_good + !breathing_danger"',
  });

const comparisonSchema = z.object({ lt: z.number().optional(), lte: z.number().optional(), gt: z.number().optional(), gte: z.number().optional() }).strict();

export const ruleSchema = z
  .object({
    id: z.string().regex(/^[a-z]+\.[a-z_]+$/),
    /** The row of RED-FLAGS.md, as the red-flag corpus names it (e.g. baby-unresponsive). */
    row: z.string().regex(/^[a-z]+(-[a-z]+)+$/),
    level: z.enum(safetyLevels),
    message: z.enum(['emergency', 'urgent_today', 'soon', 'crisis', 'crisis_intrusive']).optional(),
    /** Whose sign it must be: the baby's, the mother's, or anyone's (the default). */
    who: z.enum(['baby', 'mother', 'mother_only', 'anyone']).optional(),
    means: z.string().min(1),
    signs: z.array(signSchema).min(1),
    /** How many words may lie between the parts of a sign (the file's `window` otherwise). */
    window: z.number().int().positive().optional(),
    /** The baby's age in days; an age the message does not give never stops a rule. */
    when: z.object({ age_days: comparisonSchema.optional(), age_known: z.boolean().optional() }).strict().optional(),
    /** Concepts that, found in the message un-negated, mean this rule does not apply (e.g. a general question). */
    unless: z.array(z.string()).optional(),
    /**
     * Concepts that rule this rule out only when told of the rule's person in the same sentence as the sign
     * ("my wife slept well and is making sense"), never from elsewhere in the message ("the baby slept well").
     */
    unless_beside: z.array(z.string()).optional(),
    /**
     * By sign concept, what makes that sign a normal variation when the message itself gives it: each entry
     * is concepts and quantity comparisons joined by "+", all told of the rule's person in the sign's
     * sentence or the next ("pauses … 5 seconds … stays pink"); a quantity only counts when every one of its
     * kind in the message is in range, and no `!concept` of the entry anywhere in the message, un-negated.
     * Other places of the sign, and the rule's other signs, still count.
     */
    normal_when: z.record(z.string(), z.array(normalEntrySchema).min(1)).optional(),
    /**
     * normal_when's concepts count in the sentence just before the sign's too, for a sign that is often the
     * second half of a question ("can you breastfeed with really big breasts? worried I'll smother him").
     */
    normal_told_before: z.boolean().optional(),
    /**
     * Sign concepts that are a history by nature, read as said: a risk for late milk is past when told
     * ("a breast reduction years ago", "a big bleed at the birth") and still a risk now, so neither "years ago"
     * nor a past verb closes it. Negation still does.
     */
    history: z.array(z.string()).optional(),
    /**
     * Sign concepts that count only when told, not when named in the if-clause of a question with no age given
     * ("what if my milk doesn't come in and the nappies are light?": a case asked about).
     */
    asked_in_if: z.array(z.string()).optional(),
    sources: z.array(z.string()).min(1),
  })
  .strict();

const chartSchema = z
  .object({
    wet_nappies: z.object({ minimum_by_day: z.record(z.string(), z.number()) }).strict(),
    dirty_nappies: z.object({ minimum_by_day: z.record(z.string(), z.number()), until_day: z.number() }).strict(),
  })
  .strict();

const checkLineSchema = z.object({ message: z.enum(messageKinds), if: z.string().min(1) }).strict();

export const safetyFileSchema = z
  .object({
    version: z.literal(1),
    contacts: z.record(z.string(), contactsSchema),
    levels: z.object(Object.fromEntries(messageKinds.map((kind) => [kind, levelMessageSchema])) as Record<MessageKind, typeof levelMessageSchema>).strict(),
    /** Added to urgent_today and soon messages when the clinic's phone is set. */
    clinic: z.string().min(1),
    window: z.number().int().positive(),
    concepts: z.record(z.string().regex(/^[a-z_0-9]+$/), z.array(z.string().min(1)).min(1)),
    nappy_chart: chartSchema,
    rules: z.array(ruleSchema).min(1),
    /** The learned second net's reply: each row's escalation worded conditionally. */
    safety_check: z
      .object({
        intro: z.string().min(1),
        outro: z.string().min(1),
        /** Opens the reply to a general question about a sign: information and when to get help, no escalation. */
        question_intro: z.string().min(1),
        actions: z.object(Object.fromEntries(messageKinds.map((kind) => [kind, z.string().min(1)])) as Record<MessageKind, z.ZodString>).strict(),
        /** Probability of "no red flag" below which the net sends a safety check. */
        threshold: z.number().min(0).max(1),
        /** The stricter threshold for rows whose check is only "soon": missing one costs least, a false alarm as much. */
        soon_threshold: z.number().min(0).max(1),
        /** Rows with a threshold of their own (crisis rows lean to recall: when in doubt, the crisis line). */
        row_thresholds: z.record(z.string(), z.number().min(0).max(1)).optional(),
        /** Where a rule found the row's sign and ruled it out, the net still sends its check below this surer threshold (0: never). */
        overrule_threshold: z.number().min(0).max(1).optional(),
        /**
         * Rows also judged sentence by sentence, below a surer threshold: a crisis said in one sentence of a
         * long feeding question is not diluted by the rest of it.
         */
        /**
         * When the likeliest row is one the rules or a dialog decide, a row the net gives at least this
         * probability is checked in its place (1: never).
         */
        alternative_share: z.number().min(0).max(1).optional(),
        /**
         * A check of one of these rows (low mood) gives the crisis line when the net holds the crisis row at least
         * this likely: when in doubt about a crisis, the crisis line.
         */
        crisis_lean: z
          .object({ rows: z.array(z.string()).min(1), share: z.number().min(0).max(1) })
          .strict()
          .optional(),
        /**
         * Below this probability of "no red flag" the net's check speaks even on a row a number or a dialog
         * decides (`numbers_decide`, `left_to_dialogs`), but only where the rules judged no number of the row (none
         * told, or the baby's told without the age they read it by): never over a number they judged (0: never).
         */
        sure_over_numbers: z.number().min(0).max(1).optional(),
        /**
         * The crisis line where the net holds the crisis row at least `share` likely and "no red flag" below
         * `none_below`, when its check would otherwise be none or only "see someone soon": a crisis it reads as
         * possible though not as likeliest (issue 11: when in doubt about a crisis, the crisis line).
         */
        crisis_doubt: z
          .object({ share: z.number().min(0).max(1), none_below: z.number().min(0).max(1) })
          .strict()
          .optional(),
        /**
         * When a rule fires below emergency, the net is asked too: a row whose every line is an emergency (not a
         * crisis row) that it holds at least `share` likely raises the message to that row's emergency check, the
         * rule's own advice kept after it (issue 11: emergencies the rules gave "urgent today"). Never lowers a level.
         */
        raise: z.object({ share: z.number().min(0).max(1) }).strict().optional(),
        /**
         * When a flag other than a crisis line is found, the net is asked too: where it holds the crisis row at
         * least `share` likely, the reply keeps the flag's own advice and adds the crisis row's conditional lines
         * after it, at the emergency level (issue 11: a crisis told in words a baby's rule reads first).
         */
        crisis_beside: z.object({ share: z.number().min(0).max(1) }).strict().optional(),
        /**
         * A rule's flag that the near-miss model (src/safety/near-miss-gate.ts), learnt from the corpus's flagged red
         * flags and near misses, holds at least `at_least` likely to be a near miss gets the sign's meaning and when to
         * get help instead of the escalation. Never a crisis line, a crisis row or a row a number decides.
         * `by_level` sets another bar for the rules of one level (each chosen on the corpus, one file left out at a time).
         * `corpus`: red-flag files (paths from this file) the model learns beside `corpus` below, which the net does
         * not: a file written for the near misses the rules flag can teach the model without moving the net's verdicts.
         */
        near_miss: z
          .object({
            at_least: z.number().min(0.5).max(1),
            by_level: z.partialRecord(z.enum(safetyLevels), z.number().min(0.5).max(1)).optional(),
            corpus: z.array(z.string().min(1)).optional(),
          })
          .strict()
          .optional(),
        /**
         * What a row's check needs told before it is sent (a mastitis check needs the breast): one of `signs`
         * (concepts of the row's own sign), or one of `parts` (concepts naming the row's body part) with none of
         * `explained_by` (concepts of another illness whose words hold the part: 'chest' of 'chest infection'). Else the row is
         * decided against, as where a rule weighed it: the next likeliest row is tried, or nothing is sent.
         */
        row_needs: z
          .record(
            z.string(),
            z
              .object({
                signs: z.array(z.string()).min(1),
                parts: z.array(z.string()),
                explained_by: z.array(z.string()).optional(),
              })
              .strict(),
          )
          .optional(),
        by_sentence: z
          .object({
            rows: z.array(z.string()).min(1),
            threshold: z.number().min(0).max(1),
            /** Sentences are judged only when the whole message gives one of the rows at least this probability. */
            whole_minimum: z.number().min(0).max(1).optional(),
          })
          .strict()
          .optional(),
        /** How many times a near miss counts in training: they teach the net where the line is. */
        near_miss_weight: z.number().int().min(1).max(20),
        /**
         * The frozen file of ordinary phrasings the net learns as "no red flag", relative to this file (see
         * net-ordinary.ts): not the live knowledge base, whose question-corpus examples change every round.
         */
        ordinary: z.string().min(1),
        /** The share of those ordinary phrasings the net learns as "no red flag". */
        ordinary_share: z.number().min(0).max(1),
        /**
         * Each sentence of an ordinary phrasing of several is learnt as "no red flag" too: `by_sentence` judges a
         * sentence alone, and the net had only ever learnt ordinary sentences inside their whole question.
         */
        ordinary_sentences: z.boolean().optional(),
        /**
         * How many nets, each trained on its own shuffle of the same examples, are averaged into the one used:
         * verdicts that move less when the content changes in ways unrelated to them (1: a single net).
         */
        members: z.number().int().min(1).max(20).optional(),
        /** Each net's weights are the average of its last this many training epochs' (0 or absent: the last epoch's). */
        averaged_epochs: z.number().int().min(0).max(100).optional(),
        /** Labelled red-flag corpora the net learns from, relative to this file. */
        corpus: z.array(z.string().min(1)).min(1),
        left_to_dialogs: z.array(z.string()),
        numbers_decide: z.record(z.string(), z.array(z.enum([...quantityKinds, 'age'])).min(1)),
        rows: z.record(z.string(), z.array(checkLineSchema).min(1)),
      })
      .strict(),
  })
  .strict();

export type SafetyFile = z.infer<typeof safetyFileSchema>;
export type SafetyRule = z.infer<typeof ruleSchema>;
export type Contacts = z.infer<typeof contactsSchema>;
