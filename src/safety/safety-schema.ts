import { z } from 'zod';

export const safetyLevels = ['emergency', 'urgent_today', 'soon'] as const;
export type SafetyLevel = (typeof safetyLevels)[number];

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

const ruleSchema = z
  .object({
    id: z.string().regex(/^[a-z]+\.[a-z_]+$/),
    level: z.enum(safetyLevels),
    message: z.enum(['emergency', 'urgent_today', 'soon', 'crisis']).optional(),
    means: z.string().min(1),
    phrases: z.array(patternSchema).optional(),
    all: z.array(z.array(patternSchema).min(1)).optional(),
    sources: z.array(z.string()).min(1),
  })
  .strict()
  .refine((rule) => (rule.phrases?.length ?? 0) > 0 || (rule.all?.length ?? 0) > 0, { error: 'needs `phrases` or `all`' });

const numberRuleBase = { level: z.enum(safetyLevels), means: z.string().min(1), sources: z.array(z.string()).min(1) };

export const safetyFileSchema = z
  .object({
    version: z.literal(1),
    contacts: z.record(z.string(), contactsSchema),
    levels: z.object({ emergency: levelMessageSchema, urgent_today: levelMessageSchema, soon: levelMessageSchema, crisis: levelMessageSchema }).strict(),
    /** Added to urgent_today and soon messages when the clinic's phone is set. */
    clinic: z.string().min(1),
    rules: z.array(ruleSchema).min(1),
    number_rules: z
      .object({
        fever: z.object({ ...numberRuleBase, celsius_at_least: z.number(), fahrenheit_at_least: z.number(), under_months: z.number() }).strict(),
        low_temperature: z.object({ ...numberRuleBase, celsius_below: z.number() }).strict(),
        weight_loss: z.object({ ...numberRuleBase, percent_at_least: z.number() }).strict(),
        wet_nappies: z.object({ ...numberRuleBase, minimum_by_day: z.record(z.string(), z.number()), no_wet_nappy_hours: z.number() }).strict(),
        dirty_nappies: z.object({ ...numberRuleBase, minimum_by_day: z.record(z.string(), z.number()), until_day: z.number() }).strict(),
      })
      .strict(),
  })
  .strict();

export type SafetyFile = z.infer<typeof safetyFileSchema>;
export type Contacts = z.infer<typeof contactsSchema>;
