import { z } from 'zod';
import { gateSettingsSchema } from '../safety/gate-settings-schema';

/** content/prompts/personalise.yaml: the model engine's prompt and the limits its wording is checked against. */
export const personalisationFileSchema = z
  .object({
    version: z.literal(1),
    temperature: z.number().min(0).max(1),
    maximum_output_tokens: z.number().int().min(50).max(4000),
    system: z.string().min(1),
    user: z.string().refine((text) => text.includes('{data}'), { error: 'must contain {data}, where the curated answer, facts and question go' }),
    gates: gateSettingsSchema,
  })
  .strict();

export type PersonalisationFile = z.infer<typeof personalisationFileSchema>;
