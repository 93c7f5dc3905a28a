import { z } from 'zod';
import { patternSchema } from './safety-schema';

/** The `gates:` section of content/prompts/personalise.yaml: what a model's wording is checked against. */
export const gateSettingsSchema = z
  .object({
    length: z.object({ minimum_ratio: z.number().min(0).max(1), maximum_ratio: z.number().min(1).max(5) }).strict(),
    maximum_new_word_share: z.number().min(0).max(1),
    safety_terms: z.array(patternSchema),
    medicines: z.array(patternSchema),
    dose_units: z.array(z.string().min(1)),
    forbidden: z.array(patternSchema),
    personal_words: z.array(z.string().min(1)),
    reassurance: z.array(patternSchema),
    help_sentences: z.object({ timing: z.array(patternSchema), hedges: z.array(patternSchema) }).strict(),
    advice: z.object({ cues: z.array(patternSchema), minimum_overlap: z.number().min(0).max(1), minimum_overlap_without_cue: z.number().min(0).max(1) }).strict(),
    diagnosis: z.object({ cues: z.array(patternSchema), conditions: z.array(patternSchema) }).strict(),
  })
  .strict();

export type GateSettings = z.infer<typeof gateSettingsSchema>;
